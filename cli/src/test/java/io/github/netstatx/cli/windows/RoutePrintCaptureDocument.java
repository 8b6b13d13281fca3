package io.github.netstatx.cli.windows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a real {@code route print} capture into a netstatx JSON document holding exactly what the capture shows,
 * so that rendering the document with {@code --dialect windows -r} can be compared with the capture.
 *
 * <p>The reader splits rows on blanks and never looks at column positions: the layout is what the renderer under
 * test must reproduce. What a capture cannot show is chosen consistently: the whole printed metric is the route's
 * metric (no separate interface metric), and each IPv4 address in the Interface column becomes the one IPv4
 * address of an interface of the list (127.0.0.1 the loopback's, the others the remaining interfaces' in list
 * order), since {@code route print} shows the address, never the index, of an IPv4 route's interface.
 */
final class RoutePrintCaptureDocument {

    private static final Pattern INTERFACE = Pattern.compile("^ *(\\d+)\\.\\.\\.((?:[0-9a-f]{2} )*)\\.*(.*)$");

    private record Iface(int index, String mac, String description, List<String> ipv4) {
    }

    private final List<Iface> interfaces = new ArrayList<>();
    private final List<String> routes = new ArrayList<>();
    private final Map<String, Iface> byIpv4 = new LinkedHashMap<>();

    private RoutePrintCaptureDocument() {
    }

    /** The document for one capture. */
    static String of(String capture) {
        RoutePrintCaptureDocument d = new RoutePrintCaptureDocument();
        d.read(capture.split("\n"));
        return d.json();
    }

    private void read(String[] lines) {
        String section = "";
        for (String line : lines) {
            String t = line.strip();
            if (t.equals("Interface List")) {
                section = "interfaces";
            } else if (t.equals("IPv4 Route Table")) {
                section = "ipv4";
            } else if (t.equals("IPv6 Route Table")) {
                section = "ipv6";
            } else if (t.equals("Active Routes:")) {
                section = section.replace("-persistent", "");
            } else if (t.equals("Persistent Routes:")) {
                section = section + "-persistent";
            } else if (t.isEmpty() || t.startsWith("====") || t.startsWith("Network ") || t.startsWith("If Metric")
                    || t.equals("None")) {
                continue;
            } else if (section.equals("interfaces")) {
                Matcher m = INTERFACE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException("not an interface line: " + line);
                }
                String mac = m.group(2).strip().replace(' ', ':');
                interfaces.add(new Iface(Integer.parseInt(m.group(1)), mac.isEmpty() ? null : mac, m.group(3),
                        new ArrayList<>()));
            } else if (section.startsWith("ipv4")) {
                ipv4Route(t.split(" +"), section.endsWith("-persistent"));
            } else if (section.startsWith("ipv6")) {
                ipv6Route(t, section.endsWith("-persistent"));
            }
        }
    }

    private String pendingIpv6;

    private void ipv4Route(String[] f, boolean persistent) {
        int prefix = prefixOf(f[1]);
        String gateway = f[2].equals("On-link") ? null : f[2];
        if (persistent) {
            String metric = f[3].equals("Default") ? "null" : f[3];
            routes.add(route("ipv4", f[0], prefix, gateway, metric, null, true));
            return;
        }
        Iface i = interfaceWithIpv4(f[3]);
        routes.add(route("ipv4", f[0], prefix, gateway, f[4], i.index(), false));
    }

    private void ipv6Route(String line, boolean persistent) {
        String[] f = line.split(" +");
        if (f.length == 1) {
            // The gateway of a destination too long for its column, on a line of its own.
            f = (pendingIpv6 + " " + f[0]).split(" +");
            pendingIpv6 = null;
        } else if (f.length == 3) {
            pendingIpv6 = line;
            return;
        }
        String[] destination = f[2].split("/");
        String gateway = f[3].equals("On-link") ? null : f[3];
        routes.add(route("ipv6", destination[0], Integer.parseInt(destination[1]), gateway, f[1],
                Integer.parseInt(f[0]), persistent));
    }

    /** The interface that owns an IPv4 address shown in the Interface column, assigning it on first sight. */
    private Iface interfaceWithIpv4(String address) {
        return byIpv4.computeIfAbsent(address, a -> {
            boolean loopback = a.startsWith("127.");
            for (Iface i : interfaces) {
                boolean isLoopback = i.description().startsWith("Software Loopback");
                if (isLoopback == loopback && i.ipv4().isEmpty()) {
                    i.ipv4().add(a);
                    return i;
                }
            }
            throw new IllegalArgumentException("no interface left for " + a);
        });
    }

    private static int prefixOf(String netmask) {
        int bits = 0;
        for (String octet : netmask.split("\\.")) {
            bits += Integer.bitCount(Integer.parseInt(octet));
        }
        return bits;
    }

    private static String route(String family, String destination, int prefix, String gateway, String metric,
            Integer index, boolean persistent) {
        return "{\"family\":\"" + family + "\",\"destination\":\"" + destination + "\",\"prefix_length\":" + prefix
                + ",\"gateway\":" + quoted(gateway) + ",\"flags\":[\"up\"],\"raw_flags\":null,\"metric\":" + metric
                + ",\"interface_metric\":null,\"refcount\":null,\"use\":null,\"interface\":null,\"interface_index\":"
                + index + ",\"mss\":null,\"window\":null,\"irtt\":null,\"source\":null,\"source_prefix_length\":null,"
                + "\"cached\":false,\"persistent\":" + persistent + "}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String json() {
        List<String> ifaces = new ArrayList<>();
        for (Iface i : interfaces) {
            boolean loopback = i.description().startsWith("Software Loopback");
            List<String> addresses = new ArrayList<>();
            for (String a : i.ipv4()) {
                addresses.add("{\"family\":\"ipv4\",\"address\":\"" + a + "\",\"prefix_length\":null,\"broadcast\":null,"
                        + "\"peer\":null,\"scope\":null,\"scope_id\":null,\"label\":null}");
            }
            ifaces.add("{\"name\":" + quoted("if" + i.index()) + ",\"index\":" + i.index() + ",\"description\":"
                    + quoted(i.description()) + ",\"mtu\":null,\"metric\":null,\"flags\":[\"up\""
                    + (loopback ? ",\"loopback\"" : "") + "],\"raw_flags\":null,\"hardware_address\":" + quoted(i.mac())
                    + ",\"hardware_type\":null,\"tx_queue_length\":null,\"link_type\":null,\"addresses\":["
                    + String.join(",", addresses) + "],\"counters\":null}");
        }
        return "{\"schema_version\":\"1.0\",\"kind\":\"snapshot\",\"collected_at\":\"2026-12-02T00:00:00Z\","
                + "\"host\":{\"hostname\":null,\"os\":\"windows\",\"os_version\":null,\"kernel\":null,\"arch\":null},"
                + "\"backend\":{\"id\":\"windows-iphlpapi\",\"capabilities\":[\"interfaces\",\"routes\"]},"
                + "\"query\":{\"sockets\":null,\"interfaces\":true,\"routes\":true,\"route_cache\":false,"
                + "\"statistics\":false,\"groups\":false,\"masquerade\":false},"
                + "\"sockets\":null,\"interfaces\":[" + String.join(",", ifaces) + "],\"routes\":["
                + String.join(",", routes) + "],\"statistics\":null,\"groups\":null,\"masquerade\":null,"
                + "\"changes\":null,\"diagnostics\":[]}\n";
    }
}
