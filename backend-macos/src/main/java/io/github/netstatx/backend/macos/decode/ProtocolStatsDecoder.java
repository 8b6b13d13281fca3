package io.github.netstatx.backend.macos.decode;

import io.github.netstatx.core.model.StatisticsCounter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the protocol statistics sysctls ({@code net.inet.tcp.stats}, {@code net.inet.udp.stats},
 * {@code net.inet.ip.stats}, {@code net.inet.icmp.stats}, {@code net.inet6.ip6.stats},
 * {@code net.inet6.icmp6.stats}): the kernel copies its struct as is, little-endian, so the bytes are read with the
 * layout of the data's release ({@link XnuStatsLayouts}). Each counter keeps the kernel's field name; array
 * elements are {@code name[i]}. Head of a {@code udpstat} (ipackets 1204, hdrops 0, badsum 0, ...):
 * <pre>
 * b4 04 00 00 00 00 00 00  00 00 00 00 00 00 00 00
 * </pre>
 */
public final class ProtocolStatsDecoder {

    /**
     * The counters of one struct.
     *
     * @param tag the XNU release whose layout was used
     * @param layoutGuessed the length did not fit the data's release, and the layout was chosen by length
     */
    public record Decoded(String struct, String tag, boolean layoutGuessed, List<StatisticsCounter> counters) {

        /** Whether every counter is zero (how macOS answers a process it withholds TCP statistics from). */
        public boolean allZero() {
            return counters.stream().allMatch(c -> c.value() == 0);
        }
    }

    private ProtocolStatsDecoder() {
    }

    /**
     * @param osVersion the data's macOS product version (picks the layout), or null for the newest
     */
    public static Decoded decode(XnuStatsLayouts layouts, String struct, ByteBuffer raw, String osVersion)
            throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int length = buf.remaining();
        String tag = XnuStatsLayouts.tagFor(osVersion);
        Optional<XnuStatsLayouts.Layout> chosen = layouts.layout(tag, struct).filter(l -> l.size() == length);
        boolean guessed = false;
        if (chosen.isEmpty()) {
            // a kernel of another release than the version says (or a newer one): the length decides
            chosen = layouts.layouts(struct).stream().filter(l -> l.size() == length).findFirst();
            guessed = true;
        }
        if (chosen.isEmpty()) {
            List<XnuStatsLayouts.Layout> all = layouts.layouts(struct);
            if (!all.isEmpty() && length > all.get(0).size()) {
                chosen = Optional.of(all.get(0)); // newer than every known release: its known prefix
            } else {
                throw new MalformedSysctlException(struct + ": " + length + " bytes fit no known layout ("
                        + all.stream().map(l -> Integer.toString(l.size())).distinct().toList() + " bytes)");
            }
        }
        XnuStatsLayouts.Layout l = chosen.get();
        int base = buf.position();
        List<StatisticsCounter> out = new ArrayList<>();
        for (XnuStatsLayouts.Field f : l.fields()) {
            for (int i = 0; i < f.count(); i++) {
                int at = base + f.offset() + i * f.width();
                long v = f.width() == 8 ? buf.getLong(at) : Integer.toUnsignedLong(buf.getInt(at));
                out.add(new StatisticsCounter(f.count() == 1 ? f.name() : f.name() + "[" + i + "]", v));
            }
        }
        return new Decoded(struct, l.tag(), guessed, out);
    }
}
