package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.Main;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "stream the parse": {@code --input} of a document of 100,000 sockets (about 55 MB) is read in
 * a JVM whose heap is capped at 80 MiB, far below the document's size. The reader maps the socket array
 * element by element, so the heap holds the model, not a tree of the document (which took ten to twenty
 * times the document's size: this run needed more than 256 MiB before). One element cannot get around it
 * either: a socket of 150,000 owners is refused by name, not an OutOfMemoryError. Correctness is asserted,
 * never time.
 */
class LargeDocumentTest {

    private static final int SOCKETS = 100_000;

    private static final String HEAD = """
            {
              "schema_version": "1.2",
              "kind": "snapshot",
              "collected_at": "2026-12-02T15:43:10.016379346Z",
              "host": {"hostname": null, "os": "linux", "os_version": null, "kernel": null, "arch": null,
                "network_namespace": null},
              "backend": {"id": "linux-procfs", "capabilities": ["sockets"]},
              "query": {
                "sockets": {"protocols":["tcp"],"families":["ipv4","ipv6"],"scope":"all","owners":true,"users":false,
                  "timers":false,"process_details":false,"filter":null},
                "interfaces": false, "routes": false, "route_cache": false, "statistics": false, "groups": false,
                "masquerade": false
              },
              "sockets": [
            """;

    /** One socket as --json 1.2 writes it; %d: local port, remote port, inode; %s: its owners. */
    private static final String SOCKET = "{\"protocol\":\"tcp\",\"family\":\"ipv4\",\"local_address\":\"127.0.0.1\","
            + "\"local_port\":%d,\"local_scope_id\":null,\"remote_address\":\"127.0.0.2\",\"remote_port\":%d,"
            + "\"remote_scope_id\":null,\"state\":\"ESTABLISHED\",\"platform_state\":\"ESTABLISHED\",\"state_code\":1,"
            + "\"recv_queue\":0,\"send_queue\":0,\"owners\":[%s],\"uid\":1000,\"user\":null,\"inode\":%d,\"timer\":null,"
            + "\"path\":null,\"abstract\":null,\"type\":null,\"type_code\":null,\"flags\":null,\"unix_state\":null,"
            + "\"unix_state_code\":null,\"refcount\":null,\"created_at\":null,\"offload\":null,\"dual_stack\":false,"
            + "\"pcb_address\":null,\"bsd\":null}";

    private static final String OWNER = "{\"pid\":%d,\"name\":\"worker\",\"path\":null,\"user\":null,\"module\":null,"
            + "\"start_time\":null,\"role\":null}";

    private static final String TAIL = """
              ],
              "interfaces": null, "routes": null, "statistics": null, "groups": null, "masquerade": null,
              "diagnostics": []
            }
            """;

    @TempDir
    Path dir;

    private static int localPort(int i) {
        return 1024 + i % 60000;
    }

    private static int remotePort(int i) {
        return 1024 + i / 60000;
    }

    private Path document(String name, int sockets, int ownersOfTheFirst) throws IOException {
        Path doc = dir.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(doc), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < sockets; i++) {
                StringBuilder owners = new StringBuilder();
                for (int o = 0; i == 0 && o < ownersOfTheFirst; o++) {
                    owners.append(o == 0 ? "" : ",").append(String.format(OWNER, 1000 + o));
                }
                String socket = String.format(SOCKET, localPort(i), remotePort(i), owners, 100_000 + i);
                out.write(((i == 0 ? "    " : ",\n    ") + socket).getBytes(StandardCharsets.UTF_8));
            }
            out.write(("\n" + TAIL).getBytes(StandardCharsets.UTF_8));
        }
        return doc;
    }

    private record Listing(int exit, long lines, String third, String last, String stderr) {
    }

    /** Runs netstatx {@code --input doc -tan} in a JVM with at most {@code maxHeap} of heap. */
    private Listing run(String maxHeap, Path doc) throws IOException, InterruptedException {
        List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--input", doc.toString(), "-tan");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(argv).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long lines = 0;
        String third = null;
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (++lines == 3) {
                    third = line;
                }
                last = line;
            }
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("netstatx --input did not end within 300 s");
        }
        return new Listing(p.exitValue(), lines, third, last, Files.readString(err));
    }

    private static String row(int i) {
        return String.format("tcp        0      0 %-23s %-23s ESTABLISHED", "127.0.0.1:" + localPort(i),
                "127.0.0.2:" + remotePort(i));
    }

    @Test
    void aDocumentOfAHundredThousandSocketsIsReadInEightyMebibytes() throws Exception {
        Path doc = document("big.json", SOCKETS, 0);
        assertTrue(Files.size(doc) > 50_000_000L, Files.size(doc) + " bytes");
        Listing l = run("80m", doc);
        assertEquals(0, l.exit(), l.stderr());
        assertEquals("", l.stderr());
        assertEquals(2 + SOCKETS, l.lines());
        assertEquals(row(0), l.third());
        assertEquals(row(SOCKETS - 1), l.last());
    }

    @Test
    void oneOverlargeElementIsRefusedByNameNotByRunningOutOfMemory() throws Exception {
        Path doc = document("owners.json", 2, 150_000);
        Listing l = run("64m", doc);
        assertEquals(1, l.exit(), l.stderr());
        assertEquals("netstatx: " + doc + ":15:5: sockets[0]: holds more than 100000 JSON values; no element of a"
                + " netstatx document is that large\n", l.stderr());
        assertEquals(0, l.lines());
    }
}
