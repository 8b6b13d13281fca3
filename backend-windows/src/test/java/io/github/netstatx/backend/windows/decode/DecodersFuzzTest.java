package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.fuzz.Fuzz;
import io.github.netstatx.core.model.AddressFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: every Windows decoder, fed random buffers (random bytes, and tables whose row count claims
 * anything from 0 to far more rows than the buffer holds), returns rows or throws its one documented
 * exception, {@link MalformedBufferException}; nothing else escapes.
 */
class DecodersFuzzTest {

    private static final List<Function<ByteBuffer, ?>> DECODERS = List.of(
            TcpTableOwnerPidDecoder::decode, Tcp6TableOwnerPidDecoder::decode, TcpTableOwnerModuleDecoder::decode,
            Tcp6TableOwnerModuleDecoder::decode, UdpTableOwnerPidDecoder::decode, Udp6TableOwnerPidDecoder::decode,
            UdpTableOwnerModuleDecoder::decode, Udp6TableOwnerModuleDecoder::decode,
            b -> TcpTable2Decoder.decode(AddressFamily.IPV4, b), b -> TcpTable2Decoder.decode(AddressFamily.IPV6, b),
            IfTable2Decoder::decode, IpForwardTable2Decoder::decode, IpInterfaceTableDecoder::decode,
            IcmpExDecoder::decode, IpStatsDecoder::decode, TcpStatsDecoder::decode, TcpStatsDecoder::decode2,
            UdpStatsDecoder::decode, UdpStatsDecoder::decode2, ProcessEntry32Decoder::decode,
            b -> OwnerModuleBasicInfoDecoder.decode(b, 0x10000L));

    private static final List<Integer> COUNTS = List.of(0, 1, 2, 3, 7, Integer.MAX_VALUE, -1, 0x10000, 1 << 24);

    @Test
    void everyDecoderReturnsOrThrowsItsDocumentedException() {
        Fuzz.forAll("Windows decoders", r -> {
            byte[] b = Fuzz.bytes(r, 8192);
            if (b.length >= 4 && r.nextBoolean()) {
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(0, Fuzz.oneOf(r, COUNTS));
            }
            return b;
        }, data -> {
            for (Function<ByteBuffer, ?> decoder : DECODERS) {
                try {
                    decoder.apply(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN));
                } catch (MalformedBufferException documented) {
                    // the one way a decoder refuses a buffer
                }
            }
        });
    }
}
