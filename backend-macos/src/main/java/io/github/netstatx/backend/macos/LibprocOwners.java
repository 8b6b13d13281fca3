package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.MalformedSysctlException;
import io.github.netstatx.backend.macos.decode.ProcFdListDecoder;
import io.github.netstatx.backend.macos.decode.ProcPidListDecoder;
import io.github.netstatx.backend.macos.decode.SocketFdInfoDecoder;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact owners of sockets, from libproc: every pid ({@code proc_listallpids}), each one's descriptors
 * ({@code PROC_PIDLISTFDS}), and for each socket descriptor its {@code socket_fdinfo}, whose {@code soi_so} is the
 * hashed socket handle the PCB lists carry as {@code xso_so}. Processes of other users answer EPERM unless the
 * pass runs as root, and processes and descriptors vanish during the pass: both are normal, counted, and leave
 * those sockets with the owners the PCB lists record ({@code so_last_pid}). Sockets without a descriptor
 * (TIME_WAIT, user-space flows) have no exact owner.
 */
final class LibprocOwners {

    /**
     * The result of one pass.
     *
     * @param bySocket the processes holding each socket handle (role {@link ProcessRef.Role#OWNER}), in pid order
     *     of the kernel's list; a process holding a socket on several descriptors is listed once
     */
    record Pass(Map<Long, List<ProcessRef>> bySocket, int processes, int denied, int vanished, int failed) {
        static final Pass NONE = new Pass(Map.of(), 0, 0, 0, 0);

        List<ProcessRef> holders(long socketHandle) {
            return socketHandle == 0 ? List.of() : bySocket.getOrDefault(socketHandle, List.of());
        }
    }

    private LibprocOwners() {
    }

    static Pass run(SysctlSource source, List<Diagnostic> diagnostics) {
        LibprocAnswer list = source.listAllPids();
        if (!list.ok()) {
            if (list.errno() != LibprocAnswer.ENOTSUP) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO, "libproc",
                        "proc_listallpids failed (errno " + list.errno() + "); owners are the last pids the "
                                + "socket lists record"));
            }
            return Pass.NONE;
        }
        int[] pids;
        try {
            pids = ProcPidListDecoder.decode(list.bytes());
        } catch (MalformedSysctlException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, "libproc",
                    e.getMessage()));
            return Pass.NONE;
        }
        Map<Long, List<ProcessRef>> bySocket = new HashMap<>();
        int denied = 0;
        int vanished = 0;
        int failed = 0;
        for (int pid : pids) {
            LibprocAnswer fds = source.descriptors(pid);
            if (!fds.ok()) {
                if (fds.denied()) {
                    denied++;
                } else if (fds.vanished()) {
                    vanished++;
                } else {
                    failed++;
                }
                continue;
            }
            int[] sockets;
            try {
                sockets = ProcFdListDecoder.socketDescriptors(fds.bytes());
            } catch (MalformedSysctlException e) {
                failed++;
                continue;
            }
            ProcessRef self = null;
            for (int fd : sockets) {
                LibprocAnswer info = source.socketInfo(pid, fd);
                if (!info.ok()) {
                    continue; // closed since the listing, or not a kind libproc describes
                }
                long handle;
                try {
                    handle = SocketFdInfoDecoder.decode(info.bytes()).socketHandle();
                } catch (MalformedSysctlException e) {
                    failed++;
                    continue;
                }
                if (handle == 0) {
                    continue;
                }
                if (self == null) {
                    self = new ProcessRef(pid, source.processName(pid).orElse(null),
                            source.processPath(pid).orElse(null), null, null, null, ProcessRef.Role.OWNER);
                }
                List<ProcessRef> holders = bySocket.computeIfAbsent(handle, k -> new ArrayList<>(1));
                if (!holders.contains(self)) {
                    holders.add(self);
                }
            }
        }
        Pass pass = new Pass(bySocket, pids.length, denied, vanished, failed);
        diagnostics.add(Diagnostic.of(Diagnostic.Code.OTHER, Severity.INFO, "libproc", "exact owners of "
                + bySocket.size() + " socket(s) from the descriptors of " + (pids.length - denied - vanished - failed)
                + " of " + pids.length + " process(es); " + denied + " not inspectable (another user's, needs root), "
                + vanished + " exited during the pass, " + failed + " failed; the other sockets show the last pid "
                + "the socket lists record"));
        return pass;
    }
}
