package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.backend.windows.decode.DwordStructDecoder.Field;
import io.github.netstatx.backend.windows.decode.DwordStructDecoder.Kind;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_UDPSTATS} (20 bytes: dwInDatagrams 0, dwNoPorts 4, dwInErrors 8, dwOutDatagrams 12,
 * dwNumAddrs 16) from {@code GetUdpStatisticsEx(family)}, and {@code MIB_UDPSTATS2} (32 bytes:
 * dw64InDatagrams 0, dwNoPorts 8, dwInErrors 12, dw64OutDatagrams 16, dwNumAddrs 24) from
 * {@code GetUdpStatisticsEx2}. Sample MIB_UDPSTATS (Wine 8.0, IPv4):
 * {@code 00 00 00 00  00 00 00 00  00 00 00 00  00 00 00 00  00 00 00 00}. MIB_UDPSTATS2 is neither in the
 * mingw-w64 headers nor in Wine; its offsets follow the Windows SDK declaration.
 */
public final class UdpStatsDecoder {

    public static final int SIZE = 20;
    public static final int SIZE2 = 32;

    private static final DwordStructDecoder V1 = DwordStructDecoder.consecutiveDwords("MIB_UDPSTATS",
            List.of("dwInDatagrams", "dwNoPorts", "dwInErrors", "dwOutDatagrams", "dwNumAddrs"));

    private static final DwordStructDecoder V2 = new DwordStructDecoder("MIB_UDPSTATS2", SIZE2, List.of(
            new Field("dw64InDatagrams", 0, Kind.ULONG64), new Field("dwNoPorts", 8, Kind.DWORD),
            new Field("dwInErrors", 12, Kind.DWORD), new Field("dw64OutDatagrams", 16, Kind.ULONG64),
            new Field("dwNumAddrs", 24, Kind.DWORD)));

    public static final List<StructLayout> LAYOUTS = List.of(V1.layout());
    public static final List<StructLayout> LAYOUTS_SDK_ONLY = List.of(V2.layout());

    private UdpStatsDecoder() {
    }

    /** Decodes MIB_UDPSTATS. */
    public static List<StructValue> decode(ByteBuffer buffer) {
        return V1.decode(buffer);
    }

    /** Decodes MIB_UDPSTATS2. */
    public static List<StructValue> decode2(ByteBuffer buffer) {
        return V2.decode(buffer);
    }
}
