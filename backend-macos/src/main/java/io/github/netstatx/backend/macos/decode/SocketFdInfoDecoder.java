package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes the answer of {@code proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO, ...)}: a {@code struct socket_fdinfo}
 * (792 bytes on every release from 10.13 to 15): {@code proc_fileinfo} (24), then {@code socket_info}, whose
 * {@code soi_so} and {@code soi_pcb} are the socket's and its PCB's kernel handles hashed by the same macro that
 * hashes {@code xso_so} and {@code so_pcb} in the PCB lists (xnu {@code bsd/kern/socket_info.c} and
 * {@code in_pcblist.c} of one tag), so they join the two sources. Sample head of {@code psi} from offset 160,
 * little-endian:
 * <pre>
 * 5d 82 74 4d b9 3c b0 7f  95 4e 50 cb b0 7f 00 00   soi_so, soi_pcb
 * 01 00 00 00 06 00 00 00  02 00 00 00               soi_type SOCK_STREAM, soi_protocol 6, soi_family AF_INET
 * </pre>
 */
public final class SocketFdInfoDecoder {

    static final int SOI_SO = 160;
    static final int SOI_PCB = 168;
    static final int SOI_TYPE = 176;
    static final int SOI_PROTOCOL = 180;
    static final int SOI_FAMILY = 184;
    static final int SOI_KIND = 256;
    /** {@code PROC_PIDFDSOCKETINFO_SIZE}: what the kernel requires the buffer to hold. */
    public static final int SOCKET_FDINFO_SIZE = 792;

    /**
     * What the owner join needs of one socket descriptor.
     *
     * @param socketHandle {@code soi_so}
     * @param pcbHandle {@code soi_pcb}
     * @param kind {@code soi_kind} (SOCKINFO_IN 1, SOCKINFO_TCP 2, SOCKINFO_UN 3, ...)
     */
    public record SocketFdInfo(long socketHandle, long pcbHandle, int type, int protocol, int family, int kind) {
    }

    private SocketFdInfoDecoder() {
    }

    public static SocketFdInfo decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        buf.position(0);
        Fields f = new Fields(buf, 0, buf.limit(), "PROC_PIDFDSOCKETINFO socket_fdinfo");
        return new SocketFdInfo(f.u64(SOI_SO), f.u64(SOI_PCB), f.s32(SOI_TYPE), f.s32(SOI_PROTOCOL),
                f.s32(SOI_FAMILY), f.s32(SOI_KIND));
    }
}
