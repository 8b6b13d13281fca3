package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.json.NetstatxRun;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved document in name mode renders the names of {@code --fs-root}'s {@code etc/hosts} and {@code etc/services}
 * and never the rendering machine's own, so it renders the same wherever it is rendered. The document is the
 * Windows golden ({@code WIN-BUILD07}, a connection to 93.184.216.34:443).
 */
class SavedDocumentNamesTest {

    @TempDir
    Path root;

    private String render() throws URISyntaxException {
        Path doc = Path.of(getClass().getResource("/io/github/netstatx/cli/json/golden/windows.json").toURI());
        NetstatxRun run = NetstatxRun.of(List.of("--dialect", "windows", "--fs-root", root.toString(), "--input",
                doc.toString(), "-a"));
        assertEquals("", run.err());
        assertEquals(0, run.status());
        return run.outUtf8().replace("\r\n", "\n");
    }

    @Test
    void namesComeFromTheRootsFiles() throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/hosts"), "93.184.216.34 edge7.cdn.example.test edge7\n");
        Files.writeString(root.resolve("etc/services"), "webs 443/tcp\n");
        String out = render();
        assertEquals("  TCP    0.0.0.0:135            WIN-BUILD07:0          LISTENING",
                out.lines().filter(l -> l.contains(":135 ")).findFirst().orElseThrow());
        assertEquals("  TCP    10.0.0.5:49702         edge7:webs             DELETE_TCB",
                out.lines().filter(l -> l.contains(":49702 ")).findFirst().orElseThrow());
    }

    @Test
    void anEmptyRootResolvesNothingEvenWhereThisMachineWould() throws Exception {
        // This machine's /etc/services names 443 "https"; the root has no services file, so the port stays a number.
        String out = render();
        assertEquals("  TCP    10.0.0.5:49702         93.184.216.34:443      DELETE_TCB",
                out.lines().filter(l -> l.contains(":49702 ")).findFirst().orElseThrow());
    }
}
