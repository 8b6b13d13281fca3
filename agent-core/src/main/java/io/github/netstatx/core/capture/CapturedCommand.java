package io.github.netstatx.core.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * A finished command as a capture holds it: standard output under the command's
 * {@linkplain CaptureNames#command name}, standard error beside it under {@code NAME.stderr} when there was
 * any, the exit status in decimal under {@code NAME.status} when it was not 0. A command that could not be
 * run at all is recorded as a {@link SourceFailure}.
 *
 * @param status the exit status
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error (empty when discarded)
 */
public record CapturedCommand(int status, byte[] stdout, byte[] stderr) {

    public CapturedCommand {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** Records this result under {@code name}. */
    public void record(CaptureSink sink, String name) {
        sink.file(name, stdout);
        if (stderr.length > 0) {
            sink.file(name + CaptureNames.STDERR_SUFFIX, stderr);
        }
        if (status != 0) {
            sink.file(name + CaptureNames.STATUS_SUFFIX, Integer.toString(status).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * The command recorded under {@code name}.
     *
     * @throws IOException as the command failed to run on the host, or {@link NoSuchFileException} when the
     *     capture does not hold it
     */
    public static CapturedCommand replay(CaptureSource source, String name) throws IOException {
        byte[] out = source.file(name);
        byte[] err = source.exists(name + CaptureNames.STDERR_SUFFIX)
                ? source.file(name + CaptureNames.STDERR_SUFFIX) : new byte[0];
        int status = 0;
        if (source.exists(name + CaptureNames.STATUS_SUFFIX)) {
            String text = new String(source.file(name + CaptureNames.STATUS_SUFFIX), StandardCharsets.US_ASCII).strip();
            try {
                status = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new FileSystemException(name + CaptureNames.STATUS_SUFFIX, null,
                        "is not a decimal exit status");
            }
        }
        return new CapturedCommand(status, out, err);
    }
}
