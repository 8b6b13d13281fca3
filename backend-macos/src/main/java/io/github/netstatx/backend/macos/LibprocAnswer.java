package io.github.netstatx.backend.macos;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * What one libproc call answered: the bytes the kernel copied out, or the errno it failed with. A process that
 * belongs to another user ({@code EPERM}) or that exited during the pass ({@code ESRCH}, or {@code EBADF} for a
 * descriptor closed in between) is a normal answer, not an error of the pass.
 *
 * @param bytes the answer, or null when the call failed
 * @param errno 0 when the call succeeded
 */
public record LibprocAnswer(ByteBuffer bytes, int errno) {

    public static final int EPERM = 1;
    public static final int ESRCH = 3;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    /** Darwin's ENOTSUP: a source without libproc (a capture written before libproc was recorded). */
    public static final int ENOTSUP = 45;

    public LibprocAnswer {
        if ((bytes == null) == (errno == 0)) {
            throw new IllegalArgumentException("an answer has either bytes or an errno");
        }
    }

    public static LibprocAnswer of(ByteBuffer bytes) {
        return new LibprocAnswer(Objects.requireNonNull(bytes, "bytes"), 0);
    }

    public static LibprocAnswer failed(int errno) {
        return new LibprocAnswer(null, errno);
    }

    public boolean ok() {
        return bytes != null;
    }

    /** Another user's process without root, or one the sandbox hides. */
    public boolean denied() {
        return errno == EPERM || errno == EACCES;
    }

    /** The process or descriptor went away between the listing and the call. */
    public boolean vanished() {
        return errno == ESRCH || errno == EBADF;
    }
}
