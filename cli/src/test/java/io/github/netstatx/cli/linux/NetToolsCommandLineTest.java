package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.NetToolsSection.GROUPS;
import static io.github.netstatx.cli.linux.NetToolsSection.L2CAP;
import static io.github.netstatx.cli.linux.NetToolsSection.RAW;
import static io.github.netstatx.cli.linux.NetToolsSection.RFCOMM;
import static io.github.netstatx.cli.linux.NetToolsSection.SCTP;
import static io.github.netstatx.cli.linux.NetToolsSection.TCP;
import static io.github.netstatx.cli.linux.NetToolsSection.UDP;
import static io.github.netstatx.cli.linux.NetToolsSection.UDPLITE;
import static io.github.netstatx.cli.linux.NetToolsSection.UNIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** net-tools' option actions and mode rules ({@code netstat.c main}). */
class NetToolsCommandLineTest {

    private static NetToolsCommandLine.Outcome outcome(String... args) {
        return NetToolsCommandLine.parse(List.of(args), Map.of());
    }

    private static NetToolsOptions options(String... args) {
        return assertInstanceOf(NetToolsCommandLine.Run.class, outcome(args)).options();
    }

    @Test
    void aBareFamilySwitchesOnEveryInetProtocolButNotUnix() {
        NetToolsOptions o = options("-4");
        assertEquals(Set.of(TCP, SCTP, UDP, UDPLITE, RAW), o.sections());
        assertTrue(o.inet());
        assertFalse(o.inet6());
        assertTrue(o.implicitProtocols());
        assertFalse(o.lists(UNIX));
    }

    @Test
    void aProtocolWithoutFamilyMeansBothFamilies() {
        NetToolsOptions o = options("-t");
        assertEquals(Set.of(TCP), o.sections());
        assertTrue(o.inet() && o.inet6());
        assertFalse(o.implicitProtocols());
    }

    @Test
    void familiesAddUpInOrder() {
        NetToolsOptions o = options("-A", "inet6,unix");
        assertEquals(Set.of(TCP, SCTP, UDP, UDPLITE, RAW, UNIX), o.sections());
        assertTrue(o.inet6());
        assertFalse(o.inet());
        assertEquals("inet6,unix", o.addressFamilies());
        assertEquals("inet,inet6", options("-4", "--inet6").addressFamilies());
    }

    @Test
    void unixAloneListsOnlyUnix() {
        NetToolsOptions o = options("-x");
        assertEquals(Set.of(UNIX), o.sections());
        assertFalse(o.listsInet());
    }

    @Test
    void nothingSelectedListsEverythingButGroups() {
        NetToolsOptions o = options("-n");
        assertTrue(o.everything());
        assertTrue(o.lists(TCP) && o.lists(UNIX) && o.listsInet());
        assertFalse(o.lists(GROUPS));
    }

    @Test
    void groupsTurnOnBothFamiliesButNoTable() {
        NetToolsOptions o = options("-g");
        assertEquals(Set.of(GROUPS), o.sections());
        assertTrue(o.inet() && o.inet6());
        assertFalse(o.listsInet());
    }

    @Test
    void allWinsOverListening() {
        assertEquals("(servers and established)", options("-la").scopeTitle());
        assertEquals("(only servers)", options("-l").scopeTitle());
        assertEquals("(w/o servers)", options().scopeTitle());
    }

    @Test
    void countsExtend() {
        assertEquals(0, options("-t").extend());
        assertEquals(2, options("-ee").extend());
        assertEquals(3, options("-e", "--extend", "-e").extend());
    }

    @Test
    void numericFlagsAreSeparate() {
        NetToolsOptions n = options("-n");
        assertTrue(n.numericHosts() && n.numericPorts() && n.numericUsers());
        NetToolsOptions h = options("--numeric-hosts");
        assertTrue(h.numericHosts());
        assertFalse(h.numericPorts() || h.numericUsers());
        assertTrue(options("--numeric-u").numericUsers());
    }

    @Test
    void statisticsSwitchOnTheProtocolsAndKeepTheFamilyText() {
        NetToolsOptions o = options("-s", "-x");
        assertEquals(NetToolsMode.STATISTICS, o.mode());
        assertEquals("unix", o.addressFamilies());
        assertTrue(o.sections().containsAll(Set.of(TCP, UDP, RAW)));
    }

    @Test
    void modesAreExclusiveEvenWithThemselves() {
        for (String[] args : List.of(new String[] {"-i", "-r"}, new String[] {"-ii"}, new String[] {"-s", "-M"},
                new String[] {"-r", "--route"})) {
            NetToolsCommandLine.BadUsage bad = assertInstanceOf(NetToolsCommandLine.BadUsage.class, outcome(args));
            assertNull(bad.message());
        }
        assertEquals(NetToolsMode.INTERFACES, options("-gi").mode());
        assertEquals(NetToolsMode.ROUTES, options("-rn").mode());
        assertEquals(NetToolsMode.MASQUERADE, options("-M").mode());
    }

    @Test
    void unknownFamilyEndsTheRunWithOne() {
        NetToolsCommandLine.Failure f = assertInstanceOf(NetToolsCommandLine.Failure.class, outcome("-A", "inet,foo"));
        assertEquals(List.of("Unknown address family `foo'."), f.warnings());
        assertEquals(1, f.status());
        assertEquals(List.of("Unknown address family `'."),
                ((NetToolsCommandLine.Failure) outcome("--protocol=")).warnings());
    }

    @Test
    void onlyTheFirst255BytesOfAFamilyListCountAsInNetTools() {
        // 'inet,' 59 times and 'inet': net-tools keeps 255 bytes, 'inet,' 51 times, whose last name is empty.
        String tooLong = "inet,".repeat(59) + "inet";
        NetToolsCommandLine.Failure f = assertInstanceOf(NetToolsCommandLine.Failure.class, outcome("-A", tooLong));
        assertEquals(List.of("Unknown address family `'."), f.warnings());
        assertEquals(1, f.status());
        // 255 bytes are read whole: 'inet,' 50 times and 'inet6' is a valid list.
        assertInstanceOf(NetToolsCommandLine.Run.class, outcome("-A", "inet,".repeat(50) + "inet6", "-tn"));
    }

    @Test
    void optionsActInTheOrderGiven() {
        assertInstanceOf(NetToolsCommandLine.Version.class, outcome("-V", "-y"));
        assertInstanceOf(NetToolsCommandLine.BadUsage.class, outcome("-y", "-V"));
        assertInstanceOf(NetToolsCommandLine.Help.class, outcome("-h", "--foo"));
        assertInstanceOf(NetToolsCommandLine.Failure.class, outcome("-Z", "-y"));
    }

    @Test
    void selinuxContextIsRefused() {
        NetToolsCommandLine.Failure f = assertInstanceOf(NetToolsCommandLine.Failure.class, outcome("-tZ"));
        assertEquals(List.of("SELinux is not enabled on this machine."), f.warnings());
        assertEquals(1, f.status());
    }

    @Test
    void tcpipLongOptionIsOutsideNetToolsTable() {
        NetToolsCommandLine.Run r = assertInstanceOf(NetToolsCommandLine.Run.class, outcome("--tcpip", "-t"));
        assertEquals(List.of("netstat.c: Internal Error `longopts 1 range'."), r.warnings());
        assertFalse(r.options().families().contains(NetToolsFamily.INET));
        assertTrue(options("-A", "tcpip").inet());
    }

    @Test
    void bluetoothMeansBothBluetoothTables() {
        assertEquals(Set.of(L2CAP, RFCOMM), options("--bluetooth").sections());
        assertEquals(Set.of(L2CAP), options("-2").sections());
    }

    @Test
    void aTrailingNumberIsTheInterval() {
        assertEquals(Duration.ofSeconds(5), options("-tn", "5").interval());
        assertEquals(Duration.ofSeconds(3), options("-c", "3").interval());
        assertEquals(Duration.ofSeconds(1), options("-c").interval());
        assertNull(options("5", "-t").interval());
        assertNull(options("-t", "0").interval());
        assertNull(options("-t", "x5").interval());
        assertNull(options("-A", "inet").interval());
        assertNull(options("-s", "-c").delay());
    }

    @Test
    void posixlyCorrectStopsAtTheFirstWord() {
        NetToolsCommandLine.Outcome o = NetToolsCommandLine.parse(List.of("1", "-x"), Map.of("POSIXLY_CORRECT", ""));
        NetToolsOptions opts = assertInstanceOf(NetToolsCommandLine.Run.class, o).options();
        assertTrue(opts.everything());
        assertNull(opts.delay(), "the trailing word is -x, not a number");
    }
}
