package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Apple dialect's {@code -r} against real macOS 10.14.6 output (jc's {@code netstat-rnl.out}; provenance in
 * {@code golden/PROVENANCE.md}): the routes are rebuilt from the listing (addresses, link gateways, the flag word
 * from its letters, counters, MTU, seconds to expiry against the sample's time), printed again, and must come out
 * byte for byte.
 */
class AppleRouteGoldenTest {

    /** The interface indexes the listing's link#N gateways reveal. */
    private static final Map<String, Integer> INDEX = Map.of("lo0", 1, "en5", 8, "en0", 10, "awdl0", 12, "utun0", 18,
            "vmnet1", 19, "vmnet8", 20, "utun1", 21, "utun2", 22, "utun3", 23);
    private static final String LETTERS = "UGHRDMmdCXLS12Wc3BbIiYrg";
    private static final int[] BITS = {0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x800000, 0x40, 0x100, 0x200, 0x400, 0x800,
        0x8000, 0x4000, 0x20000, 0x10000, 0x40000, 0x1000, 0x400000, 0x1000000, 0x4000000, 0x8000000, 0x10000000,
        0x40000000};

    @Test
    void netstatRnlOnMojave() throws Exception {
        List<String> lines = AppleGoldenTest.golden("osx-10.14.6-netstat-rnl.out");
        CommandRun r = new AppleRun(new FakeBackend(AppleGoldenTest.MOJAVE, List.of(), List.of())
                .withRoutes(routes(lines))).run("-rnl");
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(String.join("\n", lines), r.out());
    }

    @Test
    void withoutDashLTheMojaveTableDropsMtuAndKeepsIpv4Counters() throws Exception {
        List<String> lines = AppleGoldenTest.golden("osx-10.14.6-netstat-rnl.out");
        CommandRun r = new AppleRun(new FakeBackend(AppleGoldenTest.MOJAVE, List.of(), List.of())
                .withRoutes(routes(lines))).run("-rn");
        List<String> out = List.of(r.out().split("\n"));
        // network_cmds-543 pr_rthdr: IPv4 keeps Refs and Use without -l, IPv6 prints neither, Netif %8.8s
        assertEquals("Destination        Gateway            Flags        Refs      Use   Netif Expire", out.get(3));
        assertEquals("default            192.168.1.254      UGSc           83       24     en0       ", out.get(4));
        int v6 = out.indexOf("Internet6:");
        assertEquals("Destination                             Gateway                         Flags         Netif Expire",
                out.get(v6 + 1));
        assertEquals("::1                                     ::1                             UHL             lo0       ",
                out.get(v6 + 7));
    }

    static List<Route> routes(List<String> lines) throws UnknownHostException {
        List<Route> out = new ArrayList<>();
        boolean v6 = false;
        for (String line : lines) {
            if (line.equals("Internet6:")) {
                v6 = true;
            }
            if (line.isEmpty() || line.startsWith("Routing") || line.startsWith("Internet")
                    || line.startsWith("Destination")) {
                continue;
            }
            // fixed columns of network_cmds-543 with -n -l: Destination, Gateway, Flags, Refs, Use, Mtu, Netif, Expire
            int dw = v6 ? 40 : 19;
            int gw = v6 ? 32 : 19;
            String dst = line.substring(0, dw).trim();
            String gate = line.substring(dw, dw + gw).trim();
            String[] rest = line.substring(dw + gw).trim().split(" +");
            String expire = line.substring(line.length() - 6).trim();
            out.add(route(v6, dst, gate, rest[0], Long.parseLong(rest[1]), Long.parseLong(rest[2]),
                    Long.parseLong(rest[3]), rest[4], expire));
        }
        return out;
    }

    private static Route route(boolean v6, String dst, String gate, String letters, long refs, long use, long mtu,
            String netif, String expire) throws UnknownHostException {
        long raw = 0;
        for (char c : letters.toCharArray()) {
            raw |= BITS[LETTERS.indexOf(c)];
        }
        boolean host = (raw & 0x4) != 0;
        InetAddress destination;
        int prefix;
        if (dst.equals("default")) {
            destination = InetAddress.getByName(v6 ? "::" : "0.0.0.0");
            prefix = 0;
        } else {
            String[] d = dst.split("/");
            destination = address(d[0], v6);
            prefix = d.length > 1 ? Integer.parseInt(d[1]) : v6 || host ? (v6 ? 128 : 32) : classful(d[0]);
        }
        InetAddress gateway = null;
        Integer linkIndex = null;
        String mac = null;
        if (gate.startsWith("link#")) {
            linkIndex = Integer.parseInt(gate.substring(5));
        } else if (gate.matches("[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}")) {
            StringBuilder m = new StringBuilder();
            for (String o : gate.split(":")) {
                m.append(m.length() == 0 ? "" : ":").append(HexFormat.of().toHexDigits((byte) Integer.parseInt(o, 16)));
            }
            mac = m.toString();
            linkIndex = INDEX.get(netif);
        } else {
            gateway = address(gate, gate.contains(":"));
        }
        Instant expires = expire.isEmpty() ? null : expire.equals("!") ? Instant.EPOCH
                : Instant.ofEpochSecond(Long.parseLong(expire));
        Set<RouteFlag> flags = EnumSet.noneOf(RouteFlag.class);
        RouteFlag[] named = {RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.HOST};
        for (int i = 0; i < named.length; i++) {
            if ((raw & 1 << i) != 0) {
                flags.add(named[i]);
            }
        }
        return new Route(v6 ? AddressFamily.IPV6 : AddressFamily.IPV4, destination, prefix, gateway, flags, raw, null,
                null, refs, use, netif, INDEX.get(netif), null, null, null, null, null, false, false,
                new BsdRouteInfo(linkIndex, mac, mtu, expires, null, null, null, null, null, null, false));
    }

    /** An abbreviated IPv4 network ({@code 192.168.1}) or an IPv6 address with {@code %ifname}. */
    private static InetAddress address(String text, boolean v6) throws UnknownHostException {
        if (!v6) {
            String[] octets = text.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < octets.length; i++) {
                b[i] = (byte) Integer.parseInt(octets[i]);
            }
            return InetAddress.getByAddress(b);
        }
        int pct = text.indexOf('%');
        InetAddress plain = InetAddress.getByName(pct < 0 ? text : text.substring(0, pct));
        return pct < 0 ? plain : Inet6Address.getByAddress(null, plain.getAddress(), INDEX.get(text.substring(pct + 1)));
    }

    private static int classful(String abbreviated) {
        int first = Integer.parseInt(abbreviated.split("\\.")[0]);
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }
}
