package io.github.netstatx.backend.windows.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.OffloadState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hand-made buffers for what a capture rarely shows: junk in port bits, zones, empty and short tables. */
class DecoderEdgeCasesTest {

    private static final List<Function<ByteBuffer, ?>> ALL_TABLE_DECODERS = List.of(
            TcpTableOwnerPidDecoder::decode, Tcp6TableOwnerPidDecoder::decode, TcpTableOwnerModuleDecoder::decode,
            Tcp6TableOwnerModuleDecoder::decode, UdpTableOwnerPidDecoder::decode, Udp6TableOwnerPidDecoder::decode,
            UdpTableOwnerModuleDecoder::decode, Udp6TableOwnerModuleDecoder::decode,
            b -> TcpTable2Decoder.decode(AddressFamily.IPV4, b), b -> TcpTable2Decoder.decode(AddressFamily.IPV6, b),
            IfTable2Decoder::decode, IpForwardTable2Decoder::decode, IpInterfaceTableDecoder::decode);

    @Test
    void portsComeFromTheLowSixteenBitsInNetworkOrder() {
        ByteBuffer b = LeBytes.table(1, 4, 24).u32(4 + 0, 2).ipv4(4 + 4, 10, 0, 0, 7).port(4 + 8, 8080, 0xBEEF)
                .ipv4(4 + 12, 0, 0, 0, 0).port(4 + 16, 0, 0xFFFF).u32(4 + 20, 4242).buffer();
        SocketRow r = TcpTableOwnerPidDecoder.decode(b).get(0);
        assertEquals(8080, r.local().port());
        assertEquals(0, r.remote().port());
        assertEquals("10.0.0.7", r.local().address().getHostAddress());
        assertEquals(4242, r.pid());
        assertEquals(2, r.mibState());
    }

    @Test
    void linkLocalAddressesKeepTheirScopeIdAndLoopbackDoesNot() throws Exception {
        byte[] fe80 = InetAddress.getByName("fe80::1").getAddress();
        byte[] loop = InetAddress.getByName("::1").getAddress();
        ByteBuffer b = LeBytes.table(2, 4, 28)
                .bytes(4, fe80).u32(4 + 16, 12).port(4 + 20, 5353, 0x1234).u32(4 + 24, 8)
                .bytes(32, loop).u32(32 + 16, 0x1000).port(32 + 20, 53, 0).buffer();
        List<SocketRow> rows = Udp6TableOwnerPidDecoder.decode(b);
        Inet6Address ll = (Inet6Address) rows.get(0).local().address();
        assertEquals(12, ll.getScopeId());
        assertEquals(5353, rows.get(0).local().port());
        assertEquals(Integer.valueOf(12), rows.get(0).local().scopeId());
        assertNull(rows.get(1).local().scopeId(), "Wine's 0x1000 on ::1 is not a zone");
        assertTrue(rows.get(0).remote().isUnspecifiedAddress(), "UDP rows have no remote side");
    }

    @Test
    void ipv4MappedAddressesInIpv6TablesBecomeIpv4Literals() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
        ByteBuffer b = LeBytes.table(1, 4, 56).bytes(4, mapped).port(4 + 20, 80, 0).bytes(4 + 24, mapped)
                .port(4 + 44, 50000, 0).u32(4 + 48, 5).buffer();
        SocketRow r = Tcp6TableOwnerPidDecoder.decode(b).get(0);
        assertEquals("127.0.0.1", r.local().address().getHostAddress());
        assertEquals(AddressFamily.IPV6, r.family());
    }

    @Test
    void udpModuleRowsSkipTheirHiddenPadding() {
        long filetime = 133_485_408_000_000_000L; // 2024-01-01T00:00:00Z
        ByteBuffer b = LeBytes.table(1, 8, 160).ipv4(8, 127, 0, 0, 1).port(8 + 4, 7004, 0).u32(8 + 8, 77)
                .u32(8 + 12, 0xDEADBEEFL).u64(8 + 16, filetime).u32(8 + 24, 1).u32(8 + 28, 0xDEADBEEFL).buffer();
        SocketRow r = UdpTableOwnerModuleDecoder.decode(b).get(0);
        assertEquals(77, r.pid());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), r.createdAt());
        assertEquals(160, r.rawRow().remaining(), "the whole row is kept for GetOwnerModuleFromUdpEntry");
    }

    @Test
    void ownerModuleTimestampsOfZeroMeanUnknown() {
        ByteBuffer b = LeBytes.table(1, 8, 192).u32(8 + 48, 2).buffer();
        assertNull(Tcp6TableOwnerModuleDecoder.decode(b).get(0).createdAt());
    }

    @Test
    void offloadStatesMapAndUnknownValuesAreNull() {
        ByteBuffer b = LeBytes.table(2, 4, 28).u32(4, 5).u32(4 + 24, 2).u32(32, 5).u32(32 + 24, 7).buffer();
        List<SocketRow> rows = TcpTable2Decoder.decode(AddressFamily.IPV4, b);
        assertEquals(OffloadState.OFFLOADED, rows.get(0).offload());
        assertNull(rows.get(1).offload());
    }

    @Test
    void emptyTablesDecodeToNothing() {
        for (Function<ByteBuffer, ?> d : ALL_TABLE_DECODERS) {
            assertEquals(List.of(), d.apply(LeBytes.of(4).buffer()), "4-byte empty table");
            assertEquals(List.of(), d.apply(LeBytes.of(8).buffer()), "8-byte empty table");
        }
    }

    @Test
    void truncatedTablesFailWithTheStructureAndTheSizes() {
        ByteBuffer b = LeBytes.table(3, 4, 24).truncated(4 + 2 * 24);
        MalformedBufferException e = assertThrows(MalformedBufferException.class,
                () -> TcpTableOwnerPidDecoder.decode(b));
        assertEquals("MIB_TCPTABLE_OWNER_PID: 3 rows of 24 bytes from offset 4 needs 76 bytes but the buffer "
                + "holds 52", e.getMessage());
        for (Function<ByteBuffer, ?> d : ALL_TABLE_DECODERS) {
            MalformedBufferException header = assertThrows(MalformedBufferException.class,
                    () -> d.apply(LeBytes.of(3).buffer()));
            assertTrue(header.getMessage().contains("NumEntries header needs 4 bytes but the buffer holds 3"),
                    header.getMessage());
            MalformedBufferException rows = assertThrows(MalformedBufferException.class,
                    () -> d.apply(LeBytes.of(12).u32(0, 1).buffer()));
            assertTrue(rows.getMessage().contains("1 rows of"), rows.getMessage());
        }
    }

    @Test
    void anAbsurdRowCountIsAClearErrorNotAnAllocation() {
        MalformedBufferException e = assertThrows(MalformedBufferException.class,
                () -> IfTable2Decoder.decode(LeBytes.of(8).u32(0, 0xFFFF_FFFFL).buffer()));
        assertTrue(e.getMessage().contains("4294967295 rows of 1352 bytes"), e.getMessage());
    }

    @Test
    void statisticsStructuresMustBeWhole() {
        MalformedBufferException e = assertThrows(MalformedBufferException.class,
                () -> IpStatsDecoder.decode(LeBytes.of(88).buffer()));
        assertEquals("MIB_IPSTATS: the whole structure needs 92 bytes but the buffer holds 88", e.getMessage());
        assertThrows(MalformedBufferException.class, () -> IcmpExDecoder.decode(LeBytes.of(2000).buffer()));
        assertThrows(MalformedBufferException.class, () -> TcpStatsDecoder.decode2(LeBytes.of(60).buffer()));
        assertThrows(MalformedBufferException.class, () -> ProcessEntry32Decoder.decode(LeBytes.of(600).buffer()));
    }

    @Test
    void routeRowsWithAnUnknownFamilyAreRejected() {
        ByteBuffer b = LeBytes.table(1, 8, 104).u16(8 + 12, 99).buffer();
        MalformedBufferException e = assertThrows(MalformedBufferException.class,
                () -> IpForwardTable2Decoder.decode(b));
        assertTrue(e.getMessage().contains("si_family is 99"), e.getMessage());
    }

    @Test
    void routeRowsReadOnlyTheBytesOfTheirFamily() throws Exception {
        byte[] v6 = InetAddress.getByName("fe80::").getAddress();
        ByteBuffer b = LeBytes.table(1, 8, 104).u32(8 + 8, 9).u16(8 + 12, 23).bytes(8 + 12 + 8, v6)
                .u32(8 + 12 + 24, 9).u8(8 + 12 + 28, 64).u16(8 + 44, 23).u32(8 + 84, 256).buffer();
        IpForwardRow2 r = IpForwardTable2Decoder.decode(b).get(0);
        assertTrue(r.ipv6());
        assertEquals(64, r.prefixLength());
        assertEquals(9, ((Inet6Address) r.destination()).getScopeId());
        assertTrue(r.nextHop().isAnyLocalAddress());
        assertEquals(256, r.metric());
    }

    @Test
    void interfaceRowsCarryNamesMacsAndFilterBits() {
        int at = 8;
        ByteBuffer b = LeBytes.table(1, 8, 1352).u32(at + 8, 7).wchars(at + 28, "Ethernet")
                .wchars(at + 542, "Intel(R) Ethernet-WFP Native MAC Layer LightWeight Filter-0000")
                .u32(at + 1056, 6).bytes(at + 1060, (byte) 0, (byte) 0x15, (byte) 0x5d, (byte) 1, (byte) 2, (byte) 3)
                .u32(at + 1128, 6).u8(at + 1152, 0x02).u32(at + 1156, 1).u64(at + 1208, -2L).buffer();
        IfRow2 r = IfTable2Decoder.decode(b).get(0);
        assertEquals("Ethernet", r.alias());
        assertEquals(6, r.physicalAddress().length);
        assertTrue(r.isFilterInterface());
        assertEquals("18446744073709551614", Long.toUnsignedString(r.inOctets()), "unsigned 64-bit counters");
        assertFalse(IfTable2Decoder.decode(LeBytes.table(1, 8, 1352).u8(at + 1152, 0x05).buffer()).get(0)
                .isFilterInterface(), "hardware + connector present, as Wine reports NICs");
    }

    @Test
    void ownerModuleStringsAreFoundThroughTheCallsBaseAddress() {
        long base = 0x7ff6_1234_0000L;
        ByteBuffer b = LeBytes.of(16 + 12 + 64).u64(0, base + 16).u64(8, base + 28).wchars(16, "RpcSs")
                .wchars(28, "C:\\Windows\\system32\\svchost.exe").buffer();
        OwnerModuleBasicInfoDecoder.OwnerModule m = OwnerModuleBasicInfoDecoder.decode(b, base);
        assertEquals("RpcSs", m.name());
        assertEquals("C:\\Windows\\system32\\svchost.exe", m.path());
        MalformedBufferException e = assertThrows(MalformedBufferException.class,
                () -> OwnerModuleBasicInfoDecoder.decode(b, base - 4096));
        assertTrue(e.getMessage().contains("pModuleName points 4112 bytes"), e.getMessage());
    }

    @Test
    void unpairedSurrogatesInNamesSurviveUnchanged() {
        ByteBuffer b = LeBytes.of(568).u32(0, 568).u32(8, 4).wchars(44, "a\uD800b.exe").buffer();
        assertEquals("a\uD800b.exe", ProcessEntry32Decoder.decode(b).get(0).exeFile());
    }
}
