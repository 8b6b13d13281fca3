package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code netstat -v} blocks, on the real AIX block of {@code aix/samples/entstat-en0.ohai.txt} and on variants. */
class NetstatVParserTest {

    private static final String SAMPLE = RecordedCommandRunner.sample("entstat-en0.ohai.txt");

    @Test
    void theGeneralSectionsOfTheRealBlockAreModelled() {
        ParsedOutput<AdapterStatistics> p = NetstatVParser.parse(SAMPLE);
        assertEquals(1, p.items().size());
        AdapterStatistics s = p.items().get(0);
        assertEquals("62:c5:1c:3a:5d:03", s.hardwareAddress());
        assertEquals("en0", s.adapterName());
        assertEquals("ETHERNET", s.kind());
        assertEquals("Virtual I/O Ethernet Adapter (l-lan)", s.deviceType());
        assertEquals(Duration.ofDays(141).plusHours(2).plusMinutes(15).plusSeconds(31), s.elapsed());
        InterfaceCounters c = s.counters();
        assertEquals(34322371L, c.txPackets());
        assertEquals(116444596L, c.rxPackets());
        assertEquals(2746892822L, c.txBytes());
        assertEquals(122798204927L, c.rxBytes());
        assertEquals(0L, c.txErrors());
        assertEquals(0L, c.rxErrors());
        assertEquals(0L, c.txDropped());
        assertEquals(0L, c.rxDropped());
        assertEquals(0L, c.rxMulticast());
        assertNull(c.collisions(), "the driver's collision lines are not the interface's collisions");
        assertEquals(11L, s.txBroadcast());
        assertEquals(25084677L, s.rxBroadcast());
        assertEquals(2L, s.txMulticast());
        assertEquals(20000L, s.dataRateMbps());
        assertEquals(List.of("Virtual I/O Ethernet Adapter (l-lan) Specific Statistics"), s.unmodelledSections());
    }

    @Test
    void theDeviceSpecificSectionIsNamedInOneNoteAndNothingElseIsReported() {
        List<Diagnostic> d = NetstatVParser.parse(SAMPLE).diagnostics();
        assertEquals(1, d.size(), d.toString());
        assertEquals(Severity.INFO, d.get(0).severity());
        assertTrue(d.get(0).message().contains("Specific Statistics"), d.get(0).message());
    }

    @Test
    void aRealNetstatVBlockOfAVirtualTrunkAdapter() {
        ParsedOutput<AdapterStatistics> p = NetstatVParser.parse(RecordedCommandRunner.sample(
                "netstat-v.snapper-vioent.txt"));
        AdapterStatistics s = p.items().get(0);
        assertEquals("ent4", s.adapterName());
        assertEquals("0a:94:38:bd:2b:0c", s.hardwareAddress());
        assertNull(s.elapsed(), "the block has no Elapsed Time line");
        assertEquals(38487896717L, s.counters().txPackets());
        assertEquals(58363966969519L, s.counters().rxBytes());
        assertEquals(312738086L, s.counters().txErrors());
        assertEquals(312738102L, s.counters().txDropped());
        assertEquals(311828256L, s.txBroadcast());
        assertEquals(68831L, s.counters().rxMulticast());
        assertEquals(20000L, s.dataRateMbps());
        // Driver Flags wrap onto tab-indented lines; nothing but the device-specific note is reported.
        assertEquals(List.of(Diagnostic.Code.CAPABILITY_UNSUPPORTED),
                p.diagnostics().stream().map(Diagnostic::code).toList(), p.diagnostics().toString());
    }

    @Test
    void realBlocksOfOtherDriversParseWithoutAWarning() {
        for (String driver : List.of("vioent", "vlan", "nment", "ethchan", "generic", "sea")) {
            ParsedOutput<AdapterStatistics> p = NetstatVParser.parse(RecordedCommandRunner.sample(
                    "netstat-v.snapper-" + driver + ".txt"));
            assertEquals(1, p.items().size(), driver);
            assertTrue(p.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
                    driver + ": " + p.diagnostics());
            assertTrue(p.items().get(0).counters().txPackets() != null, driver);
        }
    }

    @Test
    void driverVariantsOfTheHeaderAndTheSections() {
        // A VLAN adapter: an empty Device Type, and a second Elapsed Time among the counters that is not the block's.
        AdapterStatistics vlan = NetstatVParser.parse(RecordedCommandRunner.sample("netstat-v.snapper-vlan.txt"))
                .items().get(0);
        assertEquals("", vlan.deviceType());
        assertEquals(Duration.ofHours(19).plusMinutes(55).plusSeconds(41), vlan.elapsed());
        assertEquals(600602L, vlan.counters().txPackets());
        assertEquals(89419L, vlan.txBroadcast());
        // The device type on the line after an empty "Device Type:".
        assertEquals("Qlogic combo Gigabit Ethernet PCI-Express Adapter (e4143a161410a003)",
                NetstatVParser.parse(RecordedCommandRunner.sample("netstat-v.snapper-nment.txt")).items().get(0)
                        .deviceType());
        // Section titles of EtherChannel (between rules of equals signs) and of a driver (a line over a rule).
        assertTrue(NetstatVParser.parse(RecordedCommandRunner.sample("netstat-v.snapper-ethchan.txt")).items().get(0)
                .unmodelledSections().contains("Statistics for every adapter in the EtherChannel"));
        assertTrue(NetstatVParser.parse(RecordedCommandRunner.sample("netstat-v.snapper-generic.txt")).items().get(0)
                .unmodelledSections().contains("PCIe3 4-Port 10GbE SR Adapter"));
    }

    @Test
    void twoBlocksAreTwoAdaptersInOrder() {
        String second = SAMPLE.replace("(en0)", "(ent1)").replace("Packets: 34322371", "Packets: 5       ");
        List<AdapterStatistics> a = NetstatVParser.parse(SAMPLE + second).items();
        assertEquals(List.of("en0", "ent1"), a.stream().map(AdapterStatistics::adapterName).toList());
        assertEquals(5L, a.get(1).counters().txPackets());
        assertEquals(116444596L, a.get(1).counters().rxPackets());
    }

    @Test
    void aCounterThatIsNotANumberIsUnknownAndReported() {
        ParsedOutput<AdapterStatistics> p = NetstatVParser.parse(
                SAMPLE.replace("Bytes: 2746892822   ", "Bytes: lots         "));
        assertNull(p.items().get(0).counters().txBytes());
        assertEquals(122798204927L, p.items().get(0).counters().rxBytes());
        assertTrue(p.diagnostics().stream().anyMatch(x -> x.code() == Diagnostic.Code.MALFORMED_LINES
                && x.message().contains("lots")), p.diagnostics().toString());
    }

    @Test
    void linesBeforeAnyBlockAndUnlabelledLinesInGeneralSectionsAreReported() {
        String text = "netstat: something odd\n" + SAMPLE.replace("No mbuf Errors: 0", "No mbuf Errors 0");
        List<Diagnostic> d = NetstatVParser.parse(text).diagnostics();
        assertTrue(d.stream().anyMatch(x -> x.message().contains("something odd")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.message().contains("No mbuf Errors 0")), d.toString());
    }

    @Test
    void anElapsedTimeOfAnotherShapeIsUnknownAndReported() {
        ParsedOutput<AdapterStatistics> p = NetstatVParser.parse(
                SAMPLE.replace("141 days 2 hours 15 minutes 31 seconds", "forever"));
        assertNull(p.items().get(0).elapsed());
        assertTrue(p.diagnostics().stream().anyMatch(x -> x.message().contains("forever")));
    }
}
