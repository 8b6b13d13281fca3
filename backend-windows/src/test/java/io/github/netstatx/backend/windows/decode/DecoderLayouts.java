package io.github.netstatx.backend.windows.decode;

import java.util.ArrayList;
import java.util.List;

/** Every layout a decoder assumes, for the tests that compare them with the real headers. */
public final class DecoderLayouts {

    private DecoderLayouts() {
    }

    /** Layouts declared by the mingw-w64 headers (and printed by iphlp_dump.c). */
    public static List<StructLayout> fromHeaders() {
        List<StructLayout> all = new ArrayList<>();
        all.addAll(TcpTableOwnerPidDecoder.LAYOUTS);
        all.addAll(Tcp6TableOwnerPidDecoder.LAYOUTS);
        all.addAll(TcpTableOwnerModuleDecoder.LAYOUTS);
        all.addAll(Tcp6TableOwnerModuleDecoder.LAYOUTS);
        all.addAll(UdpTableOwnerPidDecoder.LAYOUTS);
        all.addAll(Udp6TableOwnerPidDecoder.LAYOUTS);
        all.addAll(UdpTableOwnerModuleDecoder.LAYOUTS);
        all.addAll(Udp6TableOwnerModuleDecoder.LAYOUTS);
        all.addAll(TcpTable2Decoder.LAYOUTS);
        all.addAll(OwnerModuleBasicInfoDecoder.LAYOUTS);
        all.addAll(IfTable2Decoder.LAYOUTS);
        all.addAll(IpForwardTable2Decoder.LAYOUTS);
        all.addAll(IpInterfaceTableDecoder.LAYOUTS);
        all.addAll(UnicastIpAddressTableDecoder.LAYOUTS);
        all.addAll(IpStatsDecoder.LAYOUTS);
        all.addAll(IcmpExDecoder.LAYOUTS);
        all.addAll(TcpStatsDecoder.LAYOUTS);
        all.addAll(UdpStatsDecoder.LAYOUTS);
        all.addAll(ProcessEntry32Decoder.LAYOUTS);
        return all;
    }
}
