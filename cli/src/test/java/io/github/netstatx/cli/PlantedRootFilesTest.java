package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.json.NetstatxRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, end to end: every file netstatx opens below {@code --fs-root} (socket tables, process files, the
 * name databases the renderers read) may have been planted. A FIFO would block the open or the read, a link
 * to {@code /dev/zero} would never end; each is refused, named on stderr (or in the document's diagnostics)
 * with its reason, and the run goes on with status 0. The backend-level side is backend-linux's
 * {@code HostileRootTest}.
 *
 * <p>The tree is the "process-details" scenario: one python3 holder (pid 29192) of TCP 127.0.0.1:18080 and
 * UDP [::1]:18081, with its {@code cmdline}, {@code stat} and {@code status}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlantedRootFilesTest {

    private static final Path SCENARIO = Path.of("..", "backend-linux", "src", "test", "resources", "fixtures",
            "linux", "process-details");

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void copyScenario() throws IOException {
        Path from = SCENARIO.toAbsolutePath().normalize();
        root = tmp.resolve("root");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = root.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private void fifo(String relative) throws Exception {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.deleteIfExists(p);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
    }

    private void endless(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.deleteIfExists(p);
        Files.createSymbolicLink(p, Path.of("/dev/zero"));
    }

    private NetstatxRun run(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("--fs-root", root.toString()));
        argv.addAll(List.of(args));
        return NetstatxRun.of(argv);
    }

    private String refusal(String relative, String what) {
        return "netstatx: cannot read " + root.resolve(relative) + ": is " + what + ", not a regular file; not read\n";
    }

    @Test
    void nameDatabasesAndProcessFilesAreNamedOnceAndTheListingGoesOn() throws Exception {
        fifo("etc/services");
        endless("etc/protocols");
        fifo("etc/hosts");
        fifo("etc/passwd");
        fifo("proc/29192/cmdline");

        NetstatxRun r = run("-taep");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("127.0.0.1:18080         0.0.0.0:*               LISTEN      0 "), r.out());
        assertTrue(r.out().contains("29192/ "), "the owner keeps its pid, unnamed: " + r.out());
        for (String line : List.of(refusal("etc/services", "a FIFO"), refusal("etc/protocols", "a character device"),
                refusal("etc/hosts", "a FIFO"), refusal("etc/passwd", "a FIFO"),
                refusal("proc/29192/cmdline", "a FIFO"))) {
            assertEquals(1, occurrences(r.err(), line), line + " once in:\n" + r.err());
        }

        NetstatxRun windows = run("--dialect", "windows", "-a");
        assertEquals(ExitCodes.OK, windows.status(), windows.err());
        assertTrue(windows.out().contains("TCP    127.0.0.1:18080"), windows.out());
        assertTrue(windows.err().contains(refusal("etc/services", "a FIFO")), windows.err());
        assertTrue(windows.err().contains(refusal("etc/hosts", "a FIFO")), windows.err());
    }

    @Test
    void processDetailFilesAreDiagnosticsOfTheFacts() throws Exception {
        fifo("proc/29192/stat");
        endless("proc/29192/status");
        endless("etc/passwd"); // the reproducer: --facts grew to 2.2 GB reading it, then died

        NetstatxRun facts = run("--facts");
        assertEquals(ExitCodes.OK, facts.status(), facts.err());
        assertTrue(facts.out().contains("\"port\":18080"), facts.out());
        assertTrue(facts.out().contains("\"message\":\"cannot read " + root.resolve("proc/29192/stat")
                + ": is a FIFO, not a regular file; not read\""), facts.out());
        assertTrue(facts.out().contains("\"message\":\"cannot read " + root.resolve("proc/29192/status")
                + ": is a character device, not a regular file; not read\""), facts.out());
        assertTrue(facts.out().contains("\"message\":\"cannot read " + root.resolve("etc/passwd")
                + ": is a character device, not a regular file; not read\""), facts.out());
    }

    @Test
    void refusedSocketTablesAreNamedBesideNetToolsOwnLine() throws Exception {
        fifo("proc/net/udp");
        Files.delete(root.resolve("proc/net/tcp6"));
        Files.createSymbolicLink(root.resolve("proc/net/tcp6"), Path.of("tcp6"));

        NetstatxRun all = run("-an");
        assertEquals(ExitCodes.OK, all.status(), all.err());
        assertTrue(all.out().contains("127.0.0.1:18080"), all.out());
        assertTrue(all.err().contains(refusal("proc/net/udp", "a FIFO")), all.err());
        assertTrue(all.err().contains("netstatx: cannot read " + root.resolve("proc/net/tcp6") + ": "), all.err());

        NetstatxRun udp = run("-un");
        assertEquals(1, udp.status(), "an asked-for table that is not there ends with 1, as in net-tools");
        assertEquals(refusal("proc/net/udp", "a FIFO") + "netstat: no support for `AF INET (udp)' on this system.\n",
                udp.err());
    }

    /** proc/net/tcp is refused as proc/net/udp is: the backend stays available and the rest is listed. */
    @Test
    void aRefusedTcpTableIsOneTableNotTheWholeBackend() throws Exception {
        fifo("proc/net/tcp");

        NetstatxRun all = run("-an");
        assertEquals(ExitCodes.OK, all.status(), all.err());
        assertTrue(all.out().contains("::1:18081"), "the UDP listener is listed: " + all.out());
        assertEquals(1, occurrences(all.err(), refusal("proc/net/tcp", "a FIFO")), all.err());

        NetstatxRun tcp = run("-tn");
        assertEquals(1, tcp.status(), "an asked-for table that is not there ends with 1, as in net-tools");
        assertEquals(refusal("proc/net/tcp", "a FIFO") + "netstat: no support for `AF INET (tcp)' on this system.\n",
                tcp.err());
    }

    /** The same in a capture: a FIFO planted as its proc/net/tcp is one refused table of the replay. */
    @Test
    void aRefusedTcpTableOfACaptureIsOneTableToo() throws Exception {
        Path capture = tmp.resolve("capture");
        NetstatxRun made = run("--capture", capture.toString(), "-an");
        assertEquals(ExitCodes.OK, made.status(), made.err());
        Path tcp = capture.resolve("proc/net/tcp");
        Files.delete(tcp);
        assertEquals(0, new ProcessBuilder("mkfifo", tcp.toString()).start().waitFor());

        NetstatxRun all = NetstatxRun.of(List.of("--replay", capture.toString(), "-an"));
        assertEquals(ExitCodes.OK, all.status(), all.err());
        assertTrue(all.out().contains("::1:18081"), "the UDP listener is listed: " + all.out());
        assertEquals(1, occurrences(all.err(), "netstatx: cannot read /proc/net/tcp: is a FIFO, not a regular file;"
                + " not read\n"), all.err());
    }

    /** Host facts (os-release, the kernel's hostname) are files like any other: a refused one is named. */
    @Test
    void refusedHostFilesAreNamedAndTheirFieldsLeftUnknown() throws Exception {
        fifo("etc/os-release");
        endless("proc/sys/kernel/hostname");

        NetstatxRun table = run("-tan");
        assertEquals(ExitCodes.OK, table.status(), table.err());
        assertTrue(table.out().contains("127.0.0.1:18080"), table.out());
        assertEquals(1, occurrences(table.err(), refusal("etc/os-release", "a FIFO")), table.err());
        assertEquals(1, occurrences(table.err(), refusal("proc/sys/kernel/hostname", "a character device")),
                table.err());

        NetstatxRun json = run("--json", "-tan");
        assertEquals(ExitCodes.OK, json.status(), json.err());
        assertTrue(json.out().contains("\"hostname\": null"), json.out());
        assertTrue(json.out().contains("\"os_version\": null"), json.out());
        assertTrue(json.out().contains("\"message\":\"cannot read " + root.resolve("etc/os-release")
                + ": is a FIFO, not a regular file; not read\""), json.out());
    }

    @Test
    void routeNamesFromPlantedNetworksAndHosts() throws Exception {
        fifo("etc/networks");
        fifo("etc/hosts");
        NetstatxRun r = run("-r");
        assertTrue(r.err().contains(refusal("etc/networks", "a FIFO")), r.err());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
