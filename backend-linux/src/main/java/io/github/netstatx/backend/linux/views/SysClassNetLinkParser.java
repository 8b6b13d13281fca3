package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.InterfaceFlag;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns the attribute files of one {@code /sys/class/net/IFACE/} directory into what net-tools gets by
 * ioctl ({@code SIOCGIFFLAGS}, {@code SIOCGIFMTU}, {@code SIOCGIFINDEX}, {@code SIOCGIFHWADDR},
 * {@code SIOCGIFTXQLEN}).
 *
 * <pre>
 * ifindex       3
 * mtu           1500
 * flags         0x1003
 * address       2e:2f:88:53:f1:25
 * type          1
 * tx_queue_len  1000
 * operstate     up
 * </pre>
 *
 * <p>Why sysfs and not the ioctls through JNA: the Linux table path stays free of native code (no JNA load,
 * no per-architecture structure layouts), and each attribute is one small read. What it costs: sysfs shows
 * the network namespace it was <em>mounted</em> in, not the reader's (after {@code nsenter -n} or a bare
 * {@code unshare -n} it still shows the old namespace), so the collector checks it against
 * {@code /proc/net/dev}, which always belongs to the reader, and reports a diagnostic when they disagree.
 *
 * <p>The {@code flags} file is the device's own flag word ({@code dev->flags}), not what
 * {@code SIOCGIFFLAGS} returns: the ioctl adds {@code IFF_RUNNING} when the device is up and its operational
 * state is {@code up} or {@code unknown} (kernel {@code dev_get_flags}). This parser does the same with the
 * {@code operstate} file. (The ioctl also reports PROMISC/ALLMULTI only when a user asked for them, while
 * {@code dev->flags} also has them while a bridge or a packet socket holds the device promiscuous; sysfs has no
 * way to tell the two apart.)
 */
public final class SysClassNetLinkParser {

    private static final long IFF_UP = 0x1;
    private static final long IFF_RUNNING = 0x40;
    /** Bits the ioctl computes rather than copies: RUNNING, LOWER_UP, DORMANT. */
    private static final long COMPUTED_BITS = IFF_RUNNING | 0x10000 | 0x20000;

    private SysClassNetLinkParser() {
    }

    /**
     * @param attributes file name to content (trailing newline allowed); missing files are simply absent
     */
    public static LinkAttributes parse(Map<String, String> attributes) {
        Long devFlags = hex(attributes.get("flags"));
        Long ioctl = null;
        if (devFlags != null) {
            ioctl = devFlags & ~COMPUTED_BITS;
            String oper = value(attributes.get("operstate"));
            if ((devFlags & IFF_UP) != 0 && ("up".equals(oper) || "unknown".equals(oper))) {
                ioctl |= IFF_RUNNING;
            }
        }
        String address = value(attributes.get("address"));
        return new LinkAttributes(decimal(attributes.get("ifindex")), decimal(attributes.get("mtu")), ioctl,
                ioctl == null ? Set.of() : flagSet(ioctl), address == null || address.isEmpty() ? null : address,
                decimal(attributes.get("type")), longValue(attributes.get("tx_queue_len")));
    }

    /** The IFF_* word as a set of flags. */
    public static Set<InterfaceFlag> flagSet(long word) {
        Set<InterfaceFlag> s = EnumSet.noneOf(InterfaceFlag.class);
        for (InterfaceFlag f : InterfaceFlag.values()) {
            if ((word & f.iffBit()) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    private static String value(String fileContent) {
        return fileContent == null ? null : fileContent.strip();
    }

    private static Integer decimal(String s) {
        Long v = longValue(s);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : v.intValue();
    }

    private static Long longValue(String s) {
        String v = value(s);
        try {
            return v == null ? null : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long hex(String s) {
        String v = value(s);
        if (v == null || !v.startsWith("0x")) {
            return null;
        }
        try {
            return Long.parseLong(v.substring(2), 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
