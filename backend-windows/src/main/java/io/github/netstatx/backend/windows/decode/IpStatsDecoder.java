package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_IPSTATS} (92 bytes, 23 DWORDs) from {@code GetIpStatisticsEx(family)}. Sample (Wine 8.0, IPv4,
 * first 16 bytes): {@code 02 00 00 00  40 00 00 00  03 00 00 00  00 00 00 00} = dwForwarding 2 (not
 * forwarding), dwDefaultTTL 64, dwInReceives 3, dwInHdrErrors 0. Fields in order: dwForwarding,
 * dwDefaultTTL, dwInReceives, dwInHdrErrors, dwInAddrErrors, dwForwDatagrams, dwInUnknownProtos,
 * dwInDiscards, dwInDelivers, dwOutRequests, dwRoutingDiscards, dwOutDiscards, dwOutNoRoutes,
 * dwReasmTimeout, dwReasmReqds, dwReasmOks, dwReasmFails, dwFragOks, dwFragFails, dwFragCreates, dwNumIf,
 * dwNumAddr, dwNumRoutes.
 */
public final class IpStatsDecoder {

    public static final int SIZE = 92;

    private static final DwordStructDecoder DECODER = DwordStructDecoder.consecutiveDwords("MIB_IPSTATS", List.of(
            "dwForwarding", "dwDefaultTTL", "dwInReceives", "dwInHdrErrors", "dwInAddrErrors", "dwForwDatagrams",
            "dwInUnknownProtos", "dwInDiscards", "dwInDelivers", "dwOutRequests", "dwRoutingDiscards",
            "dwOutDiscards", "dwOutNoRoutes", "dwReasmTimeout", "dwReasmReqds", "dwReasmOks", "dwReasmFails",
            "dwFragOks", "dwFragFails", "dwFragCreates", "dwNumIf", "dwNumAddr", "dwNumRoutes"));

    public static final List<StructLayout> LAYOUTS = List.of(DECODER.layout());

    private IpStatsDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than 92 bytes */
    public static List<StructValue> decode(ByteBuffer buffer) {
        return DECODER.decode(buffer);
    }
}
