package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Decodes the answer of {@code proc_pidinfo(pid, PROC_PIDLISTFDS, ...)} (xnu {@code proc_pidfdlist}): one
 * {@code struct proc_fdinfo} per open descriptor, {@code int32 proc_fd} at 0 and {@code uint32 proc_fdtype} at
 * 4, 8 bytes each on every release from 10.13 to 15. Sample (fd 0 a vnode, fd 3 a socket), little-endian:
 * <pre>
 * 00 00 00 00 01 00 00 00  03 00 00 00 02 00 00 00
 * </pre>
 */
public final class ProcFdListDecoder {

    static final int PROC_FD = 0;
    static final int PROC_FDTYPE = 4;
    static final int PROC_FDINFO_SIZE = 8;
    /** {@code PROX_FDTYPE_SOCKET}. */
    static final int FDTYPE_SOCKET = 2;

    private ProcFdListDecoder() {
    }

    /** The descriptors of type socket, in the kernel's order. */
    public static int[] socketDescriptors(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        buf.position(0);
        if (buf.limit() % PROC_FDINFO_SIZE != 0) {
            throw new MalformedSysctlException("PROC_PIDLISTFDS: " + buf.limit() + " bytes, not a whole number of "
                    + PROC_FDINFO_SIZE + "-byte proc_fdinfo records");
        }
        int[] fds = new int[buf.limit() / PROC_FDINFO_SIZE];
        int n = 0;
        for (int at = 0; at < buf.limit(); at += PROC_FDINFO_SIZE) {
            if (buf.getInt(at + PROC_FDTYPE) == FDTYPE_SOCKET) {
                fds[n++] = buf.getInt(at + PROC_FD);
            }
        }
        return Arrays.copyOf(fds, n);
    }
}
