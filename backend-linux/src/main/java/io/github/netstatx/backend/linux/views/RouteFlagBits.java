package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.RouteFlag;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The kernel's RTF_* route flag bits ({@code include/uapi/linux/route.h}, {@code ipv6_route.h}). */
final class RouteFlagBits {

    private static final Map<RouteFlag, Long> BITS = new LinkedHashMap<>();

    static {
        BITS.put(RouteFlag.UP, 0x0001L);
        BITS.put(RouteFlag.GATEWAY, 0x0002L);
        BITS.put(RouteFlag.HOST, 0x0004L);
        BITS.put(RouteFlag.REINSTATE, 0x0008L);
        BITS.put(RouteFlag.DYNAMIC, 0x0010L);
        BITS.put(RouteFlag.MODIFIED, 0x0020L);
        BITS.put(RouteFlag.REJECT, 0x0200L);
        BITS.put(RouteFlag.DEFAULT, 0x00010000L);
        BITS.put(RouteFlag.ADDRCONF, 0x00040000L);
        BITS.put(RouteFlag.NONEXTHOP, 0x00200000L);
        BITS.put(RouteFlag.EXPIRES, 0x00400000L);
        BITS.put(RouteFlag.CACHE, 0x01000000L);
        BITS.put(RouteFlag.LOCAL, 0x80000000L);
    }

    private RouteFlagBits() {
    }

    static Set<RouteFlag> decode(long word) {
        Set<RouteFlag> s = EnumSet.noneOf(RouteFlag.class);
        BITS.forEach((f, bit) -> {
            if ((word & bit) != 0) {
                s.add(f);
            }
        });
        return s;
    }
}
