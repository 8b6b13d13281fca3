package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.SocketEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Apple dialect against real macOS 10.14.6 outputs (jc's fixtures; provenance in
 * {@code golden/PROVENANCE.md}): the model is rebuilt from the listing, printed again, and must come out
 * byte for byte.
 */
class AppleGoldenTest {

    static final HostInfo MOJAVE = new HostInfo("kbrazil-mac.attlocal.net", OsFamily.MACOS, "10.14.6", null, "x86_64");

    static List<String> golden(String name) {
        try (InputStream in = AppleGoldenTest.class.getResourceAsStream("golden/" + name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reproduces(String file, String... args) throws Exception {
        List<String> lines = golden(file);
        List<String> expected = AppleGoldenModel.comparable(lines);
        List<SocketEntry> model = AppleGoldenModel.sockets(lines);
        CommandRun r = new AppleRun(new FakeBackend(MOJAVE, model, List.of())).run(args);
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(String.join("\n", expected) + "\n", r.out());
    }

    @Test
    void netstatAnOnMojave() throws Exception {
        reproduces("osx-10.14.6-netstat-An.out", "-An");
    }

    @Test
    void netstatAbnOnMojave() throws Exception {
        reproduces("osx-10.14.6-netstat-Abn.out", "-Abn");
    }
}
