package io.github.netstatx.core.acquire;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commands one run has started ({@link ProcessCommandRunner}) that are still running, so that a stop
 * (SIGTERM, SIGINT) can end them, and what they started, before the process halts: a halt would orphan
 * them to run on until their own end. Only processes started through this object are ended, never the
 * children the process inherited (a script's {@code holder & exec netstatx}).
 */
public final class ChildProcesses {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    void started(Process p) {
        running.add(p);
    }

    void ended(Process p) {
        running.remove(p);
    }

    /** Ends every command still running, each with everything it started. */
    public void endAll() {
        running.forEach(ChildProcesses::endTree);
    }

    /** Kills the process and everything it started; descendants are listed first, while they still are. */
    static void endTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
