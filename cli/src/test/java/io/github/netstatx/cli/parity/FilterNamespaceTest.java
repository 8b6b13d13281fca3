package io.github.netstatx.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter options against the known socket set of {@code parity/socketset.py} in a private network
 * namespace, in JSON and in both dialects' tables: every filtered run must print exactly the unfiltered
 * run's output filtered by this test's own, deliberately simple reading of the filter options (over the
 * JSON records, and over the table rows as text). Unfiltered runs before and after each batch must agree, or
 * the kernel state moved (TIME_WAIT expires after 60 s) and the batch is repeated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterNamespaceTest {

    private static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private NamespaceSession session;
    private long serverPid;
    private Map<Long, String> programs;

    private String python;

    @BeforeAll
    void checkPrerequisites() throws InterruptedException {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        String unshareProblem = NetstatParityTest.unshareProblem();
        Prerequisites.require(unshareProblem == null, "unshare -n -m is unavailable here: " + unshareProblem);
        python = NetstatParityTest.onPath("python3");
        assertTrue(python != null, "python3 is needed for the socket set (parity/socketset.py)");
    }

    /**
     * A fresh socket set for every test: the set holds its sockets for {@link NamespaceSession#HOLD_SECONDS},
     * which one format's batch fits in even on a busy machine, and the whole class would not.
     */
    @BeforeEach
    void startSocketSet(TestInfo test) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Files.createDirectories(work.resolve(test.getTestMethod().orElseThrow().getName()));
        session = NamespaceSession.start(dir, python, java, System.getProperty("java.class.path"));
        programs = new java.util.HashMap<>();
        session.manifest().holders().forEach((pid, argv0) -> programs.put(pid, SocketSetManifest.programName(argv0)));
        serverPid = programs.entrySet().stream().filter(e -> e.getValue().equals("nsx-tcp-server")).findFirst()
                .orElseThrow().getKey();
    }

    @AfterEach
    void stopSocketSet() throws IOException {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** One filter case: its options, and this test's own reading of them. */
    record Case(String options, Predicate<Sock> expect) {
        @Override
        public String toString() {
            return options;
        }
    }

    /**
     * A socket as this test reads it from a JSON record or a table row: only what the filters look at.
     * Fields a row does not show are {@code null}.
     */
    record Sock(String protocol, String local, Integer localPort, String remote, Integer remotePort, String state,
            List<Long> pids, List<String> names, Long uid) {

        boolean port(int low, int high, boolean localEnd, boolean remoteEnd) {
            return localEnd && localPort != null && localPort >= low && localPort <= high
                    || remoteEnd && remotePort != null && remotePort >= low && remotePort <= high;
        }

        boolean address(String cidr, boolean localEnd, boolean remoteEnd) {
            return localEnd && inBlock(local, cidr) || remoteEnd && inBlock(remote, cidr);
        }
    }

    /** Literal addresses only (no name reaches the resolver), compared as big integers under a mask. */
    private static boolean inBlock(String address, String cidr) {
        if (address == null) {
            return false;
        }
        try {
            String[] c = cidr.split("/");
            byte[] a = InetAddress.getByName(address).getAddress();
            byte[] n = InetAddress.getByName(c[0]).getAddress();
            if (a.length != n.length) {
                return false;
            }
            int bits = a.length * 8;
            int len = c.length > 1 ? Integer.parseInt(c[1]) : bits;
            BigInteger mask = len == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(len).subtract(BigInteger.ONE).shiftLeft(bits - len);
            return new BigInteger(1, a).and(mask).equals(new BigInteger(1, n).and(mask));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Case> cases() {
        return List.of(
                new Case("--state listen", s -> "LISTEN".equals(s.state())),
                new Case("--state ESTABLISHED,time-wait", s -> "ESTABLISHED".equals(s.state())
                        || "TIME_WAIT".equals(s.state())),
                new Case("--state listen --state SYN_SENT", s -> "LISTEN".equals(s.state())
                        || "SYN_SENT".equals(s.state())),
                new Case("--state !LISTEN", s -> !"LISTEN".equals(s.state())),
                new Case("--port 22", s -> s.port(22, 22, true, true)),
                new Case("--port 40101-40105,443", s -> s.port(40101, 40105, true, true) || s.port(443, 443, true, true)),
                new Case("--port !22 --port !443", s -> !s.port(22, 22, true, true) && !s.port(443, 443, true, true)),
                new Case("--local-port 53", s -> s.port(53, 53, true, false)),
                new Case("--remote-port 5556", s -> s.port(5556, 5556, false, true)),
                new Case("--address 127.0.0.0/8", s -> s.address("127.0.0.0/8", true, true)),
                new Case("--local-address ::1,2001:db8::/32", s -> s.address("::1", true, false)
                        || s.address("2001:db8::/32", true, false)),
                new Case("--remote-address !127.0.0.1", s -> !s.address("127.0.0.1", false, true)),
                new Case("--pid " + serverPid, s -> s.pids().contains(serverPid)),
                new Case("--program nsx-prefork*", s -> s.names().stream().anyMatch(n -> n.startsWith("nsx-prefork"))),
                new Case("--program nsx-tcp-client --state established", s -> s.names().contains("nsx-tcp-client")
                        && "ESTABLISHED".equals(s.state())),
                new Case("--state listen --port 8000-8080 --address 0.0.0.0/0", s -> "LISTEN".equals(s.state())
                        && s.port(8000, 8080, true, true) && s.address("0.0.0.0/0", true, true)),
                new Case("--user 0 --pid !" + serverPid, s -> Long.valueOf(0).equals(s.uid())
                        && !s.pids().contains(serverPid)),
                new Case("--port 9", s -> false));
    }

    // ---- JSON ------------------------------------------------------------------------------------------

    @Test
    void jsonIsTheUnfilteredDocumentFilteredByTheTest() throws IOException {
        List<String> base = List.of("--json", "-tuwxanpe");
        batch("json", base, this::jsonSockets, this::sockOfJson);
    }

    private List<JsonNode> jsonSockets(ToolRun run) {
        try {
            JsonNode doc = JSON.readTree(run.stdout());
            List<JsonNode> all = new ArrayList<>();
            doc.get("sockets").forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sock sockOfJson(JsonNode n) {
        String protocol = n.get("protocol").asText();
        boolean unix = protocol.equals("unix");
        String remote = unix ? null : n.get("remote_address").asText();
        String state = n.get("state").isNull() ? null : n.get("state").asText();
        if (state == null && (protocol.equals("udp") || protocol.equals("udplite"))
                && !remote.equals("0.0.0.0") && !remote.equals("::")) {
            state = "ESTABLISHED";
        }
        List<Long> pids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        n.get("owners").forEach(o -> {
            pids.add(o.get("pid").asLong());
            names.add(o.get("name").asText());
        });
        return new Sock(protocol, unix ? null : n.get("local_address").asText(),
                unix ? null : n.get("local_port").asInt(), remote, unix ? null : n.get("remote_port").asInt(), state,
                pids, names, n.get("uid").isNull() ? null : n.get("uid").asLong());
    }

    // ---- the Linux dialect --------------------------------------------------------------------------------

    private static final Set<String> NET_TOOLS_STATES = Set.of("LISTEN", "ESTABLISHED", "SYN_SENT", "SYN_RECV",
            "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "CLOSING");

    @Test
    void linuxTableIsTheUnfilteredTableFilteredByTheTest() throws IOException {
        batch("linux", List.of("-tuwanpW"), FilterNamespaceTest::rows, this::sockOfNetToolsRow);
    }

    /** Every line of a table; header lines pass every filter (see {@link #sockOfNetToolsRow}). */
    private static List<String> rows(ToolRun run) {
        return new String(run.stdout(), StandardCharsets.UTF_8).lines().toList();
    }

    /** {@code tcp 0 0 127.0.0.1:8080 0.0.0.0:* LISTEN 1234/nsx-tcp-server}; {@code null} for a header line. */
    private Sock sockOfNetToolsRow(String line) {
        String[] t = line.trim().split(" +");
        if (!t[0].matches("tcp6?|udp6?|udpl6?|raw6?")) {
            return null;
        }
        int next = 5;
        String state = null;
        if (t.length > 6 && (NET_TOOLS_STATES.contains(t[5]) || t[0].startsWith("raw"))) {
            state = t[0].startsWith("raw") ? null : words(t[5]);
            next = 6;
        }
        String cell = String.join(" ", Arrays.copyOfRange(t, next, t.length));
        List<Long> pids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (!cell.equals("-")) {
            long pid = Long.parseLong(cell.substring(0, cell.indexOf('/')));
            pids.add(pid);
            names.add(programs.get(pid));
        }
        return new Sock(t[0], host(t[3]), port(t[3]), host(t[4]), port(t[4]), state, pids, names, null);
    }

    /** net-tools' words as canonical names. */
    private static String words(String w) {
        return switch (w) {
            case "SYN_RECV" -> "SYN_RECEIVED";
            case "FIN_WAIT1" -> "FIN_WAIT_1";
            case "FIN_WAIT2" -> "FIN_WAIT_2";
            case "CLOSE" -> "CLOSED";
            default -> w;
        };
    }

    private static String host(String endpoint) {
        String h = endpoint.substring(0, endpoint.lastIndexOf(':'));
        if (h.startsWith("[")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("*") ? null : h;
    }

    private static Integer port(String endpoint) {
        String p = endpoint.substring(endpoint.lastIndexOf(':') + 1);
        return p.equals("*") ? 0 : Integer.valueOf(p);
    }

    // ---- the Windows dialect ----------------------------------------------------------------------------

    @Test
    void windowsTableIsTheUnfilteredTableFilteredByTheTest() throws IOException {
        batch("windows", List.of("--dialect", "windows", "-ano"), FilterNamespaceTest::rows, this::sockOfWindowsRow);
    }

    /** {@code   TCP    0.0.0.0:22   0.0.0.0:0   LISTENING   1234}; UDP rows have no state (and no peer). */
    private Sock sockOfWindowsRow(String line) {
        String[] t = line.trim().split(" +");
        if (!(t[0].equals("TCP") || t[0].equals("UDP")) || t.length < 4) {
            return null;
        }
        boolean tcp = t[0].equals("TCP");
        String state = tcp ? switch (t[3]) {
            case "LISTENING" -> "LISTEN";
            default -> t[3];
        } : null;
        String pidCell = t[tcp ? 4 : 3];
        List<Long> pids = pidCell.matches("[0-9]+") ? List.of(Long.parseLong(pidCell)) : List.of();
        List<String> names = pids.stream().map(p -> programs.getOrDefault(p, "")).toList();
        boolean peer = !t[2].equals("*:*");
        return new Sock(t[0], host(t[1]).replaceAll("%.*", ""), port(t[1]),
                peer ? host(t[2]).replaceAll("%.*", "") : null, peer ? port(t[2]) : null, state, pids, names, null);
    }

    /**
     * The cases the Linux table runs (each kind, negation and combination; a case starts with one of these);
     * JSON runs them all. Every run starts a JVM, and the set holds its sockets for a
     * limited time.
     */
    private static final Set<String> TABLE_CASES = Set.of("--state ESTABLISHED,time-wait", "--state !LISTEN",
            "--port 40101-40105,443", "--local-port 53", "--remote-address !127.0.0.1",
            "--local-address ::1,2001:db8::/32", "--pid ", "--program nsx-tcp-client --state established",
            "--state listen --port 8000-8080", "--port 9");

    /**
     * The Windows rows cannot show what some cases read: a UDP row has neither state nor peer, so a connected
     * UDP socket (ESTABLISHED to the filters) or a UDP peer cannot be told from the text. The Windows table runs
     * a few cases its rows can tell (each kind of filter the dialect's users reach for, and the empty result).
     */
    private static boolean windowsCanTell(Case c) {
        return c.options().equals("--state listen") || c.options().startsWith("--pid ")
                || List.of("--port 40101-40105,443", "--local-port 53", "--program nsx-prefork*", "--port 9")
                        .contains(c.options());
    }

    // ---- the comparison -----------------------------------------------------------------------------------

    /** How a format's output is cut into items and read as sockets ({@code null}: a line every filter keeps). */
    private interface Items<T> {
        List<T> of(ToolRun run);
    }

    private interface Reading<T> {
        Sock of(T item);
    }

    private <T> void batch(String format, List<String> base, Items<T> items, Reading<T> reading) throws IOException {
        List<Case> cases = switch (format) {
            case "windows" -> cases().stream().filter(FilterNamespaceTest::windowsCanTell).toList();
            // every kind once, and the combinations; the table has no uid without -e (JSON covers --user)
            case "linux" -> cases().stream().filter(c -> TABLE_CASES.stream().anyMatch(c.options()::startsWith))
                    .toList();
            default -> cases();
        };
        List<String> unstable = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ToolRun before = ours(base);
            List<ToolRun> filtered = new ArrayList<>();
            for (Case c : cases) {
                List<String> args = new ArrayList<>(base);
                args.addAll(List.of(c.options().split(" ")));
                filtered.add(ours(args));
            }
            ToolRun after = ours(base);
            List<T> reference = items.of(before);
            if (!reference.equals(items.of(after))) {
                unstable.add("attempt " + attempt);
                continue;
            }
            int withRows = 0;
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                List<T> expected = new ArrayList<>();
                for (T item : reference) {
                    Sock s = reading.of(item);
                    if (s == null || c.expect().test(s)) {
                        expected.add(item);
                    }
                }
                List<T> actual = items.of(filtered.get(i));
                if (!expected.equals(actual)) {
                    fail(format + " " + c + ": expected\n" + join(expected) + "\nbut netstatx printed\n" + join(actual));
                }
                if (expected.stream().anyMatch(item -> reading.of(item) != null)) {
                    withRows++;
                }
            }
            // the set is rich enough that all but the empty case keep some sockets and drop others
            assertTrue(withRows >= cases.size() - 2, format + ": too few cases matched anything: " + withRows);
            assertTrue(reference.stream().filter(item -> reading.of(item) != null).count() > 10, format
                    + ": the unfiltered listing is too small to prove anything");
            return;
        }
        fail(format + ": the socket set kept changing: " + unstable);
    }

    private static <T> String join(List<T> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append("  ").append(i).append('\n'));
        return sb.toString();
    }

    private ToolRun ours(List<String> args) throws IOException {
        ToolRun r = session.run("ours", args);
        assertEquals(0, r.exitCode(), () -> args + ": " + new String(r.stderr(), StandardCharsets.UTF_8));
        return r;
    }

    // ---- bad values and views without sockets --------------------------------------------------------------

    @Test
    void badValuesEndWithOneLineAndTheDialectsUsageStatus() throws IOException {
        ToolRun linux = session.run("ours", List.of("-tan", "--port", "70000"));
        assertEquals(3, linux.exitCode());
        assertEquals("netstatx: --port: '70000' is not valid (ports N or ranges A-B, 0 to 65535)\n",
                new String(linux.stderr(), StandardCharsets.UTF_8));
        assertEquals(0, linux.stdout().length);
        ToolRun windows = session.run("ours", List.of("/ano", "--address", "localhost"));
        assertEquals(1, windows.exitCode());
        String err = new String(windows.stderr(), StandardCharsets.UTF_8);
        assertTrue(err.startsWith("netstatx: --address: 'localhost' is not valid ("), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void summaryCountsWhatTheFilteredListingShows() throws IOException {
        ToolRun listing = ours(List.of("--json", "-tuwanp", "--program", "nsx-tcp-server,nsx-udp*"));
        ToolRun summary = ours(List.of("--json", "--summary", "-tuwanp", "--program", "nsx-tcp-server,nsx-udp*"));
        List<JsonNode> sockets = jsonSockets(listing);
        JsonNode s = JSON.readTree(summary.stdout()).get("summary");
        assertEquals(sockets.size(), s.get("total").asInt());
        long sum = 0;
        for (JsonNode g : s.get("groups")) {
            String protocol = g.get("protocol").asText();
            String family = g.get("family").asText();
            String state = g.get("state").isNull() ? null : g.get("state").asText();
            long mine = sockets.stream().filter(n -> n.get("protocol").asText().equals(protocol)
                    && n.get("family").asText().equals(family)
                    && java.util.Objects.equals(sockOfJson(n).state(), state)).count();
            assertEquals(mine, g.get("count").asLong(), protocol + " " + family + " " + state);
            sum += mine;
        }
        assertEquals(sockets.size(), sum);
        String text = new String(ours(List.of("--summary", "-tuwanp", "--program", "nsx-tcp-server,nsx-udp*")).stdout(),
                StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Total: " + sockets.size() + "\n"), text);
        assertTrue(Pattern.compile("(?m)^tcp +LISTEN +\\d+").matcher(text).find(), text);
        assertTrue(text.toLowerCase(Locale.ROOT).contains("udp"), text);
    }
}
