package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code lsof -n -P -i -F pcPtn}: lsof's field output, one field per line, a letter then the value.
 * The field format is lsof's own and the same on every OS it runs on; recorded with lsof 4.95 on Debian 12:
 *
 * <pre>
 * p23138
 * cpython3
 * tIPv4
 * PTCP
 * n127.0.0.1:55773
 * tIPv4
 * PTCP
 * n127.0.0.1:52456-&gt;127.0.0.1:55773
 * tIPv6
 * PUDP
 * n[::1]:43353
 * </pre>
 *
 * A name without {@code ->} has no peer (a listener or an unconnected datagram socket).
 */
public final class LsofFieldParser {

    /**
     * One Internet file of one process.
     *
     * @param remote the peer, or {@code null} when the socket has none
     */
    public record LsofSocket(long pid, String command, Protocol protocol, AddressFamily family, InetEndpoint local,
            InetEndpoint remote) {
    }

    /** The sockets, and how many files could not be read. */
    public record Result(List<LsofSocket> sockets, int unreadable) {
        public Result {
            sockets = List.copyOf(sockets);
        }
    }

    private LsofFieldParser() {
    }

    public static Result parse(String text) {
        List<LsofSocket> out = new ArrayList<>();
        int unreadable = 0;
        Long pid = null;
        String command = null;
        AddressFamily family = null;
        Protocol protocol = null;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String v = line.substring(1);
            switch (line.charAt(0)) {
                case 'p' -> {
                    pid = AixAddressText.counter(v).orElse(null);
                    command = null;
                }
                case 'c' -> command = v;
                case 't' -> family = v.equals("IPv4") ? AddressFamily.IPV4 : v.equals("IPv6") ? AddressFamily.IPV6 : null;
                case 'P' -> protocol = v.equals("TCP") ? Protocol.TCP : v.equals("UDP") ? Protocol.UDP : null;
                case 'n' -> {
                    Optional<LsofSocket> s = socket(pid, command, protocol, family, v);
                    if (s.isPresent()) {
                        out.add(s.get());
                    } else {
                        unreadable++;
                    }
                    family = null;
                    protocol = null;
                }
                default -> {
                    // Fields not asked for (lsof adds some on its own) carry nothing needed here.
                }
            }
        }
        return new Result(out, unreadable);
    }

    private static Optional<LsofSocket> socket(Long pid, String command, Protocol protocol, AddressFamily family,
            String name) {
        if (pid == null || protocol == null || family == null) {
            return Optional.empty();
        }
        int arrow = name.indexOf("->");
        String localText = arrow < 0 ? name : name.substring(0, arrow);
        Optional<InetEndpoint> local = endpoint(localText, family);
        Optional<InetEndpoint> remote = arrow < 0 ? Optional.empty() : endpoint(name.substring(arrow + 2), family);
        if (local.isEmpty() || (arrow >= 0 && remote.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new LsofSocket(pid, command, protocol, family, local.get(), remote.orElse(null)));
    }

    /** {@code 127.0.0.1:80}, {@code [::1]:80}, {@code *:80}. */
    private static Optional<InetEndpoint> endpoint(String text, AddressFamily family) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String host = text.substring(0, colon);
        Optional<Integer> port = text.substring(colon + 1).equals("*") ? Optional.of(0)
                : AixAddressText.number(text.substring(colon + 1), 0xFFFF);
        Optional<InetAddress> address;
        if (host.equals("*")) {
            address = Optional.of(AixAddressText.any(family));
        } else if (host.startsWith("[") && host.endsWith("]")) {
            address = AixAddressText.address(host.substring(1, host.length() - 1));
        } else {
            address = AixAddressText.address(host);
        }
        if (port.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InetEndpoint(address.get(), port.get()));
    }
}
