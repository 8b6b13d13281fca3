package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.cli.NetstatxHelp;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WindowsDialectTest {

    private static final String USAGE = String.join("\n", WindowsUsage.LINES) + "\n";

    private static FakeBackend host(List<Diagnostic> diagnostics) {
        return new FakeBackend(WindowsShapedModel.HOST, WindowsShapedModel.sockets(), diagnostics);
    }

    private static CommandRun win(FakeBackend b, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dialect";
        all[1] = "windows";
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.onLinux(b, all);
    }

    @Test
    void usageGoesToStderrWithExitOne() {
        // netstat.exe writes its usage on stderr (reference windows.md 1.1), for /? too
        CommandRun help = CommandRun.onLinux(host(List.of()), "/?");
        assertEquals("", help.out());
        assertEquals(USAGE, help.err(), "/? asks for the usage: no complaint before it");
        assertEquals(ExitCodes.WINDOWS_USAGE, help.status());
        Map<List<String>, String> wrong = Map.of(
                List.of("--dialect", "windows", "-tulpn"), "netstatx: unknown option 'u' in -tulpn",
                List.of("/an", "/p", "sctp"), "netstatx: unknown protocol 'sctp' for -p (TCP, UDP, TCPv6 or UDPv6; "
                        + "with -s also IP, IPv6, ICMP or ICMPv6)",
                List.of("/y", "/n"), "netstatx: -y cannot be combined with other options",
                List.of("/an", "/p"), "netstatx: -p needs a protocol");
        for (Map.Entry<List<String>, String> e : wrong.entrySet()) {
            CommandRun r = CommandRun.onLinux(host(List.of()), e.getKey().toArray(String[]::new));
            assertEquals("", r.out(), e.getKey().toString());
            assertEquals(e.getValue() + "\n" + USAGE, r.err(), e.getKey().toString());
            assertEquals(ExitCodes.WINDOWS_USAGE, r.status());
        }
        assertTrue(USAGE.startsWith("\nDisplays protocol statistics and current TCP/IP network connections.\n\n"
                + "NETSTAT [-a] [-b] [-e] [-f] [-n] [-o] [-p proto] [-r] [-s] [-t] [-x] [-y] [interval]\n\n"));
        assertFalse(USAGE.contains("  -i "), "-i is not available, so the usage does not offer it");
        assertTrue(USAGE.endsWith("                configuration information once.\n\n"));
    }

    @Test
    void anUnknownOwnerIsNotTheSystemIdleProcess() {
        SocketEntry idle = WindowsShapedModel.tcp(WindowsShapedModel.ep("10.0.2.15", 54630),
                WindowsShapedModel.ep("192.0.2.80", 80), TcpState.TIME_WAIT, 11,
                new io.github.netstatx.core.model.ProcessRef(0, null, null, null, null, null, null));
        SocketEntry unknown = WindowsShapedModel.tcp(WindowsShapedModel.ep("10.0.2.15", 54631),
                WindowsShapedModel.ep("192.0.2.80", 80), TcpState.ESTABLISHED, 5, null);
        CommandRun r = win(new FakeBackend(WindowsShapedModel.HOST, List.of(idle, unknown), List.of()), "-no");
        assertTrue(r.out().contains("\n  TCP    10.0.2.15:54630        192.0.2.80:80          TIME_WAIT       0\n"),
                r.out());
        assertTrue(r.out().contains("\n  TCP    10.0.2.15:54631        192.0.2.80:80          ESTABLISHED     -\n"),
                r.out());
    }

    @Test
    void usageEndsLinesWithCrlfOnWindows() {
        CommandRun r = CommandRun.run(List.of(host(List.of())), Map.of(), "Windows Server 2022", false, "/?");
        assertEquals(USAGE.replace("\n", "\r\n"), r.err());
    }

    @Test
    void doubleDashHelpAddsWhatNetstatxAdds() {
        CommandRun r = win(host(List.of()), "--help");
        assertEquals(USAGE + String.join("\n", NetstatxHelp.LINES) + "\n", r.out());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("3. an option written with a leading / (/ano, /?) selects windows"));
    }

    @Test
    void builtInViewsSayWhenTheBackendCannotProvideThem() {
        CommandRun e = win(host(List.of()), "-e");
        assertEquals("", e.out());
        assertEquals("netstatx: backend fake cannot provide interfaces\n", e.err());
        assertEquals(ExitCodes.FAILURE, e.status());
        assertEquals("netstatx: backend fake cannot provide statistics\n",
                win(host(List.of()), "-s", "-p", "icmp").err());
        assertEquals("netstatx: backend fake cannot provide interfaces\n",
                CommandRun.onLinux(host(List.of()), "/rn").err());
        CommandRun i = win(host(List.of()), "-ani");
        assertTrue(i.err().startsWith("netstatx: netstat.exe -i (time in the current state) is not available"), i.err());
        assertEquals(ExitCodes.FAILURE, i.status());
    }

    @Test
    void registeredViewsRenderInNetstatExeOrder() throws Exception {
        WindowsViews views = WindowsViews.none()
                .with(WindowsView.PROTOCOL_STATISTICS, req -> List.of("stats for " + req.options().protocol()
                        .map(WindowsProtocol::spelling).orElse("all")))
                .with(WindowsView.INTERFACE_STATISTICS, req -> List.of("Interface Statistics of " + req.sample().backendId()));
        CommandRun r = new WindowsRun(host(List.of())).views(views).run("-s", "-e", "-p", "tcpv6");
        assertEquals("Interface Statistics of fake\nstats for TCPv6\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void hiddenOwnersAreExplainedOnceAndOnlyWhenOwnersWereAsked() {
        Diagnostic hidden = new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "/proc",
                "owners of 3 sockets are hidden", null, 3, 1000L);
        CommandRun o = win(host(List.of(hidden, hidden)), "-ano");
        assertEquals(DiagnosticNotes.ownersNote(new WindowsOptions(EnumSet.of(WindowsFlag.PIDS),
                java.util.Optional.empty(), java.util.Optional.empty())) + "\n", o.err());
        assertTrue(o.err().contains("show - as the PID"), o.err());
        CommandRun b = win(host(List.of(hidden)), "-anb");
        assertTrue(b.err().contains("\"Can not obtain ownership information\""), b.err());
        assertEquals("", win(host(List.of(hidden)), "-an").err());
    }

    @Test
    void otherGapsAreShownInTheBackendsWords() {
        Diagnostic unreadable = Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.ERROR, "/proc/net/tcp6",
                "cannot read /proc/net/tcp6: Permission denied");
        CommandRun r = win(host(List.of(unreadable)), "-an");
        assertEquals("netstatx: cannot read /proc/net/tcp6: Permission denied\n", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void bOnAWindowsHostThatDeniesAllOwnersNeedsElevation() {
        Diagnostic denied = Diagnostic.of(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.ERROR, "GetOwnerModuleFromTcpEntry",
                "access denied");
        CommandRun r = win(host(List.of(denied)), "-abn");
        assertEquals("", r.out());
        assertEquals(WindowsDialect.ELEVATION_REQUIRED + "\n", r.err());
        assertEquals(ExitCodes.FAILURE, r.status());
        HostInfo linux = new HostInfo("box", OsFamily.LINUX, null, null, null);
        CommandRun onLinux = win(new FakeBackend(linux, WindowsShapedModel.sockets(), List.of(denied)), "-abn");
        assertTrue(onLinux.out().contains(OwnershipLines.UNKNOWN_OWNER), "Linux shows what it can and explains");
    }

    @Test
    void queryAsksOnlyForWhatTheLineNeeds() {
        FakeBackend b = host(List.of());
        win(b, "-n");
        assertEquals(EnumSet.of(Protocol.TCP), b.queries.get(0).protocols());
        assertEquals(Scope.CONNECTED, b.queries.get(0).scope());
        assertFalse(b.queries.get(0).owners());
        win(b, "-ano");
        assertEquals(EnumSet.of(Protocol.TCP, Protocol.UDP), b.queries.get(1).protocols());
        assertEquals(Scope.ALL, b.queries.get(1).scope());
        assertTrue(b.queries.get(1).owners());
        win(b, "-qn", "-p", "tcpv6");
        assertEquals(EnumSet.of(Protocol.TCP), b.queries.get(2).protocols());
        assertEquals(EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), b.queries.get(2).families(),
                "both families: a dual-stack socket with an IPv4 peer prints as IPv4");
        assertFalse(b.queries.get(2).timers() || b.queries.get(2).users());
    }

    @Test
    void namesWithControlCharactersCannotForgeRows() {
        SocketEntry evil = WindowsShapedModel.tcp(WindowsShapedModel.ep("10.0.0.1", 5000),
                WindowsShapedModel.ep("10.0.0.2", 80), TcpState.ESTABLISHED, 5,
                WindowsShapedModel.proc(66, "/tmp/x\n  TCP    6.6.6.6:1  fake", "svc\r\nline"));
        CommandRun r = win(new FakeBackend(WindowsShapedModel.HOST, List.of(evil), List.of()), "-nb");
        assertEquals("\nActive Connections\n\n  Proto  Local Address          Foreign Address        State\n"
                + "  TCP    10.0.0.1:5000          10.0.0.2:80            ESTABLISHED\n"
                + "  svc..line\n"
                + " [x.  TCP    6.6.6.6:1  fake]\n", r.out());
    }

    @Test
    void intervalRepeatsTheWholeBlockUntilCtrlC() throws Exception {
        StopSignal stop = StopSignal.manual();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WindowsRun run = new WindowsRun(host(List.of())).stop(stop).out(out);
        CompletableFuture<CommandRun> done = CompletableFuture.supplyAsync(() -> {
            try {
                return run.run("-n", "-p", "TCP", "1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(out.toString(StandardCharsets.UTF_8), "Active Connections") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        stop.requestStop();
        CommandRun r = done.get(20, TimeUnit.SECONDS);
        assertEquals(ExitCodes.INTERRUPTED, r.status());
        String all = out.toString(StandardCharsets.UTF_8);
        String one = new WindowsRun(host(List.of())).run("-n", "-p", "TCP").out();
        int n = count(all, "Active Connections");
        assertTrue(n >= 2, all);
        assertEquals(one.repeat(n), all, "each display is the whole block, header included");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
