package io.github.netstatx.backend.macos.decode;

/**
 * A socket address inside a routing-socket message: {@code sa_len} and {@code sa_family}, then the bytes.
 * Messages pad each one to a multiple of 4 ({@code sa_len} 0 still takes 4). Netmasks are often short
 * (only the significant bytes, family 0 or 255), so the raw bytes are kept as given.
 *
 * @param family {@code sa_family} (AF_INET 2, AF_LINK 18, AF_INET6 30)
 * @param bytes the whole sockaddr, {@code sa_len} bytes
 */
public record RoutingSockaddr(int family, byte[] bytes) {

    public static final int AF_INET = 2;
    public static final int AF_LINK = 18;
    public static final int AF_INET6 = 30;

    static int roundUp4(int len) {
        return len > 0 ? 1 + ((len - 1) | 3) : 4;
    }

    /** The 4 or 16 address bytes of an AF_INET/AF_INET6 address or mask; a short mask is zero-filled. */
    public byte[] address(boolean v6) {
        int start = v6 ? 8 : 4;
        byte[] out = new byte[v6 ? 16 : 4];
        for (int i = 0; i < out.length && start + i < bytes.length; i++) {
            out[i] = bytes[start + i];
        }
        return out;
    }

    /** sockaddr_in6.sin6_scope_id (offset 24), 0 when absent. */
    public int scopeId() {
        if (bytes.length < 28) {
            return 0;
        }
        return (bytes[24] & 0xff) | (bytes[25] & 0xff) << 8 | (bytes[26] & 0xff) << 16 | (bytes[27] & 0xff) << 24;
    }
}
