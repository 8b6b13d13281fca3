package io.github.netstatx.cli.netns;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.cli.ExternalCommands;
import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --netns} against {@code ip netns exec NAME netstat}: a named namespace made by {@code ip netns add} with a
 * veth pair (both ends inside it), addresses, a route and a TCP listener with one connection held by python3.
 * The same invocations must print the same bytes through the name, through the holder's pid and through the path
 * of the namespace file; this test JVM itself stays in its own namespace (only a dedicated thread enters).
 * Needs root, iproute2, python3 and net-tools 2.10: in CI ({@code CI=true}) their absence fails the test.
 */
class NetnsOptionTest {

    private static final String NAME = "nsxtest" + ProcessHandle.current().pid();
    private static final List<List<String>> CASES = List.of(List.of("-tan"), List.of("-tanp"), List.of("-i"),
            List.of("-ia"), List.of("-ie"), List.of("-rn"), List.of("-in"), List.of("-g"), List.of("-s"),
            List.of("-xa"));
    /**
     * What the pid and the path are compared on: the views whose rows tell this namespace from any other
     * (its listener and connection with their owner, its veth pair, its route). That every view is the same as
     * net-tools' is shown by the name; these only have to reach the same namespace. Each case costs seconds on
     * a loaded machine (the -p scan reads all of /proc), so the other seven are not repeated.
     */
    private static final List<List<String>> SAME_NAMESPACE_CASES = List.of(List.of("-tanp"), List.of("-ie"),
            List.of("-rn"));
    private static Process holder;

    @BeforeAll
    static void namespace() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean ready = "root".equals(System.getProperty("user.name"))
                && ExternalCommands.version("netstat", "-V").startsWith("net-tools 2.10")
                && !ExternalCommands.version("ip", "-V").isEmpty();
        if (!ready) {
            if (ci) {
                fail("needs root, net-tools 2.10 and iproute2 (CI installs them and runs as root)");
            }
            Assumptions.abort("needs root, net-tools 2.10 and iproute2");
        }
        ip("netns", "add", NAME);
        for (String k : List.of("accept_dad", "router_solicitations")) {
            inNs("sysctl", "-qw", "net.ipv6.conf.default." + k + "=0", "net.ipv6.conf.all." + k + "=0");
        }
        inNs("ip", "link", "set", "lo", "up");
        inNs("ip", "link", "add", "nx0", "type", "veth", "peer", "name", "nx1");
        inNs("ip", "link", "set", "nx0", "up");
        inNs("ip", "link", "set", "nx1", "up");
        inNs("ip", "addr", "add", "10.88.0.1/24", "brd", "+", "dev", "nx0");
        inNs("ip", "addr", "add", "10.88.1.1/24", "dev", "nx0", "label", "nx0:4");
        inNs("ip", "addr", "add", "10.88.0.2/24", "dev", "nx1");
        inNs("ip", "route", "add", "default", "via", "10.88.0.254");
        holder = new ProcessBuilder("ip", "netns", "exec", NAME, "python3", "-c", String.join("\n",
                "import socket, sys, time",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 9123)); s.listen(4)",
                "c = socket.create_connection(('127.0.0.1', 9123)); a, _ = s.accept()",
                "print('ready', flush=True)",
                "sys.stdin.read()")).redirectErrorStream(true).start();
        String line = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
        assertEquals("ready\n", line, "the socket holder did not start");
        Thread.sleep(3000); // let neighbour discovery and the like settle: the counters must stand still
    }

    @AfterAll
    static void removeNamespace() throws Exception {
        if (holder != null) {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        if (Files.exists(Path.of("/run/netns", NAME))) {
            ip("netns", "del", NAME);
        }
    }

    @Test
    void byNameAsIpNetnsExecNetstat() throws Exception {
        sameAsNetstat(NAME, CASES);
    }

    @Test
    void byPidOfAProcessInside() throws Exception {
        sameAsNetstat(Long.toString(holderPid()), SAME_NAMESPACE_CASES);
    }

    @Test
    void byPathOfTheNamespaceFile() throws Exception {
        sameAsNetstat("/run/netns/" + NAME, SAME_NAMESPACE_CASES);
    }

    @Test
    void jsonRecordsTheNamespace() throws Exception {
        Result r = netstatx(List.of("--netns", NAME, "--json", "-tl"));
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("\"network_namespace\": {\"path\":\"/run/netns/" + NAME + "\",\"inode\":"),
                r.stdout());
    }

    @Test
    void anUnknownNameIsAClearError() {
        Result r = netstatx(List.of("--netns", "no-such-" + NAME, "-tan"));
        assertEquals(1, r.status());
        assertEquals("netstatx: cannot open network namespace /run/netns/no-such-" + NAME
                + ": No such file or directory\n", r.stderr());
    }

    @Test
    void withoutPrivilegeTheReasonIsSaid() throws Exception {
        // root without CAP_SYS_ADMIN (another user could not read the build's class path under /root)
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set=-sys_admin", "--inh-caps=-sys_admin",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.github.netstatx.cli.Main", "--netns", NAME, "-i"));
        Process p = new ProcessBuilder(cmd).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.startsWith("netstatx: cannot "), err);
        assertEquals("netstatx: cannot enter network namespace /run/netns/" + NAME + ": Operation not permitted"
                + " (entering a network namespace needs CAP_SYS_ADMIN: run as root)\n", err);
    }

    private static void sameAsNetstat(String target, List<List<String>> cases) throws Exception {
        List<Runnable> checks = new ArrayList<>();
        for (List<String> args : cases) {
            List<String> netstat = new ArrayList<>(List.of("ip", "netns", "exec", NAME, "netstat"));
            netstat.addAll(args);
            Process p = new ProcessBuilder(netstat).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            p.waitFor(30, TimeUnit.SECONDS);
            List<String> ours = new ArrayList<>(List.of("--dialect", "linux", "--netns", target));
            ours.addAll(args);
            Result r = netstatx(ours);
            int status = p.exitValue();
            checks.add(() -> assertAll(String.join(" ", args),
                    () -> assertEquals(out, r.stdout(), "stdout"),
                    () -> assertEquals(err, r.stderr(), "stderr"),
                    () -> assertEquals(status, r.status(), "status")));
        }
        assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::run));
    }

    private record Result(String stdout, String stderr, int status) {
    }

    private static Result netstatx(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx n = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux", Backends.discover(),
                BackendConfig.live().withHideOwnSockets(true), StopSignal.manual(), false, Clock.systemUTC());
        int status = n.run(args);
        return new Result(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1),
                status);
    }

    private static long holderPid() throws IOException {
        // `ip netns exec` execs python3 in place, so the holder's pid is the python process's.
        return holder.pid();
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        ExternalCommands.run(cmd, Duration.ofSeconds(30));
    }

    private static void inNs(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NAME));
        cmd.addAll(List.of(args));
        ExternalCommands.run(cmd, Duration.ofSeconds(30));
    }
}
