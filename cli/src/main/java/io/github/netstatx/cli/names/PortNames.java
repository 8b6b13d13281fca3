package io.github.netstatx.cli.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Port (and raw-protocol) numbers to names, with the precedence of the tool being imitated.
 *
 * <p>net-tools builds its list by prepending every {@code getservent} entry and searches from the
 * head, so the <em>last</em> matching line of the services file wins; for raw sockets it prepends the
 * {@code getprotoent} names after the services, so protocol names win over raw services. netstat.exe
 * uses {@code getservbyport}, where the <em>first</em> matching line wins.
 */
public final class PortNames {

    /** Which of several lines with the same number names the port. */
    public enum Precedence { FIRST_LINE, LAST_LINE }

    private final Map<String, String> names;

    private PortNames(Map<String, String> names) {
        this.names = names;
    }

    /** No names at all: every port prints as a number. */
    public static PortNames none() {
        return new PortNames(Map.of());
    }

    /**
     * @param services entries of the services file, in file order
     * @param protocols entries of the protocols file, in file order (names for the {@code raw} table)
     */
    public static PortNames of(List<ServiceEntry> services, List<ServiceEntry> protocols, Precedence precedence) {
        Map<String, String> m = new HashMap<>();
        for (ServiceEntry e : services) {
            put(m, key(e.protocol(), e.number()), e.name(), precedence);
        }
        // Protocol names win over raw services under either precedence: net-tools adds them last.
        Map<String, String> raw = new HashMap<>();
        for (ServiceEntry e : protocols) {
            put(raw, key("raw", e.number()), e.name(), precedence);
        }
        m.putAll(raw);
        return new PortNames(m);
    }

    private static void put(Map<String, String> m, String key, String name, Precedence p) {
        if (p == Precedence.LAST_LINE) {
            m.put(key, name);
        } else {
            m.putIfAbsent(key, name);
        }
    }

    private static String key(String protocol, int number) {
        return protocol + '/' + number;
    }

    /** The name of {@code number} for {@code protocol} ({@code tcp}, {@code udp}, {@code raw}), or null. */
    public String name(String protocol, int number) {
        return names.get(key(protocol, number));
    }
}
