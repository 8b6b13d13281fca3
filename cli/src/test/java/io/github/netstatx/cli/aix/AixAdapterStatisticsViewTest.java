package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import io.github.netstatx.cli.json.DocumentReader;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code -v}: the general sections of a real adapter block ({@code entstat-en0.ohai.txt}, provenance in
 * backend-aix's {@code aix/PROVENANCE.md}) come back byte for byte; other backends' interfaces get the same
 * block with {@code -} for what they do not know.
 */
class AixAdapterStatisticsViewTest {

    /**
     * The lines of the real block the model holds: the header, packets, bytes, errors, drops, broadcast,
     * multicast and the data rate (0-based line numbers of the recording). Not reproduced: Interrupts, Bad
     * Packets, the S/W and H/W queue lines, the carrier/DMA/collision/CRC error lines, No mbuf Errors,
     * Adapter Reset Count, Driver Flags, and the whole device-specific section.
     */
    private static final int[] MODELLED_LINES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 17, 18, 19, 31, 32, 33, 36};

    /** The {@code quoted-rows} scenario's interface listing: cpython's AIX host's en0 link row. */
    private static String en0Listing() {
        try {
            return java.nio.file.Files.readString(RecordedAixHost.FIXTURES.resolve("scenarios/quoted-rows/netstat -ian"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CommandRun aix(RecordedAixHost host, String... args) {
        return CommandRun.run(List.of(host), Map.of(), "AIX", false, args);
    }

    @Test
    void theModelledLinesOfARealAdapterBlockComeBackByteForByte() {
        String real = RecordedAixHost.sample("entstat-en0.ohai.txt");
        List<String> lines = real.lines().toList();
        String expected = IntStream.of(MODELLED_LINES).mapToObj(i -> lines.get(i) + "\n").collect(Collectors.joining());
        // The interface listing has en0, so the block has an interface to go with.
        String ian = en0Listing();
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -ian", ian, "netstat -v", real)), "-v");
        assertEquals(expected, r.out());
        assertEquals(0, r.status());
        // What the view leaves out is named on stderr, not hidden.
        assertTrue(r.err().contains("Virtual I/O Ethernet Adapter (l-lan) Specific Statistics"), r.err());
    }

    @Test
    void aVirtualAdapterBlockWithoutElapsedTimeComesBackWithoutIt() {
        // A real netstat -v block (pedz/Snapper's tests): no rule line and no Elapsed Time in the recording.
        String real = RecordedAixHost.sample("netstat-v.snapper-vioent.txt");
        List<String> lines = real.lines().toList();
        String expected = AixAdapterTable.RULE + "\n" + IntStream.of(0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 16, 17, 18, 30, 31, 32, 35)
                .mapToObj(i -> lines.get(i) + "\n").collect(Collectors.joining());
        // The interface over ent4: a listing written for this test (Snapper recorded no netstat -in).
        String en4 = "Name  Mtu   Network     Address           Ipkts Ierrs    Opkts Oerrs  Coll\n"
                + "en4   1500  link#2      a.94.38.bd.2b.c  1714807956     0 711348489     0     0\n";
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -ian", en4, "netstat -v", real)), "-v");
        assertEquals(expected, r.out());
    }

    @Test
    void withoutNetstatVTheInterfaceListingGivesTheBlockAndTheGapIsNamed() {
        CommandRun r = aix(new RecordedAixHost(Map.of("netstat -ian", en0Listing())), "-v");
        List<String> out = r.out().lines().toList();
        assertEquals("ETHERNET STATISTICS (en0) :", out.get(1));
        assertEquals("Hardware Address: fe:ad:0c:01:23:04", out.get(3));
        assertEquals("Packets: 711348489                            Packets: 1714807956", out.get(8));
        assertEquals("Bytes: -                                      Bytes: -", out.get(9));
        assertTrue(r.err().contains("netstat -v"), r.err());
    }

    @Test
    void jsonCarriesTheAdapterSchemaValidAndReadsBackToTheSameBlock() throws Exception {
        String real = RecordedAixHost.sample("entstat-en0.ohai.txt");
        RecordedAixHost host = new RecordedAixHost(Map.of("netstat -ian", en0Listing(), "netstat -v", real));
        CommandRun json = aix(host, "--json", "-ian");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "AIX --json -ian with netstat -v");
        assertTrue(json.out().contains("\"adapter\":{\"adapter_name\":\"en0\",\"kind\":\"ETHERNET\","
                + "\"device_type\":\"Virtual I/O Ethernet Adapter (l-lan)\",\"hardware_address\":\"62:c5:1c:3a:5d:03\","
                + "\"elapsed_seconds\":12190531,"), json.out());
        assertTrue(json.out().contains("\"tx_broadcast\":11,\"rx_broadcast\":25084677,\"tx_multicast\":2,"
                + "\"data_rate_mbps\":20000,\"unmodelled_sections\":[\"Virtual I/O Ethernet Adapter (l-lan) Specific"
                + " Statistics\"]}"), json.out());
        List<NetInterface> read = new DocumentReader("aix.json").read(json.out().getBytes(StandardCharsets.UTF_8))
                .interfaces().items();
        List<String> lines = real.lines().toList();
        String expected = IntStream.of(MODELLED_LINES).mapToObj(lines::get).collect(Collectors.joining("\n"));
        assertEquals(expected, String.join("\n", new AixAdapterTable().render(read)));
    }

    @Test
    void otherBackendsInterfacesHaveTheSameBlockWithDashesForWhatTheyDoNotKnow() {
        InterfaceCounters linux = new InterfaceCounters(1000L, 10L, 1L, 2L, 0L, 0L, 0L, 3L, null, null, null,
                2000L, 20L, 4L, 5L, 0L, 0L, 0L, 0L, null, null);
        InterfaceCounters windows = new InterfaceCounters(900L, null, 0L, 0L, null, null, null, null, 12L, 3L, 2L,
                800L, null, 0L, 0L, null, null, null, null, 11L, 2L);
        List<NetInterface> interfaces = List.of(
                new NetInterface("lo", 1, null, 65536, null, Set.of(InterfaceFlag.UP, InterfaceFlag.LOOPBACK), null,
                        "00:00:00:00:00:00", 772, null, List.of(), linux, LinkType.LOOPBACK),
                new NetInterface("eth0", 2, null, 1500, null, Set.of(InterfaceFlag.UP), null, "52:54:00:12:34:56", 1,
                        null, List.of(), linux, LinkType.ETHERNET),
                new NetInterface("Ethernet", 6, "Intel(R) 82574L Gigabit Network Connection", 1500, null,
                        Set.of(InterfaceFlag.UP), null, "00:15:5d:01:02:03", 6, null, List.of(), windows),
                new NetInterface("tun0", 7, null, 1400, null, Set.of(InterfaceFlag.UP), null, null, 65534, null,
                        List.of(), null, LinkType.OTHER));
        assertEquals(List.of(
                AixAdapterTable.RULE,
                "ETHERNET STATISTICS (eth0) :",
                "Device Type: -",
                "Hardware Address: 52:54:00:12:34:56",
                "Elapsed Time: -",
                "",
                "Transmit Statistics:                          Receive Statistics:",
                "--------------------                          -------------------",
                "Packets: 20                                   Packets: 10",
                "Bytes: 2000                                   Bytes: 1000",
                "Transmit Errors: 4                            Receive Errors: 1",
                "Packets Dropped: 5                            Packets Dropped: 2",
                "",
                "Broadcast Packets: -                          Broadcast Packets: -",
                "Multicast Packets: -                          Multicast Packets: 3",
                "",
                "General Statistics:",
                "-------------------",
                "Adapter Data Rate: -",
                "",
                AixAdapterTable.RULE,
                "",
                "ETHERNET STATISTICS (Ethernet) :",
                "Device Type: Intel(R) 82574L Gigabit Network Connection",
                "Hardware Address: 00:15:5d:01:02:03",
                "Elapsed Time: -",
                "",
                "Transmit Statistics:                          Receive Statistics:",
                "--------------------                          -------------------",
                "Packets: -                                    Packets: -",
                "Bytes: 800                                    Bytes: 900",
                "Transmit Errors: 0                            Receive Errors: 0",
                "Packets Dropped: 0                            Packets Dropped: 0",
                "",
                "Broadcast Packets: -                          Broadcast Packets: -",
                "Multicast Packets: -                          Multicast Packets: -",
                "",
                "General Statistics:",
                "-------------------",
                "Adapter Data Rate: -"), new AixAdapterTable().render(interfaces));
    }
}
