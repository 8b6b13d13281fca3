package io.github.netstatx.cli.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.DialectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationTest {

    private static Rendition windowsToNetTools(String... args) throws Exception {
        return NetToolsWriting.write(WindowsReading.read(List.of(args)));
    }

    private static Rendition windowsToSs(String... args) throws Exception {
        return SsWriting.write(WindowsReading.read(List.of(args)));
    }

    private static Rendition netToolsToWindows(String... args) throws Exception {
        return WindowsWriting.write(NetToolsReading.read(List.of(args)));
    }

    private static Rendition netToolsToSs(String... args) throws Exception {
        return SsWriting.write(NetToolsReading.read(List.of(args)));
    }

    @Test
    void anoIsAntupWithTheRootCaveat() throws Exception {
        Rendition r = windowsToNetTools("-ano");
        assertEquals(List.of("netstat -antup"), r.commands());
        assertTrue(r.notes().contains(Term.PIDS.note()), r.notes().toString());
        assertEquals(List.of("ss -antup"), windowsToSs("/ano").commands());
        Rendition abno = windowsToNetTools("-abno");
        assertEquals(List.of("netstat -antup"), abno.commands());
        assertTrue(abno.notes().contains(Term.COMPONENTS.note()));
    }

    @Test
    void netToolsAnoKeepsItsOwnMeaning() throws Exception {
        Rendition r = netToolsToWindows("-ano");
        assertEquals(List.of("netstat -an"), r.commands());
        assertTrue(r.notes().contains(Term.TIMERS.note()));
        assertTrue(r.notes().contains(Term.UNIX.note()));
        assertEquals(List.of("ss -antuwxo"), netToolsToSs("-ano").commands());
    }

    @Test
    void tulpnNeedsAllAndAFilterOnWindows() throws Exception {
        Rendition r = netToolsToWindows("-tulpn");
        assertEquals(List.of("netstat -ano | findstr \"LISTENING UDP\""), r.commands());
        assertTrue(r.notes().contains(Term.LISTENING.note()));
        assertTrue(r.notes().contains(Term.UDP.note()));
        assertEquals(List.of("netstat -ano -p TCP | findstr LISTENING", "netstat -ano -p TCPv6 | findstr LISTENING"),
                netToolsToWindows("-tlpn").commands());
        assertEquals(List.of("ss -lntup"), netToolsToSs("-tulpn").commands());
    }

    @Test
    void protocolAndFamilySelections() throws Exception {
        assertEquals(List.of("netstat -ant -4"), windowsToNetTools("-an", "-p", "tcp").commands());
        assertEquals(List.of("ss -ant4"), windowsToSs("-an", "-p", "tcp").commands());
        assertEquals(List.of("netstat -anu -6"), windowsToNetTools("-anp", "udpv6").commands());
        assertEquals(List.of("netstat -n"), netToolsToWindows("-tn").commands());
        assertEquals(List.of("netstat -f"), netToolsToWindows("-t").commands(), "net-tools shows whole names");
        assertEquals(List.of("netstat -an -p TCP", "netstat -an -p TCPv6"), netToolsToWindows("-atn").commands());
        assertEquals(List.of("netstat -an -p UDP"), netToolsToWindows("-aun4").commands());
        assertEquals(List.of("netstat -an -p TCP", "netstat -an -p UDP"), netToolsToWindows("-atun", "-4").commands());
    }

    @Test
    void udpWithoutAllIsExplained() throws Exception {
        Request r = WindowsReading.read(List.of("-p", "udp"));
        assertTrue(r.remarks().get(r.remarks().size() - 1).contains("only with -a"), r.remarks().toString());
    }

    @Test
    void boundNeedsSsB() throws Exception {
        Rendition ss = windowsToSs("-qn");
        assertEquals(List.of("ss -antu", "ss -tBn"), ss.commands());
        assertTrue(windowsToNetTools("-qn").notes().contains(Term.BOUND.note()));
    }

    @Test
    void views() throws Exception {
        assertEquals(List.of("netstat -s"), netToolsToWindows("-s").commands());
        assertEquals(List.of("netstat -s -p TCP", "netstat -s -p TCPv6"), netToolsToWindows("-st").commands());
        assertEquals(List.of("netstat -st"), windowsToNetTools("-s", "-p", "tcp").commands());
        assertEquals(List.of("nstat -az 'Udp6*'"), windowsToSs("-s", "-p", "udpv6").commands());
        assertEquals(List.of("netstat -r"), netToolsToWindows("-rn").commands());
        assertEquals(List.of("netstat -rn", "netstat -rn6"), windowsToNetTools("-rn").commands());
        assertEquals(List.of("ip route; ip -6 route"), windowsToSs("-r").commands());
        assertEquals(List.of("netstat -e"), netToolsToWindows("-i").commands());
        assertEquals(List.of("netstat -i"), windowsToNetTools("-e").commands());
        assertEquals(List.of("netstat -i", "netstat -s"), windowsToNetTools("-e", "-s").commands());
        assertEquals(List.of(), netToolsToWindows("-g").commands());
        assertTrue(netToolsToWindows("-g").notes().contains(Term.GROUPS.note()));
    }

    @Test
    void intervals() throws Exception {
        assertEquals(List.of("watch -n 5 netstat -antu"), windowsToNetTools("-an", "5").commands());
        assertEquals(List.of("netstat -antuc"), windowsToNetTools("-an", "1").commands());
        assertEquals(List.of("watch -n 5 'ss -antu'"), windowsToSs("-an", "5").commands());
        assertEquals(List.of("netstat -n 1"), netToolsToWindows("-tnc").commands());
        assertEquals(List.of("netstat -n 7"), netToolsToWindows("-tn", "7").commands());
    }

    @Test
    void invalidCommandLinesSaySo() {
        var e = assertThrows(UntranslatableException.class, () -> NetToolsReading.read(List.of("-b")));
        assertEquals("net-tools netstat rejects this (netstat: invalid option -- 'b')", e.getMessage());
        assertThrows(UntranslatableException.class, () -> WindowsReading.read(List.of("-tulpn")));
        assertThrows(UntranslatableException.class, () -> NetToolsReading.read(List.of("-A", "ipx")));
    }

    @Test
    void longOptionsAndAbbreviationsAreRead() throws Exception {
        assertEquals(List.of("netstat -ano | findstr \"LISTENING UDP\""),
                netToolsToWindows("--tcp", "--udp", "--listen", "--numeric", "--programs").commands());
        assertEquals(List.of("netstat -n -p TCPv6"), netToolsToWindows("--protocol=inet6", "-tn").commands());
    }

    @Test
    void explainPrintsMeaningBothTargetsAndTheOtherReading() {
        assertEquals(List.of(
                "net-tools netstat -ano means: TCP, UDP, raw, UDP-Lite and UNIX domain sockets; listeners and "
                        + "connections; numeric addresses and ports; socket timers",
                "  netstat.exe:  netstat -an",
                "                - " + Term.UDP.note(),
                "                - " + Term.RAW.note(),
                "                - " + Term.UDPLITE.note(),
                "                - " + Term.UNIX.note(),
                "                - " + Term.TIMERS.note(),
                "  iproute2:     ss -antuwxo",
                "                - " + Term.UDPLITE.note(),
                "If these are netstat.exe options: netstatx --translate --dialect windows -ano"),
                Translation.explain(DialectId.LINUX, List.of("-ano")));
        List<String> win = Translation.explain(DialectId.WINDOWS, List.of("/ano"));
        assertEquals("netstat.exe /ano means: TCP and UDP sockets; listeners and connections; numeric addresses and "
                + "ports; owning process id", win.get(0));
        assertEquals("  net-tools:    netstat -antup", win.get(1));
        assertEquals(List.of("netstat.exe -tulpn: netstat.exe would print its usage text for this (unknown option "
                + "'u' in -tulpn)", "If these are net-tools options: netstatx --translate --dialect linux -tulpn"),
                Translation.explain(DialectId.WINDOWS, List.of("-tulpn")));
    }

    @Test
    void theTableHasARowForEveryTerm() {
        List<String> table = Translation.table();
        for (Term t : Term.values()) {
            assertTrue(table.stream().anyMatch(l -> l.startsWith(t.meaning())), t.name());
        }
        assertTrue(table.contains(String.format("%-32s %-28s %-20s %s", "owning process id", "-o", "-p", "-p")));
    }
}
