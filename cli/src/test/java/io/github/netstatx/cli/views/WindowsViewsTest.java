package io.github.netstatx.cli.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows-dialect views over the captured namespace {@code fixtures/views/ns1}: the layout goldens (see
 * the capture's PROVENANCE.md) and, independently, the numbers, re-derived from the tree's /proc files.
 */
class WindowsViewsTest {

    private final ViewCapture capture = new ViewCapture("ns1");
    private final ProcNumbers proc = new ProcNumbers(capture.tree().resolve("proc/net"));

    private String windows(String... args) {
        List<String> all = new ArrayList<>(List.of("--dialect", "windows"));
        all.addAll(List.of(args));
        ViewCapture.Result r = capture.run(all);
        assertEquals("", new String(r.stderr(), StandardCharsets.UTF_8));
        assertEquals(0, r.status());
        return new String(r.stdout(), StandardCharsets.UTF_8);
    }

    private String golden(String name) throws IOException {
        return Files.readString(capture.tree().resolveSibling("netstatx-windows").resolve(name + ".out"));
    }

    @Test
    void layoutsAreTheReviewedOnes() throws IOException {
        assertEquals(golden("e"), windows("-e"));
        assertEquals(golden("s"), windows("-s"));
        assertEquals(golden("r"), windows("-r"));
        assertEquals(golden("e-s-p-udpv6"), windows("-e", "-s", "-p", "udpv6"));
    }

    @Test
    void interfaceStatisticsSumTheNonLoopbackCountersOfProc() {
        List<String> lines = windows("-e").lines().toList();
        assertEquals(row("Bytes", proc.devSum(0), proc.devSum(8)), lines.get(4));
        assertEquals(row("Unicast packets", proc.devSum(1) - proc.devSum(7), proc.devSum(9)), lines.get(5));
        assertEquals(row("Non-unicast packets", proc.devSum(7), 0), lines.get(6));
        assertEquals(row("Discards", proc.devSum(3), proc.devSum(11)), lines.get(7));
        assertEquals(row("Errors", proc.devSum(2), proc.devSum(10)), lines.get(8));
    }

    @Test
    void protocolStatisticsCarryTheSnmpCounters() {
        String s = windows("-s");
        assertTrue(s.contains("\n  Packets Received                   = " + proc.snmp("Ip", "InReceives") + "\n"));
        assertTrue(s.contains("\n  Output Requests                    = " + proc.snmp("Ip", "OutRequests") + "\n"));
        assertTrue(s.contains("\n  Packets Received                   = " + proc.snmp6("Ip6InReceives") + "\n"));
        assertTrue(s.contains("\n  Active Opens                        = " + proc.snmp("Tcp", "ActiveOpens") + "\n"));
        assertTrue(s.contains("\n  Segments Received                   = " + proc.snmp("Tcp", "InSegs") + "\n"));
        assertTrue(s.contains("\n  No Ports              = " + proc.snmp("Udp", "NoPorts") + "\n"));
        assertTrue(s.contains("\n  Datagrams Sent        = " + proc.snmp6("Udp6OutDatagrams") + "\n"));
        assertTrue(s.contains("\n  Destination Unreachable   " + pad(proc.snmp("Icmp", "InDestUnreachs"))
                + "  " + pad(proc.snmp("Icmp", "OutDestUnreachs")) + "\n"));
    }

    @Test
    void everyUsableIpv4RouteOfProcIsListed() {
        String r = windows("-r");
        for (String line : proc.routeLines()) {
            String[] f = line.strip().split("\\s+");
            int flags = Integer.parseInt(f[3], 16);
            if ((flags & 0x200) == 0) { // reject routes have no netstat.exe form
                String destination = dotted(f[1]);
                String metric = Long.toString(Long.parseLong(f[6]));
                assertTrue(r.lines().anyMatch(l -> l.startsWith(right(destination, 17)) && l.endsWith(" " + metric)),
                        destination + " metric " + metric + " in\n" + r);
            }
        }
    }

    private static String row(String label, long received, long sent) {
        return String.format("%-21s%14d  %14d", label, received, sent);
    }

    private static String pad(long v) {
        return String.format("%-10d", v);
    }

    private static String right(String s, int width) {
        return String.format("%" + width + "s", s);
    }

    /** A little-endian /proc/net/route address word as a dotted quad. */
    private static String dotted(String hex) {
        long v = Long.parseLong(hex, 16);
        return (v & 0xFF) + "." + (v >> 8 & 0xFF) + "." + (v >> 16 & 0xFF) + "." + (v >> 24 & 0xFF);
    }
}
