package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes the answer of libproc's {@code proc_listallpids} (xnu {@code bsd/kern/proc_info.c}
 * {@code proc_listpids(PROC_ALL_PIDS)}): the pids of every process, live ones first, then zombies, as native
 * {@code int}s. Sample (kernel_task, launchd, a shell), little-endian:
 * <pre>
 * 00 00 00 00  01 00 00 00  d2 04 00 00
 * </pre>
 */
public final class ProcPidListDecoder {

    private ProcPidListDecoder() {
    }

    /** The pids above 0 (pid 0 is the kernel, which holds no descriptors), in the kernel's order. */
    public static int[] decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        buf.position(0);
        if (buf.limit() % Integer.BYTES != 0) {
            throw new MalformedSysctlException("proc_listallpids: " + buf.limit() + " bytes, not a whole number of "
                    + "pids");
        }
        int[] pids = new int[buf.limit() / Integer.BYTES];
        int n = 0;
        for (int at = 0; at < buf.limit(); at += Integer.BYTES) {
            int pid = buf.getInt(at);
            if (pid > 0) {
                pids[n++] = pid;
            }
        }
        return java.util.Arrays.copyOf(pids, n);
    }
}
