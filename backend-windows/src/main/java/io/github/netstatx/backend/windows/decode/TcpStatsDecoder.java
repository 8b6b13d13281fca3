package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.backend.windows.decode.DwordStructDecoder.Field;
import io.github.netstatx.backend.windows.decode.DwordStructDecoder.Kind;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCPSTATS} (60 bytes, 15 DWORDs) from {@code GetTcpStatisticsEx(family)}, and
 * {@code MIB_TCPSTATS2} (72 bytes) from {@code GetTcpStatisticsEx2} (Windows 10 1709+), whose segment
 * counters are 64-bit: RtoAlgorithm 0, dwRtoMin 4, dwRtoMax 8, dwMaxConn 12, dwActiveOpens 16,
 * dwPassiveOpens 20, dwAttemptFails 24, dwEstabResets 28, dwCurrEstab 32, (pad 36), dw64InSegs 40,
 * dw64OutSegs 48, dwRetransSegs 56, dwInErrs 60, dwOutRsts 64, dwNumConns 68. {@code dwMaxConn} is signed
 * (-1 = variable). Sample MIB_TCPSTATS (Wine 8.0, IPv4, first 16 bytes):
 * {@code 01 00 00 00  c8 00 00 00  c0 d4 01 00  ff ff ff ff} = RtoAlgorithm other, RtoMin 200,
 * RtoMax 120000, MaxConn -1. MIB_TCPSTATS2 is neither in the mingw-w64 headers nor in Wine: its offsets are those of
 * the Windows SDK declaration and are verified only against hand-made buffers.
 */
public final class TcpStatsDecoder {

    public static final int SIZE = 60;
    public static final int SIZE2 = 72;

    private static final DwordStructDecoder V1 = new DwordStructDecoder("MIB_TCPSTATS", SIZE, List.of(
            new Field("dwRtoAlgorithm", 0, Kind.DWORD), new Field("dwRtoMin", 4, Kind.DWORD),
            new Field("dwRtoMax", 8, Kind.DWORD), new Field("dwMaxConn", 12, Kind.SIGNED_DWORD),
            new Field("dwActiveOpens", 16, Kind.DWORD), new Field("dwPassiveOpens", 20, Kind.DWORD),
            new Field("dwAttemptFails", 24, Kind.DWORD), new Field("dwEstabResets", 28, Kind.DWORD),
            new Field("dwCurrEstab", 32, Kind.DWORD), new Field("dwInSegs", 36, Kind.DWORD),
            new Field("dwOutSegs", 40, Kind.DWORD), new Field("dwRetransSegs", 44, Kind.DWORD),
            new Field("dwInErrs", 48, Kind.DWORD), new Field("dwOutRsts", 52, Kind.DWORD),
            new Field("dwNumConns", 56, Kind.DWORD)));

    private static final DwordStructDecoder V2 = new DwordStructDecoder("MIB_TCPSTATS2", SIZE2, List.of(
            new Field("RtoAlgorithm", 0, Kind.DWORD), new Field("dwRtoMin", 4, Kind.DWORD),
            new Field("dwRtoMax", 8, Kind.DWORD), new Field("dwMaxConn", 12, Kind.SIGNED_DWORD),
            new Field("dwActiveOpens", 16, Kind.DWORD), new Field("dwPassiveOpens", 20, Kind.DWORD),
            new Field("dwAttemptFails", 24, Kind.DWORD), new Field("dwEstabResets", 28, Kind.DWORD),
            new Field("dwCurrEstab", 32, Kind.DWORD), new Field("dw64InSegs", 40, Kind.ULONG64),
            new Field("dw64OutSegs", 48, Kind.ULONG64), new Field("dwRetransSegs", 56, Kind.DWORD),
            new Field("dwInErrs", 60, Kind.DWORD), new Field("dwOutRsts", 64, Kind.DWORD),
            new Field("dwNumConns", 68, Kind.DWORD)));

    /** MIB_TCPSTATS as the headers declare it; MIB_TCPSTATS2 is listed in {@link #LAYOUTS_SDK_ONLY}. */
    public static final List<StructLayout> LAYOUTS = List.of(V1.layout());
    public static final List<StructLayout> LAYOUTS_SDK_ONLY = List.of(V2.layout());

    private TcpStatsDecoder() {
    }

    /** Decodes MIB_TCPSTATS. */
    public static List<StructValue> decode(ByteBuffer buffer) {
        return V1.decode(buffer);
    }

    /** Decodes MIB_TCPSTATS2. */
    public static List<StructValue> decode2(ByteBuffer buffer) {
        return V2.decode(buffer);
    }
}
