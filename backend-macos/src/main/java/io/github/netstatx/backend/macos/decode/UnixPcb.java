package io.github.netstatx.backend.macos.decode;

/**
 * One UNIX-domain PCB from {@code net.local.*.pcblist_n} (macOS 13+) or {@code pcblist64} (before).
 *
 * @param path the bound path bytes ({@code sun_len - 2} bytes of {@code sun_path}), or null when unbound
 * @param peerPath the connected peer's path bytes, or null
 * @param lastPid {@code so_last_pid}; null from {@code pcblist64}, which has no pid
 * @param effectivePid {@code so_e_pid}; null from {@code pcblist64}
 * @param extension the macOS 13+ {@code xsocket_n} fields; null from {@code pcblist64}
 * @param socketHandle hashed socket handle ({@code xso_so}), the key libproc's {@code soi_so} matches
 */
public record UnixPcb(long unpp, long vnode, long ino, long conn, long refs, long nextRef, long gencnt,
        byte[] path, byte[] peerPath, int socketType, long socketOptions, int socketState, int qlen, int incqlen,
        int qlimit, long uid, Integer lastPid, Integer effectivePid, long receiveBytes, long receiveHiwat,
        long sendBytes, long sendHiwat, long socketHandle, SocketExtension extension) {
}
