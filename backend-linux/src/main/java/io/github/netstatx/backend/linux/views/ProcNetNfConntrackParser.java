package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.InetEndpoint;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code /proc/net/nf_conntrack} (root only; present while the conntrack module is loaded): one
 * tracked connection per line.
 *
 * <pre>
 * ipv4     2 udp      17 23 src=10.1.0.1 dst=10.1.0.77 sport=40000 dport=53 [UNREPLIED] src=10.1.0.77 dst=10.1.0.2 sport=53 dport=40000 mark=0 zone=0 use=2
 * ipv4     2 tcp      6 113 TIME_WAIT src=127.0.0.1 dst=127.0.0.1 sport=48192 dport=43623 src=127.0.0.1 dst=127.0.0.1 sport=43623 dport=48192 [ASSURED] mark=0 zone=0 use=2
 * ipv6     10 udp      17 23 src=0000:0000:0000:0000:0000:0000:0000:0001 dst=0000:0000:0000:0000:0000:0000:0000:0001 sport=59570 dport=9 [UNREPLIED] src=... mark=0 zone=0 use=2
 * </pre>
 *
 * Layout (kernel {@code ct_seq_show}): L3 name and number, L4 name and number, seconds to expiry (absent for
 * offloaded flows), the protocol state for TCP/SCTP/DCCP, the original tuple ({@code src= dst=} and
 * {@code sport= dport=}, or {@code type= code= id=} for ICMP), optional {@code packets= bytes=},
 * {@code [UNREPLIED]}, the reply tuple, {@code [ASSURED]}/{@code [OFFLOAD]}/{@code [HW_OFFLOAD]}, then
 * {@code mark=}, {@code zone=}, {@code use=} and friends. Addresses are literals, never names.
 */
public final class ProcNetNfConntrackParser {

    private ProcNetNfConntrackParser() {
    }

    public static ParseResult<ConntrackEntry> parse(List<String> lines) {
        return ParseResult.eachLine(lines, 0, line -> parseLine(line.strip().split("\\s+")));
    }

    private static ConntrackEntry parseLine(String[] f) {
        if (f.length < 6) {
            return null;
        }
        AddressFamily family = switch (f[0]) {
            case "ipv4" -> AddressFamily.IPV4;
            case "ipv6" -> AddressFamily.IPV6;
            default -> null;
        };
        Long protocolNumber = StatisticsValues.parse(f[3]);
        if (family == null || protocolNumber == null) {
            return null;
        }
        int k = 4;
        Long expires = StatisticsValues.parse(f[k]);
        if (expires != null) {
            k++;
        }
        String state = null;
        if (k < f.length && f[k].indexOf('=') < 0 && !f[k].startsWith("[")) {
            state = f[k++];
        }
        List<Map<String, String>> tuples = new ArrayList<>();
        boolean assured = false;
        boolean unreplied = false;
        for (; k < f.length; k++) {
            String t = f[k];
            if (t.equals("[ASSURED]")) {
                assured = true;
            } else if (t.equals("[UNREPLIED]")) {
                unreplied = true;
            } else if (t.startsWith("src=") && tuples.size() < 2) {
                tuples.add(new HashMap<>());
            }
            int eq = t.indexOf('=');
            if (eq > 0 && !tuples.isEmpty()) {
                // Keys after the reply tuple (mark=, zone=, use=) land in its map too; only the address and
                // port keys are read from it.
                tuples.get(tuples.size() - 1).putIfAbsent(t.substring(0, eq), t.substring(eq + 1));
            }
        }
        if (tuples.isEmpty()) {
            return null;
        }
        ConntrackEntry.Tuple original = tuple(tuples.get(0));
        ConntrackEntry.Tuple reply = tuples.size() > 1 ? tuple(tuples.get(1)) : null;
        if (original == null || (tuples.size() > 1 && reply == null)) {
            return null;
        }
        return new ConntrackEntry(family, f[2], protocolNumber.intValue(), expires, state, original, reply,
                assured, unreplied);
    }

    private static ConntrackEntry.Tuple tuple(Map<String, String> kv) {
        InetAddress src = literal(kv.get("src"));
        InetAddress dst = literal(kv.get("dst"));
        Integer sport = port(kv.get("sport"));
        Integer dport = port(kv.get("dport"));
        if (src == null || dst == null || sport == null || dport == null) {
            return null;
        }
        return new ConntrackEntry.Tuple(new InetEndpoint(src, sport), new InetEndpoint(dst, dport));
    }

    /** Ports are absent for protocols without them (ICMP, GRE): 0 then. */
    private static Integer port(String s) {
        if (s == null) {
            return 0;
        }
        Long v = StatisticsValues.parse(s);
        return v == null || v < 0 || v > 0xFFFF ? null : v.intValue();
    }

    /** An IPv4 dotted quad or a full (or compressed) IPv6 literal, without any lookup. */
    private static InetAddress literal(String s) {
        return s == null ? null : AddressLiteral.parse(s);
    }
}
