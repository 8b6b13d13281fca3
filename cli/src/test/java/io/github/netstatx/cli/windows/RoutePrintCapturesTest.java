package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.json.NetstatxRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static String resource(String name) throws IOException {
        try (InputStream in = RoutePrintCapturesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
