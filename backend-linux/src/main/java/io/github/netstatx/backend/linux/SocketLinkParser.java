package io.github.netstatx.backend.linux;

/**
 * Reads the socket inode out of a {@code /proc/PID/fd/N} link target.
 * <pre>
 * socket:[33336]     a socket (every current kernel)
 * [0000]:33336       the form of very old kernels, still accepted by net-tools
 * pipe:[35968]       anything else: not a socket
 * </pre>
 */
final class SocketLinkParser {

    private static final String SOCKET_PREFIX = "socket:[";
    private static final String OLD_PREFIX = "[0000]:";

    private SocketLinkParser() {
    }

    /** The inode, or -1 when the target is not a socket. */
    static long socketInode(String target) {
        if (target.startsWith(SOCKET_PREFIX) && target.endsWith("]")) {
            return digits(target, SOCKET_PREFIX.length(), target.length() - 1);
        }
        if (target.startsWith(OLD_PREFIX)) {
            return digits(target, OLD_PREFIX.length(), target.length());
        }
        return -1;
    }

    private static long digits(String s, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
