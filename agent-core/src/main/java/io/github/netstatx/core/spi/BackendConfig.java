package io.github.netstatx.core.spi;

import io.github.netstatx.core.acquire.ChildProcesses;
import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.CaptureSource;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a backend needs to know about where and how to collect. There are no mutable statics
 * anywhere: tests point a backend at a fixture tree by building a config.
 *
 * @param fsRoot root under which the backend finds its file sources ({@code /} in production; a
 *     fixture tree in tests). The Linux backend reads {@code fsRoot/proc/...} and {@code fsRoot/etc/...}.
 * @param hostByteOrder byte order of the host that produced the sources (procfs hex words are written
 *     in it); {@link ByteOrder#nativeOrder()} for live collection
 * @param commandTimeout longest a backend may wait for an external command
 * @param parallelism how many threads a backend may use for scans (1 = no extra threads)
 * @param hideOwnSockets leave out sockets held by the collecting process itself. The CLI sets it: a
 *     native netstat holds no sockets, but a JVM does (an internal UNIX socket, resolver sockets), and
 *     they must not appear in a listing that is compared with netstat's. Embedders leave it off.
 * @param clock what stamps snapshots; a capture fixes it at its start, a replay at the captured time, so
 *     both render the same {@code collected_at}
 * @param capture where the backend's raw-source class records everything it reads ({@code --capture}), or
 *     {@code null}; only providers whose {@link BackendProvider#canCapture()} is true honour it
 * @param replay the capture a backend opened with {@link BackendProvider#openReplay} reads instead of the
 *     OS, or {@code null}
 * @param networkNamespace a namespace file ({@code /run/netns/NAME}, {@code /proc/PID/ns/net}) whose network
 *     namespace to collect in instead of the collector's own, or {@code null}; a backend that cannot enter one
 *     says so in {@link io.github.netstatx.core.model.HostInfo#networkNamespace()} staying null
 * @param backendOptions choices only one backend understands, keyed by that backend's prefix
 *     ({@code aix.owners=rmsock}); a backend ignores keys that are not its own
 * @param children where the commands a backend starts are registered while they run, so that a stop
 *     (SIGTERM, SIGINT) ends them too
 */
public record BackendConfig(Path fsRoot, ByteOrder hostByteOrder, Duration commandTimeout, int parallelism,
        boolean hideOwnSockets, Clock clock, CaptureSink capture, CaptureSource replay, Path networkNamespace,
        Map<String, String> backendOptions, ChildProcesses children) {

    public BackendConfig(Path fsRoot, ByteOrder hostByteOrder, Duration commandTimeout, int parallelism,
            boolean hideOwnSockets, Clock clock, CaptureSink capture, CaptureSource replay, Path networkNamespace,
            Map<String, String> backendOptions) {
        this(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture, replay,
                networkNamespace, backendOptions, new ChildProcesses());
    }

    public BackendConfig(Path fsRoot, ByteOrder hostByteOrder, Duration commandTimeout, int parallelism,
            boolean hideOwnSockets, Clock clock, CaptureSink capture, CaptureSource replay) {
        this(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture, replay, null,
                Map.of());
    }

    public BackendConfig(Path fsRoot, ByteOrder hostByteOrder, Duration commandTimeout, int parallelism) {
        this(fsRoot, hostByteOrder, commandTimeout, parallelism, false);
    }

    public BackendConfig(Path fsRoot, ByteOrder hostByteOrder, Duration commandTimeout, int parallelism,
            boolean hideOwnSockets) {
        this(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, Clock.systemUTC(), null, null);
    }

    public BackendConfig {
        Objects.requireNonNull(fsRoot, "fsRoot");
        Objects.requireNonNull(hostByteOrder, "hostByteOrder");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(clock, "clock");
        if (capture != null && replay != null) {
            throw new IllegalArgumentException("a backend either captures or replays, not both");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        backendOptions = Map.copyOf(Objects.requireNonNull(backendOptions, "backendOptions"));
        Objects.requireNonNull(children, "children");
    }

    /** The live system: root {@code /}, native byte order, 5 s command timeout, one thread per core (at most 4). */
    public static BackendConfig live() {
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new BackendConfig(Path.of("/"), ByteOrder.nativeOrder(), Duration.ofSeconds(5), cores);
    }

    public BackendConfig withFsRoot(Path root) {
        return new BackendConfig(root, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture,
                replay, networkNamespace, backendOptions, children);
    }

    public BackendConfig withHostByteOrder(ByteOrder order) {
        return new BackendConfig(fsRoot, order, commandTimeout, parallelism, hideOwnSockets, clock, capture, replay,
                networkNamespace, backendOptions, children);
    }

    public BackendConfig withHideOwnSockets(boolean hide) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hide, clock, capture, replay,
                networkNamespace, backendOptions, children);
    }

    public BackendConfig withClock(Clock c) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, c, capture,
                replay, networkNamespace, backendOptions, children);
    }

    /**
     * The capture that {@link BackendProvider#openReplay} of backend {@code backendId} reads, once it is
     * checked that there is one and that its manifest names this backend (its sources are in that
     * backend's format and no other).
     */
    public CaptureSource replayOf(String backendId) throws BackendException {
        if (replay == null) {
            throw new BackendException("backend " + backendId + ": no capture to replay");
        }
        String format = replay.manifest().backend();
        if (!format.equals(backendId)) {
            throw new BackendException("backend " + backendId + " cannot replay a " + format + " capture");
        }
        return replay;
    }

    /** Records what the backend reads into {@code sink} (see docs/CAPTURE.md). */
    public BackendConfig withCapture(CaptureSink sink) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, sink,
                replay, networkNamespace, backendOptions, children);
    }

    /**
     * Reads {@code source} instead of the OS, with snapshots stamped at the captured time. For
     * {@link BackendProvider#openReplay}.
     */
    public BackendConfig withReplay(CaptureSource source) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets,
                Clock.fixed(source.manifest().collectedAt(), java.time.ZoneOffset.UTC), capture, source,
                networkNamespace, backendOptions, children);
    }

    /** Collects in the network namespace of {@code namespaceFile} instead of the collector's own. */
    public BackendConfig withNetworkNamespace(Path namespaceFile) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture,
                replay, namespaceFile, backendOptions, children);
    }

    /** This config with one backend option set. */
    public BackendConfig withBackendOption(String key, String value) {
        Map<String, String> next = new TreeMap<>(backendOptions);
        next.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture,
                replay, networkNamespace, next, children);
    }

    /** This config with the commands its backends start registered in {@code processes}. */
    public BackendConfig withChildren(ChildProcesses processes) {
        return new BackendConfig(fsRoot, hostByteOrder, commandTimeout, parallelism, hideOwnSockets, clock, capture,
                replay, networkNamespace, backendOptions, processes);
    }

    /** The value of a backend option, if set. */
    public Optional<String> backendOption(String key) {
        return Optional.ofNullable(backendOptions.get(key));
    }
}
