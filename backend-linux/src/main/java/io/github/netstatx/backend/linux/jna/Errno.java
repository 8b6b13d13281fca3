package io.github.netstatx.backend.linux.jna;

/**
 * The messages of the errno values the netlink and setns calls can give, worded as {@code strerror} words
 * them in glibc, so a diagnostic reads like the one {@code ip} or {@code nsenter} would print.
 */
enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EINTR(4, "Interrupted system call"),
    EBADF(9, "Bad file descriptor"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    EMFILE(24, "Too many open files"),
    ENOBUFS(105, "No buffer space available"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EPROTONOSUPPORT(93, "Protocol not supported");

    private final int code;
    private final String text;

    Errno(int code, String text) {
        this.code = code;
        this.text = text;
    }

    static String describe(int code) {
        for (Errno e : values()) {
            if (e.code == code) {
                return e.text;
            }
        }
        return "error " + code;
    }

    int code() {
        return code;
    }
}
