package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixtures/macos/capture-13} (top of the repository) is the macOS 13 scenario written as a
 * {@code macos-sysctl} capture; the CLI's tests replay it in every dialect. This test keeps the committed
 * bytes equal to what the fixture writer produces from the recorded layouts (regenerate with
 * {@code -Dnetstatx.fixtures.update=true}).
 */
class CommittedCaptureTest {

    static final Path COMMITTED = Path.of(System.getProperty("netstatx.repo", ".."), "fixtures", "macos",
            "capture-13");

    @Test
    void theCommittedCaptureIsWhatTheWriterProduces(@TempDir Path tmp) throws IOException {
        Path fresh = MacScenario.of(Release.MACOS_13).writeCapture(tmp.resolve("capture-13"));
        List<String> names = files(fresh);
        if (Boolean.getBoolean("netstatx.fixtures.update")) {
            for (String n : names) {
                Files.createDirectories(COMMITTED.resolve(n).getParent());
                Files.copy(fresh.resolve(n), COMMITTED.resolve(n), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> committed = files(COMMITTED);
        assertEquals(names, committed);
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(n)), Files.readAllBytes(COMMITTED.resolve(n)), n);
        }
    }

    /** Every file below {@code dir} (libproc's answers lie in subdirectories), by relative path. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
