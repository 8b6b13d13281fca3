package io.github.netstatx.backend.macos.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.StatsWriter;
import io.github.netstatx.backend.macos.fixtures.XnuLayout;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.StatisticsCounter;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every statistics struct of every release, encoded from the layouts recorded for the tests (an independent copy
 * of clang's numbers), decodes with the backend's table to the same value under every field's name.
 */
class ProtocolStatsDecoderTest {

    private static final XnuStatsLayouts LAYOUTS = XnuStatsLayouts.load();
    private static final List<String> STRUCTS = List.of("tcpstat", "udpstat", "ipstat", "icmpstat", "ip6stat",
            "icmp6stat");

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyFieldOfEveryStructDecodes(Release r) throws MalformedSysctlException {
        XnuLayout l = r.layout();
        for (String struct : STRUCTS) {
            Map<String, Long> written = StatsWriter.everyField(l, struct);
            ProtocolStatsDecoder.Decoded d = ProtocolStatsDecoder.decode(LAYOUTS, struct,
                    StatsWriter.write(l, struct, written), r.version);
            assertEquals(r.tag, d.tag(), struct);
            assertFalse(d.layoutGuessed());
            Map<String, Long> got = new HashMap<>();
            for (StatisticsCounter c : d.counters()) {
                got.put(c.name(), c.value());
            }
            written.forEach((field, value) -> {
                Long v = got.containsKey(field) ? got.get(field) : got.get(field + "[0]");
                assertEquals(value, v, r.version + " " + struct + "." + field);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = {"MACOS_10_14", "MACOS_13"})
    void tcpstatOf976BytesNeedsTheVersion(Release r) throws MalformedSysctlException {
        // 10.14 and 13 both have a 976-byte tcpstat with different fields: the version decides
        XnuLayout l = r.layout();
        ByteBuffer b = StatsWriter.write(l, "tcpstat", Map.of("tcps_connattempt", 7L));
        assertEquals(976, b.remaining());
        assertEquals(r.tag, ProtocolStatsDecoder.decode(LAYOUTS, "tcpstat", b, r.version).tag());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_12")
    void aLengthThatDoesNotFitTheVersionPicksTheLayoutByLength(Release r) throws MalformedSysctlException {
        ByteBuffer b = StatsWriter.write(Release.MACOS_15_4.layout(), "ipstat", Map.of("ips_total", 9L));
        ProtocolStatsDecoder.Decoded d = ProtocolStatsDecoder.decode(LAYOUTS, "ipstat", b, r.version);
        assertTrue(d.layoutGuessed());
        assertEquals(196, b.remaining());
        assertEquals(9L, d.counters().get(0).value());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_15_4")
    void aShortOrUnknownLengthIsMalformedAndALongerOneReadsTheKnownPrefix(Release r) throws Exception {
        assertThrows(MalformedSysctlException.class,
                () -> ProtocolStatsDecoder.decode(LAYOUTS, "udpstat", ByteBuffer.allocate(87), r.version));
        ProtocolStatsDecoder.Decoded d = ProtocolStatsDecoder.decode(LAYOUTS, "udpstat", ByteBuffer.allocate(96),
                "26.1");
        assertEquals(22, d.counters().size(), "a future udpstat with more counters: the 22 known ones");
    }
}
