package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.json.NetstatxRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code route print} captured on real Windows hosts (provenance: {@code windows-captures/PROVENANCE.md}), turned
 * into a saved document holding what each shows, rendered with {@code --dialect windows --input DOC -r}: byte for
 * byte the capture, after CRLF normalisation only.
 */
class RoutePrintCapturesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"windows-7", "windows-2008", "windows-10", "windows-11", "windows-2016"})
    void rendersTheCaptureFromItsDocument(String version) throws IOException {
        String capture = resource("/windows-captures/" + version + "/route_print.out");
        Path doc = dir.resolve(version + ".json");
        Files.writeString(doc, RoutePrintCaptureDocument.of(capture), StandardCharsets.UTF_8);

        NetstatxRun run = NetstatxRun.of(List.of("--dialect", "windows", "--input", doc.toString(), "-r"));

        assertEquals("", run.err());
        assertEquals(0, run.status());
        assertEquals(capture, run.outUtf8().replace("\r\n", "\n"));
    }

    /** The same document through the Linux dialect: the interface addresses reach {@code -ie} too. */
    @Test
    void theLinuxDialectShowsTheInterfaceAddresses() throws IOException {
        Path doc = dir.resolve("windows-10.json");
        Files.writeString(doc, RoutePrintCaptureDocument.of(resource("/windows-captures/windows-10/route_print.out")),
                StandardCharsets.UTF_8);

        NetstatxRun run = NetstatxRun.of(List.of("--dialect", "linux", "--input", doc.toString(), "-ie"));

        assertEquals(0, run.status(), run.err());
        assertTrue(run.outUtf8().contains("        inet 10.211.55.3  "),
                run.outUtf8());
        assertTrue(run.outUtf8().contains("        inet 127.0.0.1  "),
                run.outUtf8());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RoutePrintCapturesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
