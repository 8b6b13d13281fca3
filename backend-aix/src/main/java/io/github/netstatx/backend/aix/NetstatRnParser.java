package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Severity;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses AIX {@code netstat -rn} (and {@code -rn -f inet|inet6}). Verbatim from an AIX host of the GCC
 * compile farm (oshi/oshi {@code NetstatRouteTest}):
 *
 * <pre>
 * Routing tables
 * Destination        Gateway           Flags   Refs     Use  If   Exp  Groups
 *
 * Route Tree for Protocol Family 2 (Internet):
 * default            140.211.9.1       UG      124  27595284 en1      -      -
 * 10.1.0.0           10.1.0.3          UHSb      0         0 en0      -      -   =&gt;
 * 10.1/23            10.1.0.3          U         0   1422409 en0      -      -
 * </pre>
 *
 * <p>Variants: the header before or after the {@code Route Tree}/{@code Route tree} banner, banners
 * reduced to {@code  (Internet):} and the line {@code Only the root user can specify the Z flag} when run
 * by non-root on some levels (chef/ohai fixture), no {@code Routing tables} line with {@code -f},
 * abbreviated destinations ({@code 127/8}), {@code =>} after duplicated keys, {@code link#N} gateways,
 * {@code %N} zones. The family of a row comes from the banner above it; rows before any banner take
 * the family of their destination.
 */
public final class NetstatRnParser {

    private static final String SOURCE = "netstat -rn";
    /** Printed instead of statistics that need root; harmless for the table itself. */
    static final String Z_FLAG_NOTE = "Only the root user can specify the Z flag";

    private NetstatRnParser() {
    }

    public static ParsedOutput<Route> parse(String text) {
        List<Route> routes = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        AddressFamily family = null;
        boolean zNoted = false;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.equals("Routing tables") || t.startsWith("Destination ")) {
                continue;
            }
            if (t.equals(Z_FLAG_NOTE)) {
                if (!zNoted) {
                    diagnostics.add(Diagnostic.of(Diagnostic.Code.OTHER, Severity.INFO, SOURCE,
                            "netstat said \"" + Z_FLAG_NOTE + "\" (run as non-root); the routes are complete"));
                    zNoted = true;
                }
                continue;
            }
            if (t.endsWith("(Internet):")) {
                family = AddressFamily.IPV4;
                continue;
            }
            if (t.endsWith("(Internet v6):")) {
                family = AddressFamily.IPV6;
                continue;
            }
            Optional<Route> r = row(t.split("\\s+"), family);
            if (r.isPresent()) {
                routes.add(r.get());
            } else {
                diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, SOURCE,
                        "a line of " + SOURCE + " was not understood and is not listed: " + SafeText.quote(line),
                        null, 1, null));
            }
        }
        return new ParsedOutput<>(routes, diagnostics);
    }

    private static Optional<Route> row(String[] f, AddressFamily banner) {
        if (f.length != 8 && !(f.length == 9 && f[8].equals("=>"))) {
            return Optional.empty();
        }
        Optional<Set<RouteFlag>> parsedFlags = AixRouteFlags.parse(f[2]);
        Optional<Long> refs = AixAddressText.counter(f[3]);
        Optional<Long> use = AixAddressText.counter(f[4]);
        if (parsedFlags.isEmpty() || refs.isEmpty() || use.isEmpty() || !f[6].equals("-") || !f[7].equals("-")) {
            return Optional.empty();
        }
        Set<RouteFlag> flags = EnumSet.noneOf(RouteFlag.class);
        flags.addAll(parsedFlags.get());
        if (f.length == 9) {
            flags.add(RouteFlag.DUPLICATE_KEY);
        }
        Optional<Destination> dest = Destination.parse(f[0], banner, flags.contains(RouteFlag.HOST));
        if (dest.isEmpty()) {
            return Optional.empty();
        }
        InetAddress gateway = null;
        Integer linkIndex = null;
        if (f[1].startsWith("link#")) {
            Optional<Integer> n = AixAddressText.number(f[1].substring(5), Integer.MAX_VALUE);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            linkIndex = n.get();
        } else {
            Optional<InetAddress> g = AixAddressText.address(f[1]);
            if (g.isEmpty()) {
                return Optional.empty();
            }
            gateway = g.get();
        }
        Destination d = dest.get();
        return Optional.of(new Route(d.family(), d.address(), d.prefixLength(), gateway, flags, null, null, null,
                refs.get(), use.get(), f[5], linkIndex, null, null, null, null, null, false, false));
    }

    /** The Destination column: {@code default}, a host, or an abbreviated network with {@code /len}. */
    private record Destination(AddressFamily family, InetAddress address, int prefixLength) {

        static Optional<Destination> parse(String text, AddressFamily banner, boolean host) {
            if (text.equals("default")) {
                AddressFamily fam = banner == null ? AddressFamily.IPV4 : banner;
                return Optional.of(new Destination(fam, AixAddressText.any(fam), 0));
            }
            int slash = text.indexOf('/');
            String addr = slash < 0 ? text : text.substring(0, slash);
            boolean v6 = addr.indexOf(':') >= 0;
            if (banner != null && v6 != (banner == AddressFamily.IPV6)) {
                return Optional.empty();
            }
            AddressFamily fam = v6 ? AddressFamily.IPV6 : AddressFamily.IPV4;
            int full = v6 ? 128 : 32;
            Optional<InetAddress> a = v6 ? AixAddressText.address(addr)
                    : (slash < 0 ? AixAddressText.address(addr) : AixAddressText.abbreviatedIpv4(addr));
            if (a.isEmpty()) {
                return Optional.empty();
            }
            if (slash < 0) {
                return Optional.of(new Destination(fam, a.get(), full));
            }
            Optional<Integer> len = AixAddressText.number(text.substring(slash + 1), full);
            if (len.isEmpty() || host) {
                return Optional.empty();
            }
            return Optional.of(new Destination(fam, a.get(), len.get()));
        }
    }
}
