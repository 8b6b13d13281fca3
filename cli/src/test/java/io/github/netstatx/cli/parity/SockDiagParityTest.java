package io.github.netstatx.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.cli.ExternalCommands;
import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Listings whose TCP rows come from the kernel's sock_diag interface against real net-tools {@code netstat}, byte
 * for byte, in a named network namespace ({@code ip netns add}, as root) holding thousands of sockets: 40
 * listeners on IPv4 and IPv6 (one with an unaccepted connection), 3,000 IPv4 and 300 IPv6 connections with both
 * ends open (unread bytes, half-closed pairs), 150 TIME_WAIT, a SYN_SENT to remote port 0 (which {@code netstat
 * -l} lists) and one to port 80, and UDP sockets. Our CLI enters the namespace with {@code --netns} and reads TCP
 * through sock_diag ({@code NETSTATX_SOCK_DIAG=always}) or through {@code /proc} ({@code never}); a third run goes
 * through sock_diag with JNA unable to load its native library, so it must fall back to {@code /proc} and still
 * print netstat's bytes. netstat runs before and after ours: when its two outputs differ the kernel state moved
 * (a TIME_WAIT expired) and the attempt is repeated.
 */
class SockDiagParityTest {

    private static final String NAME = "nsxdiag" + ProcessHandle.current().pid();
    private static final int ATTEMPTS = 3;
    private static final String HOLDER = String.join("\n",
            "import socket, subprocess, sys",
            "subprocess.run(['ip', 'link', 'set', 'lo', 'up'], check=True)",
            "subprocess.run(['ip', 'route', 'add', '192.0.2.1/32', 'dev', 'lo'], check=True)",
            "keep = []",
            "def listen(family, addr, port, backlog=4096):",
            "    s = socket.socket(family); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "    s.bind((addr, port)); s.listen(backlog); keep.append(s); return s",
            "for p in range(22000, 22030): listen(socket.AF_INET, '0.0.0.0' if p % 3 else '127.0.0.1', p, 8)",
            "for p in range(22100, 22107): listen(socket.AF_INET6, '::' if p % 2 else '::1', p, 8)",
            "v4 = listen(socket.AF_INET, '127.0.0.1', 7000); v6 = listen(socket.AF_INET6, '::1', 7006)",
            "listen(socket.AF_INET, '127.0.0.2', 8080, 3); keep.append(socket.create_connection(('127.0.0.2', 8080)))",
            "def pairs(server, family, addr, port, n):",
            "    out = []",
            "    for _ in range(n):",
            "        c = socket.socket(family); c.connect((addr, port)); a, _ = server.accept(); out.append((c, a))",
            "    return out",
            "p4 = pairs(v4, socket.AF_INET, '127.0.0.1', 7000, 3150)",
            "p6 = pairs(v6, socket.AF_INET6, '::1', 7006, 300)",
            "for c, a in p4[:150]: c.close(); a.close()",
            "for c, a in p4[150:200]: c.sendall(b'z' * 321)",
            "for c, a in p4[200:210]: c.shutdown(socket.SHUT_WR)",
            "keep += [s for pair in p4[150:] + p6 for s in pair]",
            "for port in (0, 80):",
            "    s = socket.socket(); s.setblocking(False); keep.append(s)",
            "    try: s.connect(('192.0.2.1', port))",
            "    except BlockingIOError: pass",
            "for port in (5353, 5354):",
            "    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('0.0.0.0', port)); keep.append(u)",
            "u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u.bind(('::1', 5355)); keep.append(u)",
            "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.connect(('127.0.0.1', 5353)); keep.append(u)",
            "print('ready', flush=True)",
            "sys.stdin.read()");

    private static Process holder;

    @BeforeAll
    static void namespace() throws Exception {
        Prerequisites.requireRoot("ip netns add (a private network namespace full of sockets)");
        Prerequisites.require(ExternalCommands.version("netstat", "-V").startsWith("net-tools 2.10"),
                "net-tools 2.10 netstat is needed (apt-get install net-tools)");
        Prerequisites.require(!ExternalCommands.version("ip", "-V").isEmpty(), "iproute2 is needed");
        ExternalCommands.run(List.of("ip", "netns", "add", NAME), Duration.ofSeconds(30));
        holder = new ProcessBuilder("ip", "netns", "exec", NAME, "python3", "-c", HOLDER)
                .redirectErrorStream(true).start();
        String line = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
        assertEquals("ready\n", line, "the socket holder did not start");
    }

    @AfterAll
    static void removeNamespace() throws Exception {
        if (holder != null) {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        if (Files.exists(Path.of("/run/netns", NAME))) {
            ExternalCommands.run(List.of("ip", "netns", "del", NAME), Duration.ofSeconds(30));
        }
    }

    private record Run(String stdout, String stderr, int status) {
        @Override
        public String toString() {
            return "exit " + status + ", stderr [" + stderr + "], " + stdout.lines().count() + " lines";
        }
    }

    @ParameterizedTest(name = "netstat {0} with NETSTATX_SOCK_DIAG={1}")
    @CsvSource({"-tln, always", "-tuln, always", "-tlnep, always", "-tulnp, always", "-tan, always",
            "-tn, always", "-4tln, always", "-6tln, always", "-tuanW, always",
            "-tln, never", "-tuln, never", "-tan, never"})
    void printsWhatNetstatPrints(String args, String mode) throws Exception {
        List<String> argv = List.of(args.split(" "));
        List<String> ours = new ArrayList<>(List.of("--dialect", "linux", "--netns", NAME));
        ours.addAll(argv);
        sameAsNetstat(argv, () -> inProcess(ours, Map.of("NETSTATX_SOCK_DIAG", mode)));
    }

    /** JNA cannot load its native library: sock_diag fails and the TCP rows come from /proc after all. */
    @ParameterizedTest(name = "netstat {0} when sock_diag cannot be used")
    @CsvSource({"-tln", "-tuln", "-tan"})
    void fallsBackToTheFilesWhenSockDiagFails(String args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NAME, "env", "NETSTATX_SOCK_DIAG=always",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djna.boot.library.path=/nonexistent", "-Djna.nosys=true", "-Djna.noclasspath=true",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.github.netstatx.cli.Main", "--dialect", "linux"));
        cmd.addAll(List.of(args.split(" ")));
        sameAsNetstat(List.of(args.split(" ")), () -> process(cmd));
        List<String> json = new ArrayList<>(cmd.subList(0, cmd.size() - 3));
        json.addAll(List.of("--json", "-tl"));
        Run r = process(json);
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("\"source\":\"sock_diag\",\"message\":\"sock_diag: cannot load the C library"
                + " through JNA"), "the fallback is said in the JSON diagnostics: " + r.stdout());
    }

    private interface Ours {
        Run run() throws Exception;
    }

    private static void sameAsNetstat(List<String> args, Ours ours) throws Exception {
        List<String> netstat = new ArrayList<>(List.of("ip", "netns", "exec", NAME, "netstat"));
        netstat.addAll(args);
        List<String> unstable = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Run before = process(netstat);
            Run mine = ours.run();
            Run after = process(netstat);
            if (!before.equals(after)) {
                unstable.add(before + " / " + after);
                continue;
            }
            assertTrue(before.stdout().lines().count() > 2, "netstat listed sockets: " + before);
            if (!mine.equals(before)) {
                Path dir = Files.createTempDirectory("sockdiag-parity");
                Files.writeString(dir.resolve("netstat.out"), before.stdout(), StandardCharsets.ISO_8859_1);
                Files.writeString(dir.resolve("netstatx.out"), mine.stdout(), StandardCharsets.ISO_8859_1);
                fail(String.join(" ", args) + ": netstat " + before + ", ours " + mine + "; outputs in " + dir);
            }
            return;
        }
        fail(String.join(" ", args) + ": the namespace kept changing while netstat ran: " + unstable);
    }

    private static Run inProcess(List<String> args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx n = new Netstatx(new OutputSink(out), new OutputSink(err), env, "Linux", Backends.discover(),
                BackendConfig.live().withHideOwnSockets(true), StopSignal.manual(), false, Clock.systemUTC());
        int status = n.run(args);
        return new Run(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1), status);
    }

    private static Run process(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the process is gone; what it wrote is kept
            }
        });
        pump.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        pump.join(10_000);
        return new Run(out, err.toString(StandardCharsets.ISO_8859_1), p.exitValue());
    }
}
