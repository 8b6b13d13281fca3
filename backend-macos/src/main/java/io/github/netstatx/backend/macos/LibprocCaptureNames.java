package io.github.netstatx.backend.macos;

import io.github.netstatx.core.capture.SourceFailure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Where a {@code macos-sysctl} capture keeps libproc's answers (docs/CAPTURE.md), and how a failed call's errno is
 * written there and read back: EPERM/EACCES as {@code denied}, ESRCH/EBADF as {@code missing}, any other errno as
 * {@code failed} with the detail {@code errno N}.
 */
final class LibprocCaptureNames {

    static final String PIDS = "libproc/listallpids";

    private LibprocCaptureNames() {
    }

    static String descriptors(int pid) {
        return "libproc/" + pid + "/listfds";
    }

    static String socketInfo(int pid, int fd) {
        return "libproc/" + pid + "/fd/" + fd + "/socketinfo";
    }

    static String name(int pid) {
        return "libproc/" + pid + "/name";
    }

    static String path(int pid) {
        return "libproc/" + pid + "/path";
    }

    static SourceFailure failure(int errno) {
        if (errno == LibprocAnswer.EPERM || errno == LibprocAnswer.EACCES) {
            return new SourceFailure(SourceFailure.Kind.DENIED, "errno " + errno);
        }
        if (errno == LibprocAnswer.ESRCH || errno == LibprocAnswer.EBADF) {
            return new SourceFailure(SourceFailure.Kind.MISSING, "errno " + errno);
        }
        return new SourceFailure(SourceFailure.Kind.FAILED, "errno " + errno);
    }

    /** The errno a replayed failure stands for ({@code missing} reads as ESRCH, the process having gone). */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return LibprocAnswer.ESRCH;
        }
        if (e instanceof AccessDeniedException) {
            return LibprocAnswer.EPERM;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : null;
        if (reason != null && reason.startsWith("errno ")) {
            try {
                return Integer.parseInt(reason.substring(6).trim());
            } catch (NumberFormatException ignored) {
                // not one of ours: a generic failure below
            }
        }
        return LibprocAnswer.ENOTSUP;
    }
}
