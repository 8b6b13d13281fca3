package io.github.netstatx.backend.linux.jna;

import com.sun.jna.LastErrorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One thread that has entered another network namespace ({@code setns(fd, CLONE_NEWNET)}) and runs the
 * backend's collections there, one at a time. Only that thread changes namespace: {@code setns} acts on the
 * calling thread alone, so the rest of the process (and the JVM's own threads) stays where it was. What the
 * thread reads through {@code /proc/thread-self/net/} and the netlink sockets it opens belong to the entered
 * namespace; {@code /proc/self/net} would still show the main thread's.
 *
 * <p>The thread never leaves the namespace; it ends with {@link #close()}.
 */
public final class NetworkNamespaceThread implements AutoCloseable {

    private final ExecutorService thread;

    private NetworkNamespaceThread(ExecutorService thread) {
        this.thread = thread;
    }

    /**
     * Starts the thread and enters the namespace of {@code namespaceFile} ({@code /run/netns/NAME},
     * {@code /proc/PID/ns/net}, or any bind mount of one).
     *
     * @throws IOException with the reason ({@code Operation not permitted} without {@code CAP_SYS_ADMIN}, not a
     *     network namespace, no such file) when it cannot be entered
     */
    public static NetworkNamespaceThread enter(Path namespaceFile) throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "netstatx-netns");
            t.setDaemon(true);
            return t;
        });
        NetworkNamespaceThread ns = new NetworkNamespaceThread(thread);
        try {
            ns.call(() -> {
                setns(namespaceFile);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            thread.shutdownNow();
            throw e;
        } catch (Exception e) {
            thread.shutdownNow();
            throw new IOException(e.getMessage(), e);
        }
        return ns;
    }

    private static void setns(Path namespaceFile) throws IOException {
        LinuxC c;
        try {
            c = LinuxC.get();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("cannot load the C library through JNA to enter a network namespace: "
                    + e.getMessage(), e);
        }
        int fd;
        try {
            fd = c.open(namespaceFile.toString(), LinuxC.O_RDONLY | LinuxC.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new IOException("cannot open network namespace " + namespaceFile + ": " + LinuxC.describe(e), e);
        }
        try {
            c.setns(fd, LinuxC.CLONE_NEWNET);
        } catch (LastErrorException e) {
            String why = switch (e.getErrorCode()) {
                case 1 -> LinuxC.describe(e) + " (entering a network namespace needs CAP_SYS_ADMIN: run as root)";
                case 22 -> "not a network namespace";
                default -> LinuxC.describe(e);
            };
            throw new IOException("cannot enter network namespace " + namespaceFile + ": " + why, e);
        } finally {
            c.close(fd);
        }
    }

    /**
     * Runs {@code work} on the namespace thread and returns its result; its exceptions are rethrown as they
     * were (checked ones as themselves, when they are {@link IOException}s).
     */
    public <T> T call(Callable<T> work) throws Exception {
        Future<T> f = thread.submit(work);
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof LinkageError err) {
                throw new IOException("cannot load JNA: " + err, err);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
