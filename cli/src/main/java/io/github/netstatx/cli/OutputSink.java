package io.github.netstatx.cli;

import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where one stream of output goes. Text is encoded as UTF-8, except that characters standing for
 * raw bytes ({@link SurrogateEscape}) are written back as those bytes, so names the kernel gave us
 * come out exactly as the kernel gave them.
 *
 * <p>Text is encoded straight into one reusable byte buffer. A plain sink keeps everything until
 * {@link #flush()} (an {@code --output} file is replaced whole, or not at all). A
 * {@linkplain #streaming streaming} sink (standard output) writes the buffer out whenever it holds
 * {@value #STREAM_AT} bytes, so a table of 200,000 rows never sits in memory as a whole; from its first
 * such write until the flush that ends the sample it holds the {@link StopSignal}'s write lock, so a
 * signal still ends the output after a whole sample, as it does with a plain sink. A write error met on
 * the way (a reader that went away) is kept and thrown by {@link #flush()}; what follows it is dropped.
 */
public final class OutputSink {

    /** Bytes a streaming sink gathers before it writes: a few large writes instead of many small ones. */
    static final int STREAM_AT = 64 * 1024;

    private final OutputStream target;
    private final StopSignal stop;
    private final boolean streaming;
    private byte[] buffer = new byte[STREAM_AT + 1024];
    /** The slice of text being encoded, copied out in bulk (see {@link SurrogateEscape#encodeInto(char[], int, int, byte[], int)}). */
    private final char[] chars = new char[STREAM_AT];
    private int size;
    /** True while a streaming sink holds the stop signal's write lock (between its first write and a flush). */
    private boolean holding;
    private IOException failed;

    public OutputSink(OutputStream target) {
        this(target, StopSignal.manual());
    }

    /** A sink whose flushes a signal lets finish before it ends the process ({@link StopSignal#uninterrupted}). */
    public OutputSink(OutputStream target, StopSignal stop) {
        this(target, stop, false);
    }

    private OutputSink(OutputStream target, StopSignal stop, boolean streaming) {
        this.target = target;
        this.stop = stop;
        this.streaming = streaming;
    }

    /** A sink that writes out what it gathered every {@value #STREAM_AT} bytes (standard output). */
    public static OutputSink streaming(OutputStream target, StopSignal stop) {
        return new OutputSink(target, stop, true);
    }

    /** Appends text. */
    public OutputSink print(CharSequence text) {
        int n = text.length();
        for (int from = 0; from < n;) {
            // Encoded in slices that surely fit the buffer, never cut between the halves of a surrogate pair.
            int to = Math.min(n, from + STREAM_AT);
            if (to < n && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            ensure((to - from) * SurrogateEscape.MAX_BYTES_PER_CHAR);
            SurrogateEscape.copyChars(text, from, to, chars);
            size = SurrogateEscape.encodeInto(chars, 0, to - from, buffer, size);
            from = to;
            written();
        }
        return this;
    }

    /**
     * Appends bytes that are already encoded (a JSON document, whose writer has escaped every character
     * that stands for a raw byte): one bulk copy instead of encoding character by character.
     */
    public OutputSink write(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buffer, size, encoded.length);
        size += encoded.length;
        written();
        return this;
    }

    /** Appends text and a line feed. */
    public OutputSink println(CharSequence text) {
        print(text);
        return println();
    }

    /** Appends a line feed. */
    public OutputSink println() {
        ensure(1);
        buffer[size++] = '\n';
        written();
        return this;
    }

    /** Writes what is buffered to the target and flushes it; throws a write error met on the way. */
    public void flush() throws IOException {
        try {
            stop.uninterrupted(() -> {
                if (failed == null) {
                    target.write(buffer, 0, size);
                    target.flush();
                }
            });
        } catch (IOException e) {
            failed = e;
        } finally {
            size = 0;
            release();
        }
        if (failed != null) {
            IOException e = failed;
            failed = null;
            throw e;
        }
    }

    /** Discards what is buffered (used when output must not be partial). */
    public void discard() {
        size = 0;
        failed = null;
        release();
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    /** A streaming sink writes out a full buffer (once it holds the write lock for the rest of the sample). */
    private void written() {
        if (!streaming || size < STREAM_AT) {
            return;
        }
        if (!holding) {
            stop.holdWrites();
            holding = true;
        }
        if (failed == null) {
            try {
                target.write(buffer, 0, size);
            } catch (IOException e) {
                failed = e;
            }
        }
        size = 0;
    }

    private void release() {
        if (holding) {
            holding = false;
            stop.releaseWrites();
        }
    }
}
