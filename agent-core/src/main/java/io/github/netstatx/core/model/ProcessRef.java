package io.github.netstatx.core.model;

import java.time.Instant;

/**
 * A process that holds a socket. A socket may be held by several processes (after {@code fork}
 * or descriptor passing); all of them are listed, in the order the backend found them.
 *
 * @param pid process id
 * @param name program name as the platform's netstat shows it (Linux: argv[0], basename when it
 *     is an absolute path), or {@code null} when not visible
 * @param path executable path, or {@code null} when not visible
 * @param user owner of the process, or {@code null} when unknown
 * @param module owning module or service (Windows {@code -b} component line), or {@code null}
 * @param startTime process start time, or {@code null} when unknown
 * @param role how the platform relates this process to the socket
 */
public record ProcessRef(long pid, String name, String path, String user, String module, Instant startTime,
        Role role) {

    /** How a process relates to the socket it is listed for. */
    public enum Role {
        /** Holds a descriptor for the socket (Linux, Windows owning PID). */
        OWNER,
        /** Last process that used the socket (macOS {@code last_pid}). */
        LAST,
        /** Effective owner on whose behalf the socket was used (macOS {@code e_pid}). */
        EFFECTIVE
    }

    public ProcessRef {
        if (pid < 0) {
            throw new IllegalArgumentException("negative pid: " + pid);
        }
        if (role == null) {
            role = Role.OWNER;
        }
    }

    /** An owner known only by pid and name. */
    public static ProcessRef owner(long pid, String name) {
        return new ProcessRef(pid, name, null, null, null, null, Role.OWNER);
    }
}
