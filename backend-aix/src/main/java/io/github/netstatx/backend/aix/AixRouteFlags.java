package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.RouteFlag;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The letters of AIX {@code netstat -r}'s Flags column (AIX command reference) and the model's flags. */
public final class AixRouteFlags {

    private AixRouteFlags() {
    }

    /** The flag of one letter, or empty for a letter AIX does not document. */
    public static Optional<RouteFlag> ofLetter(char c) {
        return Optional.ofNullable(switch (c) {
            case 'U' -> RouteFlag.UP;
            case 'G' -> RouteFlag.GATEWAY;
            case 'H' -> RouteFlag.HOST;
            case 'R' -> RouteFlag.REJECT;
            case 'D' -> RouteFlag.DYNAMIC;
            case 'M' -> RouteFlag.MODIFIED;
            case 'S' -> RouteFlag.STATIC;
            case 'b' -> RouteFlag.BROADCAST;
            case 'm' -> RouteFlag.MULTICAST;
            case 'c' -> RouteFlag.CLONING;
            case 'W' -> RouteFlag.CLONED;
            case 'L' -> RouteFlag.LINK_INFO;
            case 'l' -> RouteFlag.LOCAL;
            case 'P' -> RouteFlag.PINNED;
            case 'A' -> RouteFlag.DEAD_GATEWAY_DETECTION;
            case 'e' -> RouteFlag.BINDING_CACHE;
            case 'u' -> RouteFlag.USABLE;
            case '1' -> RouteFlag.PROTOCOL1;
            case '2' -> RouteFlag.PROTOCOL2;
            case '3' -> RouteFlag.PROTOCOL3;
            default -> null;
        });
    }

    /** Every flag of a Flags column; empty when a letter is unknown (the caller reports the row). */
    public static Optional<Set<RouteFlag>> parse(String letters) {
        Set<RouteFlag> flags = EnumSet.noneOf(RouteFlag.class);
        for (int i = 0; i < letters.length(); i++) {
            Optional<RouteFlag> f = ofLetter(letters.charAt(i));
            if (f.isEmpty()) {
                return Optional.empty();
            }
            flags.add(f.get());
        }
        return Optional.of(flags);
    }
}
