package io.github.netstatx.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-for-byte parity with the real net-tools {@code netstat} on a known socket set.
 *
 * <p>One shell in a private network namespace ({@code unshare -n -m}, so it needs root) holds the sockets of
 * {@code parity/socketset.py}: TCP and UDP on IPv4 and IPv6, a dual-stack listener with an IPv4 client, unread
 * bytes, long IPv6 addresses and long host names (its own /etc/hosts), TIME_WAIT, CLOSE_WAIT, FIN_WAIT2,
 * SYN_SENT, raw ICMP/ICMPv6, UDP-Lite, every kind of UNIX socket (paths with a space, UTF-8 and invalid UTF-8,
 * abstract), holders with telling program names (one longer than the 19-character cut) and a socket held by
 * two processes. For every invocation below, {@code netstat ARGS} and our CLI run in that namespace and must
 * agree on stdout, stderr and the exit status, byte for byte. Only running timer countdowns are masked.
 *
 * <p>Kernel state can change under the comparison (TIME_WAIT expires after 60 s, SYN_SENT retransmits), so
 * netstat runs before and after ours; when its two outputs differ the state moved, and the attempt is
 * repeated. When they agree, ours must equal them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetstatParityTest {

    private static final int ATTEMPTS = 3;

    /** One netstat command line, and whether its Timer column has countdowns to mask. */
    record Invocation(String args, boolean masksTimers) {
        List<String> argList() {
            return args.isEmpty() ? List.of() : Arrays.asList(args.split(" "));
        }

        @Override
        public String toString() {
            return "netstat " + args + (masksTimers ? "  (timer countdowns masked)" : "");
        }
    }

    static Stream<Invocation> invocations() {
        return Stream.of(
                // the list
                plain("-tan"), plain("-tuln"), plain("-tulpn"), plain("-an"), plain("-tanW"), plain("-tuanep"),
                plain("-xa"), plain("-4tan"), plain("-6tan"), plain("-ta"), plain("-tuanW"), plain("-tunlp"),
                timers("-tuanop"), plain("-uan"), plain("-wan"), plain("-xap"), plain("-lx"), plain("-tanpe"),
                plain("-Ainet6"), plain("-tn"), plain("-l"),
                // host and service names (only /etc/hosts answers in the namespace)
                plain("-tua"), plain("-tuaW"), plain("-tuae"), plain("--numeric-hosts -ta"),
                plain("--numeric-ports -ta"), plain("-6"), plain("-wa"),
                // everything else the set has to show
                plain(""), plain("-x"), plain("-wanp"), plain("-Uan"), plain("-ap"), plain("-A inet6 -ln"),
                plain("-an --inet"), timers("-tano"), timers("-tuwanope"),
                // command-line errors
                plain("-y"), plain("-Afoo"), plain("--foo"),
                // a family list longer than net-tools' 255-byte buffer: cut there, into an empty last name
                plain("-A " + "inet,".repeat(59) + "inet" + " -tn"), plain("-A " + "inet,".repeat(50) + "inet6 -tn"));
    }

    private static Invocation plain(String args) {
        return new Invocation(args, false);
    }

    private static Invocation timers(String args) {
        return new Invocation(args, true);
    }

    @TempDir
    static Path work;

    private NamespaceSession session;

    @BeforeAll
    void startSocketSet() throws IOException, InterruptedException {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        String unshareProblem = unshareProblem();
        Prerequisites.require(unshareProblem == null, "unshare -n -m is unavailable here: " + unshareProblem);
        String python = onPath("python3");
        assertTrue(python != null, "python3 is needed for the socket set (parity/socketset.py)");
        assertTrue(onPath("netstat") != null, "net-tools netstat is needed (apt-get install net-tools)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        session = NamespaceSession.start(work, python, java, System.getProperty("java.class.path"));
    }

    @AfterAll
    void stopSocketSet() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invocations")
    void printsWhatNetstatPrints(Invocation inv) throws IOException, InterruptedException {
        List<String> unstable = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ToolRun before = comparable(session.run("netstat", inv.argList()), inv);
            ToolRun ours = comparable(session.run("ours", inv.argList()), inv);
            ToolRun after = comparable(session.run("netstat", inv.argList()), inv);
            if (!before.sameAs(after)) {
                unstable.add("attempt " + attempt + ":\n" + differences(before, after, "netstat-before",
                        "netstat-after"));
                continue;
            }
            if (!ours.sameAs(before)) {
                fail(inv + " differs from netstat:\n" + differences(before, ours, "netstat", "netstatx"));
            }
            return;
        }
        fail(inv + ": the kernel state kept changing while netstat ran, " + ATTEMPTS + " times:\n"
                + String.join("\n", unstable));
    }

    /** Our own rule, as root: every socket the set holds shows one of its holders, cut as net-tools cuts. */
    @Test
    void everyHeldSocketShowsItsHolder() throws IOException {
        ToolRun ours = session.run("ours", List.of("-tuUwxanpeW"));
        assertEquals(0, ours.exitCode(), () -> "exit status; stderr: " + text(ours.stderr()));
        assertEquals("", text(ours.stderr()), "stderr as root");
        Map<Long, String> shownOwner = ownerCellByInode(text(ours.stdout()));
        Map<Long, Set<String>> expected = new HashMap<>();
        Map<Long, String> description = new HashMap<>();
        SocketSetManifest m = session.manifest();
        for (SocketSetManifest.HeldSocket s : m.sockets()) {
            expected.computeIfAbsent(s.inode(), k -> new HashSet<>())
                    .add(SocketSetManifest.programCell(s.pid(), m.holders().get(s.pid())));
            description.putIfAbsent(s.inode(), s.description());
        }
        assertTrue(expected.size() >= 40, "the socket set reported only " + expected.size() + " sockets");
        List<String> problems = new ArrayList<>();
        expected.forEach((inode, cells) -> {
            String shown = shownOwner.get(inode);
            if (shown == null) {
                problems.add("inode " + inode + " (" + description.get(inode) + ") is not listed");
            } else if (!cells.contains(shown)) {
                problems.add("inode " + inode + " (" + description.get(inode) + ") shows " + shown
                        + ", expected one of " + cells);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n--- output:\n" + text(ours.stdout()));
    }

    /**
     * Inode → PID/Program cell of every row. In Internet rows with {@code -e -p} and in UNIX rows with
     * {@code -p} alike, the cell is the word right after the inode.
     */
    private static Map<Long, String> ownerCellByInode(String listing) {
        Map<Long, String> cells = new HashMap<>();
        for (String line : listing.split("\n")) {
            String[] words = line.trim().split(" +");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].matches("[1-9][0-9]{2,}") && (words[i + 1].equals("-") || words[i + 1].matches(
                        "[0-9]+/.*"))) {
                    cells.put(Long.parseLong(words[i]), words[i + 1]);
                    break;
                }
            }
        }
        return cells;
    }

    private static ToolRun comparable(ToolRun run, Invocation inv) {
        return inv.masksTimers() ? run.withTimersMasked() : run;
    }

    private String differences(ToolRun a, ToolRun b, String nameA, String nameB) throws IOException,
            InterruptedException {
        StringBuilder sb = new StringBuilder();
        if (a.exitCode() != b.exitCode()) {
            sb.append("exit status: ").append(nameA).append(' ').append(a.exitCode()).append(", ").append(nameB)
                    .append(' ').append(b.exitCode()).append('\n');
        }
        if (!Arrays.equals(a.stdout(), b.stdout())) {
            sb.append("stdout:\n").append(unifiedDiff(a.stdout(), b.stdout(), nameA, nameB));
        }
        if (!Arrays.equals(a.stderr(), b.stderr())) {
            sb.append("stderr:\n").append(unifiedDiff(a.stderr(), b.stderr(), nameA, nameB));
        }
        return sb.toString();
    }

    /** {@code diff -u} of two outputs (diffutils is part of every Linux base system). */
    private String unifiedDiff(byte[] a, byte[] b, String nameA, String nameB) throws IOException,
            InterruptedException {
        Path fa = Files.createTempFile(work, "diff-a", ".txt");
        Path fb = Files.createTempFile(work, "diff-b", ".txt");
        Files.write(fa, a);
        Files.write(fb, b);
        Process diff = new ProcessBuilder("diff", "-u", "--label", nameA, "--label", nameB, fa.toString(),
                fb.toString()).redirectErrorStream(true).start();
        byte[] out = diff.getInputStream().readAllBytes();
        diff.waitFor(10, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Null when {@code unshare -n -m} works here, else why not. */
    static String unshareProblem() throws InterruptedException {
        if (onPath("unshare") == null) {
            return "no unshare on PATH";
        }
        try {
            Process p = new ProcessBuilder("unshare", "-n", "-m", "true").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "unshare -n -m true did not finish within 10 s";
            }
            return p.exitValue() == 0 ? null : "unshare -n -m true failed: " + text(out).trim();
        } catch (IOException e) {
            return e.toString();
        }
    }

    static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
