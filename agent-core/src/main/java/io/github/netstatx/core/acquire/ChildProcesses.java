package io.github.netstatx.core.acquire;

import java.io.IOException;
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
    private boolean stopping; // guarded by this

    /**
     * Starts {@code builder}'s command and registers it in one step under this object's lock, which
     * {@link #endAll} takes too: a stop arriving while a command is being started waits for it to be registered
     * and ends it with the others, and once a stop has begun nothing more starts.
     *
     * @throws IOException when the command cannot be started, or a stop has begun
     */
    synchronized Process start(ProcessBuilder builder) throws IOException {
        if (stopping) {
            throw new IOException("not started: netstatx is stopping");
        }
        Process p = builder.start();
        running.add(p);
        return p;
    }

    void ended(Process p) {
        running.remove(p);
    }

    /** Ends every command still running, each with everything it started. */
    public void endAll() {
        synchronized (this) {
            stopping = true;
        }
        running.forEach(ChildProcesses::endTree);
    }

    /** Kills the process and everything it started; descendants are listed first, while they still are. */
    static void endTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
