package io.github.netstatx.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds backend providers with {@link ServiceLoader} and chooses one. */
public final class Backends {

    /** A provider and what its probe said. */
    public record Candidate(String id, int priority, String description, Availability availability,
            BackendProvider provider) {
    }

    private final List<BackendProvider> providers;

    private Backends(List<BackendProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** Providers registered on the class path of this class's loader. */
    public static Backends discover() {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader<BackendProvider> loader = ServiceLoader.load(BackendProvider.class,
                BackendProvider.class.getClassLoader());
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // A provider that cannot even be instantiated is skipped; the others still count.
                continue;
            }
        }
        return new Backends(found);
    }

    /** A fixed set of providers (tests). */
    public static Backends of(List<BackendProvider> providers) {
        return new Backends(providers);
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
