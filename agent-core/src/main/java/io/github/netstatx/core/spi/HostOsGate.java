package io.github.netstatx.core.spi;

import io.github.netstatx.core.model.OsFamily;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one check every OS-bound backend makes before it loads anything native or runs anything: does
 * {@code os.name} name its family. Providers hold one, built over the real system properties (or, in tests,
 * over any lookup), so the "not here" answers read the same for every backend:
 * {@code not macOS (os.name=Linux)} from {@link BackendProvider#probe} and
 * {@code the macos-sysctl backend runs only on macOS (os.name=Linux)} from {@link BackendProvider#open}.
 * Replaying a capture needs no gate: it works on any OS.
 */
public final class HostOsGate {

    private final OsFamily family;
    private final UnaryOperator<String> properties;

    /**
     * @param family     the OS the backend runs on
     * @param properties system properties ({@code System::getProperty} outside tests)
     */
    public HostOsGate(OsFamily family, UnaryOperator<String> properties) {
        this.family = Objects.requireNonNull(family, "family");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** Whether this JVM runs on the backend's OS. */
    public boolean here() {
        return OsFamily.fromOsName(property("os.name")).orElse(null) == family;
    }

    /** The probe's answer off the backend's OS; empty when {@link #here()}, so the backend's own probe runs. */
    public Optional<Availability> refusal() {
        return here() ? Optional.empty()
                : Optional.of(Availability.no("not " + family.displayName() + " (os.name=" + property("os.name") + ")"));
    }

    /** Refuses to open a live backend off its OS, naming the backend and this OS. */
    public void requireHere(String backendId) throws BackendException {
        if (!here()) {
            throw new BackendException("the " + backendId + " backend runs only on " + family.displayName()
                    + " (os.name=" + property("os.name") + ")");
        }
    }

    /** One system property, through the same lookup the check uses ({@code os.version}, {@code os.arch}). */
    public String property(String name) {
        return properties.apply(name);
    }
}
