package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Windows dialect on live sockets: in a private network namespace, the known socket set of
 * backend-linux/tools/socket-set.py is listed by {@code netstatx --dialect windows} (the real linux-procfs
 * backend, a separate JVM), and the output is compared with netstat.exe's text built here from
 * {@code ss -tuanp -H}, {@code getent} and {@code /proc/PID/exe} for the same sockets, with netstat.exe's
 * format strings ({@code "  %-5s  %-21s  %-21s  %s"} and the {@code -o} variant) rather than our code.
 */
class WindowsNamespaceEndToEndTest {

    private static final List<String> RUNS = List.of("-ano", "-an", "-no", "-abno", "-anp TCPv6", "-a");

    @TempDir
    static Path out;

    private static List<SsRow> ss;
    private static Map<Long, String> exe;
    private static Map<String, String> services;
    private static Map<String, String> hosts;
    private static String computer;

    /** One line of {@code ss -tuanp -H}. */
    /** {@code pid} is null where ss shows no owner: netstatx prints "-" there, never PID 0. */
    record SsRow(String proto, String state, Endpoint local, Endpoint peer, Long pid) {
    }

    /** An ss address as netstat.exe prints it, with what sorting needs. */
    record Endpoint(String host, boolean v6, byte[] bytes, int port) {
        String text() {
            return host + ":" + port;
        }
    }

    @BeforeAll
    static void runInANamespace() throws Exception {
        Prerequisites.requireRoot("unshare -n");
        Path socketSet = Path.of("..", "backend-linux", "tools", "socket-set.py").toAbsolutePath().normalize();
        Path script = Path.of("src", "test", "resources", "windows-e2e", "run-in-namespace.sh").toAbsolutePath();
        assertTrue(Files.exists(socketSet), socketSet.toString());
        List<String> cmd = new ArrayList<>(List.of("unshare", "-n", "bash", script.toString(), out.toString(),
                socketSet.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path")));
        cmd.addAll(RUNS);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "namespace run timed out");
        assertEquals(0, p.exitValue(), log);
        ss = Files.readAllLines(out.resolve("ss.txt")).stream().filter(l -> !l.isBlank())
                .map(WindowsNamespaceEndToEndTest::parse).toList();
        exe = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("exe.tsv"))) {
            String[] f = l.split("\t", -1);
            exe.put(Long.parseLong(f[0]), f[1]);
        }
        services = tsv("services.tsv");
        hosts = tsv("hosts.tsv");
        String h = Files.readString(out.resolve("hostname")).strip();
        computer = (h.contains(".") ? h.substring(0, h.indexOf('.')) : h).toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> tsv(String name) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve(name))) {
            String[] f = l.split("\t", -1);
            m.put(f[0], f[1]);
        }
        return m;
    }

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private static SsRow parse(String line) {
        String[] f = line.trim().split("\\s+");
        Matcher m = PID.matcher(line);
        long pid = Long.MAX_VALUE;
        while (m.find()) {
            pid = Math.min(pid, Long.parseLong(m.group(1)));   // the first owner: lowest pid
        }
        return new SsRow(f[0].toUpperCase(Locale.ROOT), f[1], endpoint(f[4]), endpoint(f[5]),
                pid == Long.MAX_VALUE ? null : pid);
    }

    private static Endpoint endpoint(String ssText) {
        int colon = ssText.lastIndexOf(':');
        String host = ssText.substring(0, colon);
        String port = ssText.substring(colon + 1);
        if (host.equals("*")) {
            host = "[::]";                    // ss writes a dual-stack wildcard as *
        }
        if (host.startsWith("[::ffff:") && host.contains(".")) {
            host = host.substring(8, host.length() - 1);   // v4-mapped: Windows lists it as IPv4
        }
        boolean v6 = host.startsWith("[");
        try {
            byte[] bytes = InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host).getAddress();
            return new Endpoint(host, v6, bytes, port.equals("*") ? 0 : Integer.parseInt(port));
        } catch (IOException e) {
            throw new IllegalStateException(ssText, e);
        }
    }

    private static String word(String ssState) {
        return switch (ssState) {
            case "LISTEN" -> "LISTENING";
            case "ESTAB" -> "ESTABLISHED";
            case "SYN-RECV" -> "SYN_RECEIVED";
            case "UNCONN" -> "";
            default -> ssState.replace('-', '_');
        };
    }

    private static final Comparator<SsRow> NETSTAT_EXE_ORDER = Comparator
            .comparingInt((SsRow r) -> (r.proto().equals("TCP") ? 0 : 2) + (r.local().v6() ? 1 : 0))
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.local().bytes(), b.local().bytes()))
            .thenComparingInt(r -> r.local().port())
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.peer().bytes(), b.peer().bytes()))
            .thenComparingInt(r -> r.peer().port());

    /** netstat.exe's text for the ss rows, as the options of one run ask for it. */
    private static String expected(String args) {
        boolean all = args.contains("a");
        boolean pids = args.contains("o");
        boolean owners = args.contains("b");
        boolean numeric = args.contains("n");
        String onlyProto = args.contains("TCPv6") ? "TCPv6" : null;
        StringBuilder sb = new StringBuilder("\nActive Connections\n\n");
        sb.append(pids ? "  Proto  Local Address          Foreign Address        State           PID"
                : "  Proto  Local Address          Foreign Address        State").append('\n');
        List<SsRow> rows = new ArrayList<>(ss);
        rows.sort(NETSTAT_EXE_ORDER);
        for (SsRow r : rows) {
            boolean listener = r.state().equals("LISTEN");
            if (!all && (listener || r.proto().equals("UDP"))) {
                continue;
            }
            if (onlyProto != null && !(r.proto().equals("TCP") && r.local().v6())) {
                continue;
            }
            String foreign;
            if (r.proto().equals("UDP")) {
                foreign = "*:*";
            } else if (listener) {
                foreign = numeric ? (r.local().v6() ? "[::]:0" : "0.0.0.0:0") : computer + ":0";
            } else {
                foreign = numeric ? r.peer().text() : name(r.peer(), r.proto());
            }
            // netstat.exe's UDP rows never carry a state: the Windows UDP tables have none, connected or not.
            String state = r.proto().equals("UDP") ? "" : word(r.state());
            sb.append(pids ? String.format("  %-5s  %-21s  %-21s  %-12s    %s", r.proto(), r.local().text(), foreign,
                    state, r.pid() == null ? "-" : r.pid()) : String.format("  %-5s  %-21s  %-21s  %s", r.proto(), r.local().text(), foreign,
                    state)).append('\n');
            if (owners && !state.equals("TIME_WAIT")) {
                String e = exe.get(r.pid());
                sb.append(e == null || e.isEmpty() ? " Can not obtain ownership information" : " [" + e + "]")
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String name(Endpoint peer, String proto) {
        String literal = peer.v6() ? peer.host().substring(1, peer.host().length() - 1) : peer.host();
        String host;
        try {
            InetAddress a = InetAddress.getByName(literal);
            host = a.isLoopbackAddress() || a.isAnyLocalAddress() ? computer
                    : hosts.containsKey(literal) ? hosts.get(literal).split("\\.")[0] : peer.host();
        } catch (IOException e) {
            throw new IllegalStateException(literal, e);
        }
        String port = services.getOrDefault(peer.port() + "/" + proto.toLowerCase(Locale.ROOT),
                Integer.toString(peer.port()));
        return host + ":" + port;
    }

    private static String run(int n, String suffix) throws IOException {
        return Files.readString(out.resolve("run-" + n + "." + suffix), StandardCharsets.UTF_8);
    }

    private void check(String args) throws IOException {
        int n = RUNS.indexOf(args) + 1;
        assertEquals("0", run(n, "rc").strip(), run(n, "err"));
        assertEquals("", run(n, "err"), "no diagnostics as root");
        assertEquals(expected(args), run(n, "out"), "netstatx --dialect windows " + args);
    }

    @Test
    void theSocketSetHasWhatTheTestIsAbout() {
        assertTrue(ss.stream().anyMatch(r -> r.state().equals("TIME-WAIT")));
        assertTrue(ss.stream().anyMatch(r -> r.proto().equals("UDP") && r.local().v6()));
        assertTrue(ss.stream().anyMatch(r -> r.local().host().length() > 21), "a long IPv6 address");
        assertTrue(ss.stream().anyMatch(r -> r.local().host().equals("127.0.0.1") && r.local().port() == 5556),
                "a v4-mapped connection listed as IPv4");
        assertTrue(ss.stream().map(SsRow::pid).distinct().count() > 2, "several owners");
    }

    @Test
    void ano() throws IOException {
        check("-ano");
    }

    @Test
    void an() throws IOException {
        check("-an");
    }

    @Test
    void withoutAllOnlyTcpConnections() throws IOException {
        check("-no");
    }

    @Test
    void ownershipLines() throws IOException {
        check("-abno");
    }

    @Test
    void oneProtocolOfOneFamily() throws IOException {
        check("-anp TCPv6");
    }

    @Test
    void nameMode() throws IOException {
        check("-a");
    }
}
