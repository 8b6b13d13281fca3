package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The AIX dialect reproduces real AIX outputs byte for byte from the model: each recorded output is
 * parsed by backend-aix, and the dialect renders the parsed model back (provenance of every output in
 * backend-aix's {@code aix/PROVENANCE.md}).
 */
class AixDialectRealOutputTest {

    private static CommandRun aix(RecordedAixHost host, String... args) {
        return CommandRun.run(List.of(host), Map.of(), "AIX", false, args);
    }

    @Test
    void routesOfTheGccFarmHostIpv4() {
        String real = RecordedAixHost.sample("netstat-rnf-inet.oshi.txt");
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -rn", real)), "-rn", "-f", "inet");
        assertEquals("", r.err());
        assertEquals(real, r.out());
        assertEquals(0, r.status());
    }

    @Test
    void routesOfTheGccFarmHostIpv6() {
        String real = RecordedAixHost.sample("netstat-rnf-inet6.oshi.txt");
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -rn", real)), "-rnf", "inet6");
        assertEquals("", r.err());
        assertEquals(real, r.out());
    }

    @Test
    void socketsOfAnAix73Host() {
        String real = RecordedAixHost.sample("netstat-Aan.gopsutil.txt");
        RecordedAixHost host = new RecordedAixHost(Map.of("netstat -Aan", real));
        CommandRun r = aix(host, "-Aan");
        assertEquals("", r.err());
        assertEquals(real, r.out());
        assertEquals(0, r.status());
        // -f unix: the UNIX-domain section alone; -f inet: the Internet section alone, whose plain
        // tcp/udp sockets serve both families.
        String unix = real.substring(real.indexOf("Active UNIX domain sockets"));
        assertEquals(unix, aix(host, "-Aan", "-f", "unix").out());
        String inet = real.substring(0, real.indexOf("\nActive UNIX domain sockets"));
        String v4 = inet.lines().filter(l -> !l.contains(" tcp6 ")).map(l -> l + "\n").collect(Collectors.joining());
        assertEquals(v4, aix(host, "-Aanf", "inet").out());
        String v6 = inet.lines().filter(l -> !l.contains(" tcp4 ")).map(l -> l + "\n").collect(Collectors.joining());
        assertEquals(v6, aix(host, "-Aan", "-finet6").out());
    }

    @Test
    void unixSocketsOfAnOlderAixHost() {
        // Its Internet section has the older 18-character address columns, which the dialect does not
        // print (it cannot know the host's level from the model); its UNIX section has the same layout.
        String real = RecordedAixHost.sample("netstat-Aan.groovy-aix.txt");
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -Aan", real)), "-Aan", "-f", "unix");
        assertEquals(real.substring(real.indexOf("Active UNIX domain sockets")), r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        // Asked for Internet sockets, the rows whose ports netstat may have cut are named on stderr.
        CommandRun inet = aix(new RecordedAixHost(Map.of("netstat -Aan", real)), "-Aan", "-f", "inet");
        assertTrue(inet.err().contains("192.168.9.230.3277 192.168.9.230.702"), inet.err());
    }

    @Test
    void socketRowOfAnAix7Host() {
        String row = "f1000e0000180bb8 tcp4       0      0  *.1334                *.*                   LISTEN";
        String recorded = "Active Internet connections (including servers)\n"
                + "PCB/ADDR         Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)\n"
                + row + "\n";
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -Aan", recorded)), "-Aan");
        assertEquals("", r.err());
        assertEquals(recorded, r.out());
        // Without -a the listener is not shown; without -A there is no PCB column.
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)"),
                aix(new RecordedAixHost(Map.of("netstat -Aan", recorded)), "-n").out().lines().toList());
    }

    @Test
    void interfaceLinkRowOfCpythonsAixHost() {
        String real = RecordedAixHost.sample("netstat-ian.cpython.txt");
        List<String> lines = real.lines().toList();
        String linkOnly = lines.get(0) + "\n" + lines.get(1) + "\n";
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -ian", linkOnly)), "-in");
        assertEquals("", r.err());
        assertEquals(linkOnly, r.out());
    }

    @Test
    void statisticsOfAProductionAixHost() {
        String real = RecordedAixHost.sample("netstat-s.bgera.txt");
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -s", real)), "-s");
        assertEquals("", r.err());
        assertEquals(real, r.out());
        assertEquals(0, r.status());
    }

    @Test
    void oneProtocolsStatisticsAreItsSectionOfTheRecording() {
        String real = RecordedAixHost.sample("netstat-s.bgera.txt");
        RecordedAixHost host = new RecordedAixHost(Map.of("netstat -s", real));
        for (String proto : List.of("icmp", "igmp", "tcp", "udp", "ip", "icmpv6")) {
            String section = section(real, proto);
            assertEquals(section, aix(host, "-p", proto).out(), proto);
            assertEquals(section, aix(host, "-s", "-p" + proto).out(), proto);
        }
        // -ss: the same lines without those whose numbers are all zero.
        List<String> nonZero = aix(host, "-ss", "-p", "udp").out().lines().toList();
        assertEquals(List.of("udp:", "\t1225766753 datagrams received", "\t4069894 dropped due to no socket",
                "\t2573886 broadcast/multicast datagrams dropped due to no socket", "\t574 socket buffer overflows",
                "\t1219122399 delivered", "\t3600198959 datagrams output"), nonZero);
        CommandRun bad = aix(host, "-p", "sctp");
        assertEquals(1, bad.status());
        assertEquals("netstat: sctp: unknown or uninstrumented protocol\n", bad.err());
    }

    /** The lines of the recording from {@code proto:} to the next section title (without it). */
    private static String section(String real, String proto) {
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (String line : real.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("\t")) {
                in = line.equals(proto + ":");
            }
            if (in && !line.isEmpty()) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void jsonOfAnAixHostIsSchemaValid() {
        for (List<String> args : List.of(List.of("--json", "-Aan"), List.of("--json", "-rn"),
                List.of("--json", "-ian"), List.of("--json", "-s"))) {
            CommandRun r = aix(RecordedAixHost.quotedRows(), args.toArray(String[]::new));
            assertEquals(0, r.status(), args + ": " + r.err());
            ContractSchema.assertValid(r.out(), "AIX " + args);
        }
        CommandRun sockets = aix(RecordedAixHost.quotedRows(), "--json", "-Aan");
        assertTrue(sockets.out().contains("\"pcb_address\":\"f1000e0000180bb8\""), sockets.out());
        CommandRun routes = aix(RecordedAixHost.quotedRows(), "--json", "-rn");
        assertTrue(routes.out().contains("\"duplicate_key\""), routes.out());
    }
}
