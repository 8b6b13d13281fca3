package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds model sockets from a real {@code netstat -An} / {@code -Abn} listing, so the Apple dialect can be
 * asked to print the same listing again. The listing is lossy (addresses and ports are cut to the column), so
 * each cut field is completed to a value that prints the same cut text: a port gets digits appended, an IPv6
 * address the shortest completion whose text starts with the printed 16 characters.
 */
final class AppleGoldenModel {

    private AppleGoldenModel() {
    }

    /** The lines before the kernel-control sections (which the model does not hold). */
    static List<String> comparable(List<String> lines) {
        int end = lines.indexOf("Registered kernel control modules");
        return end < 0 ? lines : lines.subList(0, end);
    }

    static List<SocketEntry> sockets(List<String> lines) {
        List<SocketEntry> out = new ArrayList<>();
        boolean unix = false;
        for (String line : comparable(lines)) {
            if (line.startsWith("Active LOCAL")) {
                unix = true;
                continue;
            }
            if (line.startsWith("Active") || line.startsWith("Socket") || line.startsWith("Address")) {
                continue;
            }
            out.add(unix ? unixRow(line) : inetRow(line));
        }
        return out;
    }

    private static SocketEntry inetRow(String line) {
        String handle = line.substring(0, 16).trim();
        long hash = Long.parseLong(line.substring(17, 25).trim(), 16);
        String proto = line.substring(26, 29);
        String vchar = line.substring(29, 31);
        long recvQ = Long.parseLong(line.substring(32, 38).trim());
        long sendQ = Long.parseLong(line.substring(39, 45).trim());
        String local = line.substring(47, 65);
        String foreign = line.substring(66, 84);
        String state = line.substring(85, 96).trim();
        Long rx = null;
        Long tx = null;
        if (line.length() > 96) {
            rx = Long.parseLong(line.substring(97, 107).trim());
            tx = Long.parseLong(line.substring(108, 118).trim());
        }
        boolean v6 = vchar.startsWith("6");
        boolean dual = vchar.equals("46");
        Protocol protocol = switch (proto) {
            case "tcp" -> Protocol.TCP;
            case "udp" -> Protocol.UDP;
            default -> Protocol.RAW;
        };
        int rawNumber = switch (proto) {
            case "icm" -> v6 ? 58 : 1;
            case "igm" -> 2;
            default -> 255;
        };
        InetEndpoint l = endpoint(local, v6 && !dual, dual);
        InetEndpoint f = endpoint(foreign, v6 && !dual, dual);
        if (protocol == Protocol.RAW) {
            l = new InetEndpoint(l.address(), rawNumber);
        }
        SocketEntry.Builder b = SocketEntry.builder(protocol, v6 || dual ? AddressFamily.IPV6 : AddressFamily.IPV4)
                .local(l).remote(f).dualStack(dual).recvQueue(recvQ).sendQueue(sendQ).pcbAddress(handle)
                .bsd(new BsdSocketInfo(hash, rx, tx, null, null, null, null, null, null, null, null, null, null, null,
                        false));
        if (protocol == Protocol.TCP) {
            int code = AppleSocketListing.STATE_WORDS.indexOf(state);
            b.stateCode(code).platformState(state).state(switch (state) {
                case "ESTABLISHED" -> TcpState.ESTABLISHED;
                case "CLOSE_WAIT" -> TcpState.CLOSE_WAIT;
                case "TIME_WAIT" -> TcpState.TIME_WAIT;
                case "LISTEN" -> TcpState.LISTEN;
                case "SYN_SENT" -> TcpState.SYN_SENT;
                case "FIN_WAIT_1" -> TcpState.FIN_WAIT_1;
                case "FIN_WAIT_2" -> TcpState.FIN_WAIT_2;
                case "LAST_ACK" -> TcpState.LAST_ACK;
                case "CLOSING" -> TcpState.CLOSING;
                case "SYN_RCVD" -> TcpState.SYN_RECEIVED;
                default -> TcpState.CLOSED;
            });
        }
        return b.build();
    }

    /** A {@code host.port} field of 18 columns back to an endpoint that prints the same. */
    private static InetEndpoint endpoint(String field, boolean v6, boolean dual) {
        String f = field.stripTrailing();
        boolean full = field.length() == 18 && field.charAt(17) != ' ';
        String host;
        String port;
        if (f.startsWith("*.")) {
            host = "*";
            port = f.substring(2);
        } else if (v6) {
            int dot = f.indexOf('.');
            host = f.substring(0, dot);
            port = f.substring(dot + 1);
        } else {
            int dots = 0;
            int k = 0;
            while (k < f.length() && dots < 4) {
                if (f.charAt(k) == '.') {
                    dots++;
                }
                k++;
            }
            host = f.substring(0, k - 1);
            port = f.substring(k);
        }
        InetAddress address;
        if (host.equals("*")) {
            address = literal(v6 || dual ? "::" : "0.0.0.0");
        } else if (v6) {
            address = completeIpv6(host);
        } else {
            address = literal(host);
        }
        int portNumber;
        if (port.equals("*") || port.isEmpty()) {
            portNumber = 0;
        } else {
            String digits = port;
            // a cut port (the field ran to its last column) is completed so that it prints the same prefix
            if (full && digits.length() < 5) {
                digits = digits + "0";
            }
            portNumber = Integer.parseInt(digits);
        }
        return new InetEndpoint(address, portNumber);
    }

    private static InetAddress completeIpv6(String shown) {
        for (String tail : List.of("", "::1", "0::1", "00::1", "000::1", ":0:0:0:1", "0:0:0:1", ":1", "1")) {
            try {
                InetAddress a = InetAddress.getByName(shown + tail);
                String text = AddressText.numeric(a);
                if (text.length() >= 16 ? text.startsWith(shown) : text.equals(shown)) {
                    return a;
                }
            } catch (UnknownHostException e) {
                // not an address; try the next completion
            }
        }
        throw new IllegalArgumentException("no IPv6 address prints as " + shown);
    }

    private static InetAddress literal(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    private static SocketEntry unixRow(String line) {
        String[] f = line.trim().split(" +", 9);
        String path = null;
        int pathStart = 16 + 1 + 6 + 1 + 6 + 1 + 6 + 1 + 16 * 4 + 3;
        if (line.length() > pathStart) {
            path = line.substring(pathStart + 1);
        }
        UnixSocketType type = f[1].equals("stream") ? UnixSocketType.STREAM : UnixSocketType.DGRAM;
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                .unix(new UnixInfo(type, type == UnixSocketType.STREAM ? 1 : 2, Set.of(), UnixState.UNCONNECTED, 0,
                        null, path == null ? null : new UnixPath(path, false)))
                .recvQueue(Long.parseLong(f[2])).sendQueue(Long.parseLong(f[3])).pcbAddress(f[0])
                .bsd(new BsdSocketInfo(null, null, null, null, null, null, null, null, null, null, f[4], f[5], f[6],
                        f[7], false))
                .build();
    }
}
