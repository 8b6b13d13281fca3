package io.github.netstatx.cli.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.DialectId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --translate} on commands as users paste them (issue 16): a leading tool name, pipes into findstr and
 * grep, ss filter expressions, and the translations that were found wrong.
 */
class PastedCommandTranslationTest {

    /** The commands of one section ("netstatx:", "net-tools:", ...) of the explanation. */
    private static List<String> section(List<String> lines, String label) {
        List<String> commands = new java.util.ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (l.startsWith("  " + label)) {
                in = true;
                commands.add(l.substring(16));
            } else if (in && l.startsWith(" ".repeat(16)) && !l.startsWith(" ".repeat(16) + "- ")) {
                commands.add(l.substring(16));
            } else if (!l.startsWith(" ".repeat(16))) {
                in = false;
            }
        }
        return commands;
    }

    private static List<String> linux(String... args) {
        return Translation.explain(DialectId.LINUX, List.of(args));
    }

    @Test
    void anoIntoFindstrBecomesAPortFilter() {
        List<String> quoted = linux("netstat -ano | findstr :443");
        assertEquals("netstat.exe -ano | findstr :443 means: TCP and UDP sockets; listeners and connections; "
                + "numeric addresses and ports; owning process id; port 443 at either end", quoted.get(0));
        assertEquals(List.of("netstatx /ano --port 443"), section(quoted, "netstatx:"));
        assertEquals(List.of("netstat -antup | grep ':443 '"), section(quoted, "net-tools:"));
        assertEquals(List.of("ss -antup 'sport = :443 or dport = :443'"), section(quoted, "iproute2:"));
        // The same as separate words, as a shell passes it when the pipe is quoted alone.
        assertEquals(quoted, linux("netstat", "-ano", "|", "findstr", ":443"));
        assertTrue(quoted.stream().anyMatch(l -> l.contains("--port is exact")), quoted.toString());
    }

    @Test
    void netstatExeByNameOrPathReadsWindowsOptions() {
        List<String> lines = linux("C:\\Windows\\System32\\NETSTAT.EXE", "-ano");
        assertTrue(lines.get(0).startsWith("netstat.exe -ano means: TCP and UDP sockets"), lines.get(0));
        assertEquals(List.of("netstat -antup"), section(lines, "net-tools:"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("If these are")), "the name settles the dialect");
    }

    @Test
    void findstrListeningIsTheListeners() {
        List<String> lines = linux("netstat.exe -ano | findstr LISTENING");
        assertEquals(List.of("netstatx /ano --state LISTEN"), section(lines, "netstatx:"));
        assertEquals(List.of("netstat -lntp"), section(lines, "net-tools:"), "findstr LISTENING drops UDP rows");
        assertEquals(List.of("ss -lntp"), section(lines, "iproute2:"));
        List<String> idiom = linux("netstat -ano | findstr \"LISTENING UDP\"");
        assertEquals(List.of("netstatx -lntup"), section(idiom, "netstatx:"));
        assertEquals(List.of("netstat -lntup"), section(idiom, "net-tools:"));
    }

    @Test
    void grepAfterNetToolsBecomesFiltersAndFindstr() {
        List<String> lines = linux("netstat -tanp | grep :443");
        assertEquals(List.of("netstatx -tanp --port 443"), section(lines, "netstatx:"));
        assertEquals(List.of("ss -antp 'sport = :443 or dport = :443'"), section(lines, "iproute2:"));
        assertEquals(List.of("netstat -ano -p TCP | findstr /c:\":443 \"", "netstat -ano -p TCPv6 | findstr /c:\":443 \""),
                section(lines, "netstat.exe:"));
        List<String> states = linux("netstat -tan | grep -E 'ESTABLISHED|TIME_WAIT'");
        assertEquals(List.of("netstatx -tan --state ESTABLISHED,TIME_WAIT"), section(states, "netstatx:"));
        assertEquals(List.of("ss -nt state established state time-wait"), section(states, "iproute2:"));
        List<String> program = linux("sudo netstat -tulpn | grep nginx");
        assertEquals(List.of("netstatx -tulpn --program nginx"), section(program, "netstatx:"));
        assertEquals(List.of("ss -lntup | grep '\"nginx\"'"), section(program, "iproute2:"));
        List<String> pid = linux("netstat -ano | findstr 1234");
        assertEquals(List.of("netstatx /ano --pid 1234"), section(pid, "netstatx:"));
        assertEquals(List.of("netstat -antup | grep ' 1234/'"), section(pid, "net-tools:"));
    }

    @Test
    void ssFilterExpressionsAreRead() {
        List<String> lines = linux("ss -tanp 'sport = :443 or dport = :443'");
        assertEquals(List.of("netstatx -antp --port 443"), section(lines, "netstatx:"));
        assertEquals(List.of("netstat -antp | grep ':443 '"), section(lines, "net-tools:"));
        List<String> local = linux("ss", "-tlnp", "( sport = :22 )");
        assertEquals(List.of("netstatx -lntp --local-port 22"), section(local, "netstatx:"));
        List<String> state = linux("ss -tn state established");
        assertEquals(List.of("netstatx -nt --state ESTABLISHED"), section(state, "netstatx:"));
        assertEquals(List.of("netstat -nt | grep -w ESTABLISHED"), section(state, "net-tools:"));
        assertEquals(List.of("netstat -n | findstr ESTABLISHED"), section(state, "netstat.exe:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"netstat -ano | findstr /v :443", "netstat -tan | grep -v LISTEN",
        "netstat -tan | sort", "netstat -tan | grep nginx", "ss -tan 'src 10.0.0.1'", "ss -s",
        "netstat -an | findstr \":443 LISTENING\"", "netstat -rn | grep eth0", "netstat -ano | findstr \"a"})
    void whatHasNoFilterIsRefusedWithTheReason(String pasted) {
        List<String> lines = linux(pasted);
        assertEquals(1, lines.size(), lines.toString());
        assertFalse(lines.get(0).contains(" means: "), lines.get(0));
    }

    @Test
    void ieIsTheIfconfigStyleInterfaceView() throws Exception {
        List<String> lines = linux("-ie");
        assertEquals("net-tools netstat -ie means: interface details, ifconfig style", lines.get(0));
        assertEquals(List.of("ip -s address"), section(lines, "iproute2:"));
        assertEquals(List.of("netstat -e", "ipconfig /all"), section(lines, "netstat.exe:"));
        assertFalse(String.join("\n", lines).contains("inode"), lines.toString());
        assertEquals(List.of("netstat -ie"), NetToolsWriting.write(NetToolsReading.read(List.of("-ie"))).commands());
    }

    @Test
    void routesKeepTheirFamilies() {
        List<String> windows = Translation.explain(DialectId.WINDOWS, List.of("/r"));
        assertEquals(List.of("netstat -rn", "netstat -rn6"), section(windows, "net-tools:"));
        List<String> rn = linux("-rn");
        assertEquals(List.of("ip route"), section(rn, "iproute2:"), "net-tools -r shows the IPv4 table");
        assertEquals(List.of("ip -6 route"), section(linux("-rn6"), "iproute2:"));
        assertEquals(List.of("watch -n 5 'netstat -rn; netstat -rn6'"),
                section(Translation.explain(DialectId.WINDOWS, List.of("/r", "5")), "net-tools:"));
    }

    @Test
    void anIntervalGivesOneRunnableCommand() {
        List<String> lines = linux("-tan", "5");
        assertEquals(List.of("netstat -an 5 | findstr TCP"), section(lines, "netstat.exe:"));
        assertEquals(List.of("watch -n 5 'ss -ant'"), section(lines, "iproute2:"));
        assertEquals(List.of("netstat -an 5 | findstr UDP"), section(linux("-uan", "5"), "netstat.exe:"));
        assertEquals(List.of("watch -n 5 'netstat -antu | grep '\\'':443 '\\'''"),
                section(linux("netstat -an 5 | findstr :443"), "net-tools:"));
    }

    @Test
    void masqueradeIsConntracksSourceNat() {
        List<String> lines = linux("-M");
        assertEquals(List.of("conntrack -L --src-nat"), section(lines, "iproute2:"));
    }
}
