package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.windows.decode.LeBytes;
import io.github.netstatx.backend.windows.decode.MalformedBufferException;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressRow;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressTableDecoder;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Snapshot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GetUnicastIpAddressTable}: the decoder on the buffer Wine filled in a namespace with only {@code lo} up
 * ({@code fixtures/wine-unicast/provenance.txt}), and the backend putting the addresses on their interfaces.
 */
class UnicastAddressesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);

    private static ByteBuffer recorded() throws Exception {
        Path file = Path.of(UnicastAddressesTest.class.getResource("/fixtures/wine-unicast/unicast_address_table.bin")
                .toURI());
        return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void wineRecordingDecodesToTheLoopbackAddresses() throws Exception {
        List<UnicastIpAddressRow> rows = UnicastIpAddressTableDecoder.decode(recorded());
        assertEquals(2, rows.size());
        assertEquals("127.0.0.1", rows.get(0).address().getHostAddress());
        assertEquals(8, rows.get(0).prefixLength());
        assertEquals(1, rows.get(0).interfaceIndex());
        assertEquals(UnicastIpAddressRow.DAD_PREFERRED, rows.get(0).dadState());
        assertEquals("0:0:0:0:0:0:0:1", rows.get(1).address().getHostAddress());
        assertEquals(128, rows.get(1).prefixLength());
        assertEquals(1, rows.get(1).interfaceIndex());
    }

    @Test
    void aTableShorterThanItsRowsIsMalformed() throws Exception {
        ByteBuffer full = recorded();
        ByteBuffer cut = ByteBuffer.wrap(full.array(), 0, full.capacity() - 1).slice().order(ByteOrder.LITTLE_ENDIAN);
        assertThrows(MalformedBufferException.class, () -> UnicastIpAddressTableDecoder.decode(cut));
    }

    @Test
    void anUnknownAddressFamilyIsMalformed() {
        ByteBuffer b = LeBytes.table(1, 8, UnicastIpAddressTableDecoder.ROW_SIZE).u32(8, 99).buffer();
        assertThrows(MalformedBufferException.class, () -> UnicastIpAddressTableDecoder.decode(b));
    }

    @Test
    void theBackendPutsEachAddressOnItsInterface() throws Exception {
        FixtureIpHelperSource src = Fixtures.wine("wine-unicast");
        try (WindowsBackend backend = new WindowsBackend("windows-iphlpapi", src, null, CLOCK)) {
            Snapshot<NetInterface> s = backend.interfaces();
            NetInterface lo = s.items().stream().filter(i -> i.index() == 1).findFirst().orElseThrow();
            assertEquals(List.of("127.0.0.1/8", "0:0:0:0:0:0:0:1/128"),
                    lo.addresses().stream().map(UnicastAddressesTest::text).toList());
            assertTrue(s.diagnostics().stream().noneMatch(d -> d.source().startsWith("GetUnicastIpAddressTable")));
        }
    }

    @Test
    void withoutTheTableTheAddressesAreUnknownAndSaidSo() throws Exception {
        FixtureIpHelperSource src = Fixtures.wine("wine-host");
        try (WindowsBackend backend = new WindowsBackend("windows-iphlpapi", src, null, CLOCK)) {
            Snapshot<NetInterface> s = backend.interfaces();
            assertTrue(s.items().stream().allMatch(i -> i.addresses().isEmpty()));
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.source().startsWith("GetUnicastIpAddressTable")));
        }
    }

    private static String text(InterfaceAddress a) {
        return a.address().getHostAddress() + "/" + a.prefixLength();
    }
}
