package io.github.netstatx.cli.windows;

import static io.github.netstatx.cli.windows.WindowsFlag.ALL;
import static io.github.netstatx.cli.windows.WindowsFlag.BOUND;
import static io.github.netstatx.cli.windows.WindowsFlag.EXECUTABLES;
import static io.github.netstatx.cli.windows.WindowsFlag.NUMERIC;
import static io.github.netstatx.cli.windows.WindowsFlag.OFFLOAD_STATE;
import static io.github.netstatx.cli.windows.WindowsFlag.PIDS;
import static io.github.netstatx.cli.windows.WindowsFlag.STATISTICS;
import static io.github.netstatx.cli.windows.WindowsFlag.TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowsGrammarTest {

    private static WindowsOptions options(String... args) {
        WindowsGrammar.Parsed p = WindowsGrammar.parse(List.of(args));
        return assertInstanceOf(WindowsGrammar.Listing.class, p, () -> "expected a listing for " + List.of(args)
                + " but got " + p).options();
    }

    private static String usage(String... args) {
        return assertInstanceOf(WindowsGrammar.Usage.class, WindowsGrammar.parse(List.of(args))).reason();
    }

    @Test
    void clustersWithEitherPrefixAndAnyCase() {
        EnumSet<WindowsFlag> ano = EnumSet.of(ALL, NUMERIC, PIDS);
        for (String[] spelling : new String[][] {{"-ano"}, {"/ano"}, {"-a", "-n", "-o"}, {"/a", "/n", "/o"},
            {"-ANO"}, {"/nAo"}, {"-a", "/no"}, {"-oan"}}) {
            assertEquals(ano, options(spelling).flags(), List.of(spelling).toString());
        }
        assertEquals(EnumSet.of(ALL, EXECUTABLES, NUMERIC, PIDS), options("-abno").flags());
        assertEquals(EnumSet.of(NUMERIC, ALL, OFFLOAD_STATE), options("/nat").flags());
        assertEquals(EnumSet.of(ALL, NUMERIC, PIDS, BOUND), options("-anoq").flags());
    }

    @Test
    void repeatedLettersAreHarmless() {
        assertEquals(EnumSet.of(ALL, NUMERIC), options("-aan", "-n").flags());
    }

    @Test
    void protocolTakesTheNextWordEvenInsideACluster() {
        assertEquals(Optional.of(WindowsProtocol.TCP), options("-anp", "tcp").protocol());
        assertEquals(EnumSet.of(ALL, NUMERIC), options("-anp", "tcp").flags());
        assertEquals(Optional.of(WindowsProtocol.TCPV6), options("-p", "TCPv6", "-a").protocol());
        assertEquals(Optional.of(WindowsProtocol.UDPV6), options("/P", "uDpV6").protocol());
        assertEquals(Optional.of(WindowsProtocol.UDP), options("-pa", "udp").protocol(), "letters after p still count");
        assertEquals(EnumSet.of(ALL), options("-pa", "udp").flags());
        assertEquals(Optional.of(WindowsProtocol.UDP), options("-p", "tcp", "-p", "udp").protocol(), "the last wins");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IP", "ipv6", "ICMP", "icmpv6", "TCP", "TCPv6", "UDP", "UDPv6"})
    void statisticsTakeAllEightProtocols(String proto) {
        WindowsOptions o = options("-s", "-p", proto);
        assertTrue(o.has(STATISTICS));
        assertEquals(proto.toUpperCase(), o.protocol().orElseThrow().spelling().toUpperCase());
    }

    @Test
    void statisticsOnlyProtocolsNeedS() {
        assertEquals("-p IP needs -s", usage("-p", "ip"));
        assertEquals("-p ICMPv6 needs -s", usage("-an", "-p", "icmpv6"));
    }

    @Test
    void badProtocolsAndMissingOnesAreUsage() {
        assertEquals("unknown protocol 'sctp' for -p (TCP, UDP, TCPv6 or UDPv6; with -s also IP, IPv6, ICMP or ICMPv6)",
                usage("-p", "sctp"));
        assertEquals("-p needs a protocol", usage("-an", "-p"));
        assertEquals("-p needs a protocol", usage("-anp"));
    }

    @Test
    void trailingNumberIsTheInterval() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), options("-ano", "5").interval());
        assertEquals(Optional.of(Duration.ofSeconds(30)), options("30", "-n").interval());
        assertEquals(Optional.empty(), options("-n").interval());
        assertEquals(Optional.empty(), options("-n", "0").interval(), "0 prints once");
        assertEquals("a second interval: 2", usage("-n", "1", "2"));
        assertEquals("unexpected argument 1234567890", usage("1234567890"));
        assertEquals("unknown option '5' in -5", usage("-5"), "a negative interval is an option letter");
    }

    @Test
    void yMustStandAlone() {
        assertEquals(EnumSet.of(TEMPLATE), options("-y").flags());
        assertEquals(EnumSet.of(TEMPLATE), options("/Y").flags());
        assertEquals(Optional.of(Duration.ofSeconds(2)), options("-y", "2").interval(), "an interval is not an option");
        assertEquals("-y cannot be combined with other options", usage("-yn"));
        assertEquals("-y cannot be combined with other options", usage("-y", "-a"));
        assertEquals("-y cannot be combined with other options", usage("-y", "-p", "tcp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-l", "-tulpn", "/h", "-", "/", "-c", "-d", "-v", "foo", "|", "-a-", "-a/n"})
    void anythingElseIsUsage(String arg) {
        usage(arg);
    }

    @Test
    void questionMarkIsUsageEvenInACluster() {
        assertEquals("help requested", usage("/?"));
        assertEquals("help requested", usage("-?"));
        assertEquals("help requested", usage("-an?"));
    }

    @Test
    void doubleDashHelpExplainsNetstatx() {
        assertInstanceOf(WindowsGrammar.NetstatxHelp.class, WindowsGrammar.parse(List.of("-an", "--help")));
        assertInstanceOf(WindowsGrammar.Usage.class, WindowsGrammar.parse(List.of("--version")));
    }
}
