package io.github.netstatx.cli.names;

import io.github.netstatx.core.model.SocketEntry;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Reverse name resolution for renderers, and only for renderers: backends never resolve.
 *
 * <p>Every answer (and every failure) is cached for the run. Lookups run on a small pool so a
 * renderer can {@link #prefetch} all addresses of a table at once, and each lookup is bounded in time:
 * an address whose lookup does not finish within the budget prints numerically, as an unresolvable
 * one does.
 */
public final class HostNames implements AutoCloseable {

    private final Function<InetAddress, Optional<String>> lookup;
    private final Duration budget;
    private final Map<InetAddress, Future<Optional<String>>> cache = new ConcurrentHashMap<>();
    private ExecutorService pool;

    /**
     * @param lookup the resolver: a name for the address, or empty when it has none
     * @param budget how long one address may take before it is printed numerically
     */
    public HostNames(Function<InetAddress, Optional<String>> lookup, Duration budget) {
        this.lookup = lookup;
        this.budget = budget;
    }

    /** The system resolver (NSS: /etc/hosts, DNS, ...), 2 s per address. */
    public static HostNames system() {
        return new HostNames(HostNames::systemLookup, Duration.ofSeconds(2));
    }

    /** One reverse lookup by the system resolver (no cache, no time bound). */
    static Optional<String> systemLookup(InetAddress a) {
        // getHostName on an address built from bytes performs the reverse lookup (and nothing else
        // when it fails: it then returns the literal).
        String name = a.getHostName();
        return name.equals(a.getHostAddress()) || name.equals(stripScope(a.getHostAddress()))
                ? Optional.empty() : Optional.of(name);
    }

    private static String stripScope(String literal) {
        int pct = literal.indexOf('%');
        return pct < 0 ? literal : literal.substring(0, pct);
    }

    /** Starts lookups for all of these addresses without waiting for them. */
    public void prefetch(Collection<InetAddress> addresses) {
        addresses.forEach(this::submit);
    }

    /**
     * Starts lookups for both ends of every socket that has Internet endpoints; UNIX-domain and other
     * endpoint-less rows (any backend's, in any dialect) have nothing to resolve.
     */
    public void prefetchEndpoints(Collection<SocketEntry> sockets) {
        for (SocketEntry s : sockets) {
            if (s.local() != null) {
                submit(s.local().address());
            }
            if (s.remote() != null) {
                submit(s.remote().address());
            }
        }
    }

    /** The name of {@code address}, or empty when it has none or the lookup ran out of time. */
    public Optional<String> reverse(InetAddress address) {
        Future<Optional<String>> f = submit(address);
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        }
    }

    private Future<Optional<String>> submit(InetAddress address) {
        return cache.computeIfAbsent(address, a -> pool().submit(() -> lookup.apply(a)));
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "netstatx-resolver");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
