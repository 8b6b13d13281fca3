package io.github.netstatx.core.model;

/**
 * Interface counters. Values are unsigned 64-bit numbers held in {@code long} (print them with
 * {@link Long#toUnsignedString(long)}); {@code null} means the platform does not report the counter.
 *
 * @param rxBytes received bytes
 * @param rxPackets received packets
 * @param rxErrors receive errors
 * @param rxDropped received packets dropped
 * @param rxOverruns receive FIFO overruns
 * @param rxFrame framing errors
 * @param rxCompressed compressed packets received
 * @param rxMulticast multicast packets received
 * @param rxUnicast unicast packets received (Windows)
 * @param rxNonUnicast non-unicast packets received (Windows)
 * @param rxUnknownProtocols received packets of unknown protocols (Windows)
 * @param txBytes sent bytes
 * @param txPackets sent packets
 * @param txErrors transmit errors
 * @param txDropped sent packets dropped
 * @param txOverruns transmit FIFO overruns
 * @param txCarrier carrier errors
 * @param txCompressed compressed packets sent
 * @param collisions collisions
 * @param txUnicast unicast packets sent (Windows)
 * @param txNonUnicast non-unicast packets sent (Windows)
 */
public record InterfaceCounters(
        Long rxBytes, Long rxPackets, Long rxErrors, Long rxDropped, Long rxOverruns, Long rxFrame,
        Long rxCompressed, Long rxMulticast, Long rxUnicast, Long rxNonUnicast, Long rxUnknownProtocols,
        Long txBytes, Long txPackets, Long txErrors, Long txDropped, Long txOverruns, Long txCarrier,
        Long txCompressed, Long collisions, Long txUnicast, Long txNonUnicast) {
}
