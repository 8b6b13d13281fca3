package io.github.netstatx.cli.aix;

import io.github.netstatx.backend.aix.AixBackendProvider;
import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.capture.InvalidCaptureException;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.NetstatBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An AIX host made of recorded command outputs (backend-aix's fixtures, provenance in their
 * {@code PROVENANCE.md}), served through the real AIX backend: a provider named {@code aix-commands}
 * that is available here.
 */
final class RecordedAixHost implements BackendProvider {

    /** Opens the backend this host stands for. */
    @FunctionalInterface
    interface Opener {
        NetstatBackend open(BackendConfig config) throws BackendException;
    }

    /** backend-aix's fixtures, relative to the cli module (the directory surefire runs in). */
    static final Path FIXTURES = Path.of("..", "backend-aix", "src", "test", "resources", "aix");

    private final Opener opener;

    /** @param outputs standard output per command line (argv joined with single spaces) */
    RecordedAixHost(Map<String, String> outputs) {
        Map<String, String> copy = Map.copyOf(outputs);
        this.opener = config -> AixBackendProvider.open(config, argv -> answer(copy, argv),
                new HostInfo("aixhost", io.github.netstatx.core.model.OsFamily.AIX, "7.3", "7.3", "ppc64"));
    }

    private RecordedAixHost(Opener opener) {
        this.opener = opener;
    }

    /** The committed capture {@code captures/NAME}, opened as {@code --replay} opens it. */
    static RecordedAixHost replay(String name) {
        return new RecordedAixHost(config -> {
            try {
                DirectoryCaptureSource source = DirectoryCaptureSource.open(FIXTURES.resolve("captures").resolve(name));
                return new AixBackendProvider().openReplay(config.withReplay(source));
            } catch (InvalidCaptureException e) {
                throw new BackendException(e.getMessage(), e);
            }
        });
    }

    static String sample(String name) {
        try {
            return Files.readString(FIXTURES.resolve("samples").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The composed {@code quoted-rows} scenario, every file of it. */
    static RecordedAixHost quotedRows() {
        try (var files = Files.list(FIXTURES.resolve("scenarios").resolve("quoted-rows"))) {
            Map<String, String> m = new java.util.TreeMap<>();
            for (Path p : files.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
            return new RecordedAixHost(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return AixBackendProvider.ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public String description() {
        return "recorded AIX outputs";
    }

    @Override
    public Availability probe(BackendConfig config) {
        return Availability.yes("recorded");
    }

    @Override
    public NetstatBackend open(BackendConfig config) throws BackendException {
        return opener.open(config);
    }

    private static CommandResult answer(Map<String, String> outputs, List<String> argv) throws IOException {
        String out = outputs.get(String.join(" ", argv));
        if (out == null) {
            throw new IOException("Cannot run program \"" + argv.get(0) + "\": not recorded");
        }
        return CommandResult.exited(argv, out.getBytes(StandardCharsets.UTF_8), new byte[0], 0);
    }
}
