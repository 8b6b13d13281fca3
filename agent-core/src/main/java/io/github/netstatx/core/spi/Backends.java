package io.github.netstatx.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds backend providers with {@link ServiceLoader} and chooses one. */
public final class Backends {

    /** A provider and what its probe said. */
    public record Candidate(String id, int priority, String description, Availability availability,
            BackendProvider provider) {
    }

    /**
     * A provider registered for {@link ServiceLoader} that could not be loaded: its class is missing or
     * broken, a library it links against is absent, or its constructor failed.
     *
     * @param reason what the JDK said, with the causes that explain it
     */
    public record LoadFailure(String reason) {
        public LoadFailure {
            Objects.requireNonNull(reason, "reason");
        }

        static LoadFailure of(Throwable error) {
            StringBuilder s = new StringBuilder(String.valueOf(error.getMessage() != null ? error.getMessage()
                    : error.getClass().getName()));
            Throwable seen = error;
            for (Throwable c = error.getCause(); c != null && c != seen; seen = c, c = c.getCause()) {
                s.append(": ").append(c);
            }
            if (error instanceof LinkageError) {
                s.insert(0, error.getClass().getName() + ": ");
            }
            return new LoadFailure(s.toString());
        }
    }

    /** ServiceLoader moves past a broken entry; this bounds the loop should it ever not. */
    private static final int MAX_LOAD_FAILURES = 64;

    private final List<BackendProvider> providers;
    private final List<LoadFailure> failures;

    private Backends(List<BackendProvider> providers, List<LoadFailure> failures) {
        this.providers = List.copyOf(providers);
        this.failures = List.copyOf(failures);
    }

    /** Providers registered on the class path of this class's loader. */
    public static Backends discover() {
        return discover(BackendProvider.class.getClassLoader());
    }

    /**
     * Providers registered for {@code loader}. A provider that cannot be loaded is kept as a
     * {@link LoadFailure}, so {@code --list-backends} can say why it is missing; the others still count.
     */
    public static Backends discover(ClassLoader loader) {
        List<BackendProvider> found = new ArrayList<>();
        List<LoadFailure> failed = new ArrayList<>();
        var it = ServiceLoader.load(BackendProvider.class, loader).iterator();
        while (failed.size() < MAX_LOAD_FAILURES) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failed.add(LoadFailure.of(e));
            }
        }
        return new Backends(found, failed);
    }

    /** A fixed set of providers (tests). */
    public static Backends of(List<BackendProvider> providers) {
        return new Backends(providers, List.of());
    }

    /** A fixed set of providers and load failures (tests). */
    public static Backends of(List<BackendProvider> providers, List<LoadFailure> failures) {
        return new Backends(providers, failures);
    }

    /** The registered providers that could not be loaded, in the order they were met. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /** The provider with this id, without probing it (replay needs the provider, not the live system). */
    public Optional<BackendProvider> byId(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every provider with its probe result, highest priority first. */
    public List<Candidate> candidates(BackendConfig config) {
        List<Candidate> out = new ArrayList<>();
        for (BackendProvider p : providers) {
            out.add(new Candidate(p.id(), p.priority(), p.description(), safeProbe(p, config), p));
        }
        out.sort(Comparator.comparingInt(Candidate::priority).reversed().thenComparing(Candidate::id));
        return out;
    }

    /**
     * The provider to use: the one named by {@code forcedId} if given, else the available one with the
     * highest priority.
     *
     * @throws NoBackendException naming every provider's reason when none can be used
     */
    public BackendProvider select(BackendConfig config, Optional<String> forcedId) throws NoBackendException {
        List<Candidate> all = candidates(config);
        if (forcedId.isPresent()) {
            String id = forcedId.get();
            for (Candidate c : all) {
                if (c.id().equals(id)) {
                    if (c.availability().available()) {
                        return c.provider();
                    }
                    throw new NoBackendException("backend " + id + " is not available: "
                            + c.availability().reason(), all);
                }
            }
            throw new NoBackendException("no backend named " + id + " (see --list-backends)", all);
        }
        for (Candidate c : all) {
            if (c.availability().available()) {
                return c.provider();
            }
        }
        throw new NoBackendException("no backend is available on this system", all);
    }

    private static Availability safeProbe(BackendProvider p, BackendConfig config) {
        try {
            Availability a = p.probe(config);
            return a == null ? Availability.no("probe returned nothing") : a;
        } catch (RuntimeException | LinkageError e) {
            return Availability.no("probe failed: " + e, e);
        }
    }
}
