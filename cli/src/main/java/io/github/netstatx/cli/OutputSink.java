package io.github.netstatx.cli;

import io.github.netstatx.core.text.SurrogateEscape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where one stream of output goes. Text is encoded as UTF-8, except that characters standing for
 * raw bytes ({@link SurrogateEscape}) are written back as those bytes, so names the kernel gave us
 * come out exactly as the kernel gave them. Everything is buffered until {@link #flush()}.
 */
public final class OutputSink {

    private final OutputStream target;
    private final StopSignal stop;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);

    public OutputSink(OutputStream target) {
        this(target, StopSignal.manual());
    }

    /** A sink whose flushes a signal lets finish before it ends the process ({@link StopSignal#uninterrupted}). */
    public OutputSink(OutputStream target, StopSignal stop) {
        this.target = target;
        this.stop = stop;
    }

    /** Appends text. */
    public OutputSink print(CharSequence text) {
        SurrogateEscape.encodeTo(text, buffer);
        return this;
    }

    /**
     * Appends bytes that are already encoded (a JSON document, whose writer has escaped every character
     * that stands for a raw byte): one bulk copy instead of encoding character by character.
     */
    public OutputSink write(byte[] encoded) {
        buffer.write(encoded, 0, encoded.length);
        return this;
    }

    /** Appends text and a line feed. */
    public OutputSink println(CharSequence text) {
        print(text);
        buffer.write('\n');
        return this;
    }

    /** Appends a line feed. */
    public OutputSink println() {
        buffer.write('\n');
        return this;
    }

    /** Writes what is buffered to the target and flushes it. */
    public void flush() throws IOException {
        stop.uninterrupted(() -> {
            buffer.writeTo(target);
            buffer.reset();
            target.flush();
        });
    }

    /** Discards what is buffered (used when output must not be partial). */
    public void discard() {
        buffer.reset();
    }
}
