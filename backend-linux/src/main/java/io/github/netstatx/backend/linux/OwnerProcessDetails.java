package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.Severity;
import java.io.IOException;
import java.time.Instant;

/**
 * Start time and effective uid of the processes that hold listed sockets, read only when a query
 * asks for them ({@code SocketQuery.processDetails()}): fleet facts need them (Ansible's
 * {@code listen_ports_facts} has {@code stime} and {@code user}), the netstat tables do not. The uid
 * becomes a user name with the socket uids' names when the query asks for user names.
 *
 * <p>The start time is {@code btime} of {@code /proc/stat} (whole seconds) plus {@code starttime} of
 * {@code /proc/PID/stat} (clock ticks since boot), as {@code ps -o lstart} computes it. A process that
 * exits before it is read simply has no details; an unreadable {@code /proc/stat} is a diagnostic.
 */
final class OwnerProcessDetails {

    /**
     * Clock ticks per second in {@code /proc/PID/stat}: the kernel's USER_HZ, which is 100 on every
     * architecture a JDK runs on (only alpha and ia64 used 1024). sysconf(_SC_CLK_TCK) is out of reach
     * of pure Java.
     */
    static final long USER_HZ = 100;

    private final LinuxRawSource source;
    private final ReportingReader reader;
    private Long bootSeconds;
    private boolean bootRead;

    OwnerProcessDetails(LinuxRawSource source, ReportingReader reader) {
        this.source = source;
        this.reader = reader;
    }

    /** When the process started, or {@code null} when it cannot be told. */
    Instant startTime(long pid) {
        Long boot = bootSeconds();
        if (boot == null) {
            return null;
        }
        Long ticks;
        try {
            ticks = ProcPidStatParser.startTicks(source.read("proc/" + pid + "/stat"));
        } catch (RegularFileReader.RefusedException planted) {
            reader.refused("proc/" + pid + "/stat", planted);
            return null;
        } catch (IOException gone) {
            return null;
        }
        return ticks == null ? null : startTime(boot, ticks);
    }

    /** {@code btime + starttime / USER_HZ}, with the ticks kept to the hundredth of a second. */
    static Instant startTime(long bootSeconds, long ticks) {
        return Instant.ofEpochSecond(bootSeconds + ticks / USER_HZ, (ticks % USER_HZ) * (1_000_000_000L / USER_HZ));
    }

    /** The process's effective uid, or {@code null} when it cannot be read. */
    Long effectiveUid(long pid) {
        try {
            return ProcStatusParser.effectiveUid(source.read("proc/" + pid + "/status"));
        } catch (RegularFileReader.RefusedException planted) {
            reader.refused("proc/" + pid + "/status", planted);
            return null;
        } catch (IOException gone) {
            return null;
        }
    }

    private Long bootSeconds() {
        if (!bootRead) {
            bootRead = true;
            byte[] stat = reader.read("proc/stat", null, Severity.WARNING);
            bootSeconds = stat == null ? null : ProcStatParser.bootTimeSeconds(stat);
        }
        return bootSeconds;
    }
}
