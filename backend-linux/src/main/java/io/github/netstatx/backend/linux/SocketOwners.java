package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Severity;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the owner index into {@link ProcessRef}s for the sockets actually listed: program name
 * (from {@code cmdline}) and executable path (from {@code exe}) are read once per process, and only
 * for processes that hold a listed socket.
 *
 * <p>A process that exits between the scan and the {@code cmdline} read is left out, as net-tools
 * leaves it out: it no longer holds anything.
 */
final class SocketOwners {

    private final LinuxRawSource source;
    private final SocketOwnerIndex index;
    private final OwnerProcessDetails details;
    private final Map<Long, ProcessRef> byPid = new HashMap<>();
    private final Map<Long, Long> uidByPid = new HashMap<>();
    private final List<Diagnostic> refusedFiles = new ArrayList<>();

    /** Owners without start times and uids. */
    SocketOwners(LinuxRawSource source, SocketOwnerIndex index) {
        this(source, index, null);
    }

    /**
     * @param details reader of start times and uids, or {@code null} when they were not asked for
     */
    SocketOwners(LinuxRawSource source, SocketOwnerIndex index, OwnerProcessDetails details) {
        this.source = source;
        this.index = index;
        this.details = details;
    }

    /** The processes holding the socket, by ascending pid; empty when none is known. */
    List<ProcessRef> of(Long inode) {
        if (inode == null || inode == 0) {
            return List.of();                         // TIME_WAIT and request sockets belong to no process
        }
        long[] pids = index.pids(inode);
        if (pids.length == 0) {
            return List.of();
        }
        List<ProcessRef> out = new ArrayList<>(pids.length);
        for (long pid : pids) {
            if (!byPid.containsKey(pid)) {
                byPid.put(pid, describe(pid));
            }
            ProcessRef p = byPid.get(pid);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The process, or {@code null} when it has gone. */
    private ProcessRef describe(long pid) {
        byte[] cmdline;
        try {
            cmdline = source.readPrefix("proc/" + pid + "/cmdline", ProcCmdlineParser.READ_LIMIT);
        } catch (RegularFileReader.RefusedException e) {
            // only a planted tree has this (a FIFO would block the scan): say so, and show the owner unnamed
            refusedFiles.add(ReportingReader.refusal(source.where("proc/" + pid + "/cmdline"), e));
            cmdline = new byte[0];
        } catch (IOException e) {
            return null;
        }
        String exe = source.exeTarget(pid);
        Instant started = null;
        if (details != null) {
            started = details.startTime(pid);
            Long uid = details.effectiveUid(pid);
            if (uid != null) {
                uidByPid.put(pid, uid);
            }
        }
        return new ProcessRef(pid, ProcCmdlineParser.programName(cmdline), exe, null, null, started,
                ProcessRef.Role.OWNER);
    }

    /** Process files that were not regular files and so were not read, one diagnostic each. */
    List<Diagnostic> refusedFiles() {
        return refusedFiles;
    }

    /** Effective uids of the described processes whose details were read. */
    Collection<Long> processUids() {
        return uidByPid.values();
    }

    /** {@code owners} with each process's user name filled in from {@code names} (by effective uid). */
    List<ProcessRef> withUserNames(List<ProcessRef> owners, Map<Long, String> names) {
        List<ProcessRef> out = new ArrayList<>(owners.size());
        for (ProcessRef p : owners) {
            Long uid = uidByPid.get(p.pid());
            String name = uid == null ? null : names.get(uid);
            out.add(name == null ? p
                    : new ProcessRef(p.pid(), p.name(), p.path(), name, p.module(), p.startTime(), p.role()));
        }
        return out;
    }

    /**
     * What the scan could not see, worded after net-tools' two {@code -p} warnings: nothing at all
     * ({@link Diagnostic.Code#OWNERS_UNAVAILABLE}) or only some processes
     * ({@link Diagnostic.Code#OWNERS_PARTIAL}); {@code null} when the scan saw everything.
     *
     * @param effectiveUid the collector's effective uid, or {@code null} when unknown
     */
    Diagnostic diagnostic(Long effectiveUid) {
        String proc = source.where("proc");
        if (index.procError() != null) {
            return new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, proc,
                    "process owners are unknown: " + index.procError(), null, 0, effectiveUid);
        }
        int denied = index.deniedProcesses();
        if (denied == 0) {
            return null;
        }
        String who = effectiveUid == null ? "" : " (effective uid " + effectiveUid + ")";
        if (!index.mappedAny()) {
            return new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, proc,
                    "no socket owner could be read: " + denied + " processes denied access to their descriptors"
                            + who + "; run as root to see them",
                    null, denied, effectiveUid);
        }
        return new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, proc,
                "owners of some sockets are not shown: " + denied + " processes denied access to their descriptors"
                        + who + "; run as root to see them all",
                null, denied, effectiveUid);
    }
}
