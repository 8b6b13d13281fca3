package io.github.netstatx.core.format;

import io.github.netstatx.core.model.AddressFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout of AIX {@code netstat -s}: its sections in AIX's order, and in each the lines with their
 * indentation (one tab per level), their text with {@code #} where a number goes, and the model counters
 * the numbers are. The backend reads the command through it and the AIX dialect prints through it.
 * Counters with a MIB-II / Linux SNMP equivalent carry that name ({@code InReceives}, {@code ActiveOpens},
 * {@code NoPorts}, {@code Icmp6OutEchos}); the others are named by AIX's own words, prefixed by their
 * parent line where the same words occur twice in a section.
 *
 * <p>Every line is from one real AIX recording ({@code backend-aix} fixture {@code netstat-s.bgera.txt},
 * provenance there), whose beginning reads:
 *
 * <pre>
 * icmp:
 * 	4069305 calls to icmp_error
 * 	0 errors not generated because old message was icmp
 * 	Output histogram:
 * 		echo reply: 320796
 * </pre>
 *
 * <p>ICMPv4 histogram entries ({@link Kind#SPARSE}) are printed only when not zero, as the recording shows
 * (seven of the many ICMP types, none zero); the ICMPv6 ones always are (zeros recorded). AIX levels that
 * print lines not listed here are read as extra counters by the backend, never lost.
 */
public final class AixNetstatSLayout {

    /** What a line is. */
    public enum Kind {
        /** A title without a number ({@code Output histogram:}). */
        HEADER,
        /** {@code N words}, possibly with more numbers in parentheses. */
        COUNT,
        /** A histogram entry {@code words: N}, always printed. */
        ENTRY,
        /** A histogram entry printed only when not zero. */
        SPARSE
    }

    /**
     * One line.
     *
     * @param depth tabs before the text
     * @param template the text, {@code #} for each number
     * @param counters the counter each {@code #} is, in order
     * @param kind what the line is
     */
    public record Line(int depth, String template, List<String> counters, Kind kind) {

        public Line {
            counters = List.copyOf(counters);
        }

        /**
         * The numbers of {@code text} (the line without its tabs) if it has this line's words, else empty.
         * A {@code #} takes a whole run of decimal digits.
         */
        public Optional<long[]> match(String text) {
            long[] values = new long[counters.size()];
            int t = 0;
            int v = 0;
            for (int k = 0; k < template.length(); k++) {
                char c = template.charAt(k);
                if (c == '#') {
                    int start = t;
                    while (t < text.length() && text.charAt(t) >= '0' && text.charAt(t) <= '9') {
                        t++;
                    }
                    if (t == start || t - start > 20) {
                        return Optional.empty();
                    }
                    try {
                        // AIX's counters are unsigned 64-bit: the largest ones come back as negative longs
                        // and are printed unsigned again.
                        values[v++] = Long.parseUnsignedLong(text, start, t, 10);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                } else if (t < text.length() && text.charAt(t) == c) {
                    t++;
                } else {
                    return Optional.empty();
                }
            }
            return t == text.length() ? Optional.of(values) : Optional.empty();
        }

        /** The line as AIX prints it, tabs included, with {@code values} in place of the {@code #}s. */
        public String text(long... values) {
            StringBuilder b = new StringBuilder("\t".repeat(depth));
            int v = 0;
            for (int k = 0; k < template.length(); k++) {
                char c = template.charAt(k);
                if (c == '#') {
                    b.append(Long.toUnsignedString(values[v++]));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    /**
     * One section ({@code tcp:}).
     *
     * @param word the title without its colon, also the {@code -p} protocol name
     * @param group the model's group name ({@code Tcp})
     * @param family the group's family; {@code null}: AIX counts both families together
     * @param blankLineBefore AIX prints an empty line before the title
     * @param lines the lines in AIX's order
     */
    public record Section(String word, String group, AddressFamily family, boolean blankLineBefore,
            List<Line> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The sections, in the order AIX prints them. */
    public static final List<Section> SECTIONS = List.of(
            section("icmp", "Icmp", AddressFamily.IPV4, false,
                    count(1, "# calls to icmp_error", "calls to icmp_error"),
                    count(1, "# errors not generated because old message was icmp", "errors not generated because old message was icmp"),
                    header(1, "Output histogram:"),
                    sparse(2, "echo reply: #", "OutEchoReps"),
                    sparse(2, "destination unreachable: #", "OutDestUnreachs"),
                    sparse(2, "echo: #", "OutEchos"),
                    sparse(2, "timestamp reply: #", "OutTimestampReps"),
                    count(1, "# messages with bad code fields", "messages with bad code fields"),
                    count(1, "# messages < minimum length", "messages < minimum length"),
                    count(1, "# bad checksums", "InCsumErrors"),
                    count(1, "# messages with bad length", "messages with bad length"),
                    header(1, "Input histogram:"),
                    sparse(2, "echo reply: #", "InEchoReps"),
                    sparse(2, "destination unreachable: #", "InDestUnreachs"),
                    sparse(2, "echo: #", "InEchos"),
                    sparse(2, "time exceeded: #", "InTimeExcds"),
                    sparse(2, "timestamp: #", "InTimestamps"),
                    sparse(2, "address mask request: #", "InAddrMasks"),
                    count(1, "# message responses generated", "message responses generated")),
            section("igmp", "Igmp", AddressFamily.IPV4, false,
                    count(1, "# messages received", "messages received"),
                    count(1, "# messages received with too few bytes", "messages received with too few bytes"),
                    count(1, "# messages received with bad checksum", "messages received with bad checksum"),
                    count(1, "# membership queries received", "membership queries received"),
                    count(1, "# membership queries received with invalid field(s)", "membership queries received with invalid field(s)"),
                    count(1, "# membership reports received", "membership reports received"),
                    count(1, "# membership reports received with invalid field(s)", "membership reports received with invalid field(s)"),
                    count(1, "# membership reports received for groups to which we belong", "membership reports received for groups to which we belong"),
                    count(1, "# membership reports sent", "membership reports sent")),
            section("tcp", "Tcp", null, false,
                    count(1, "# packets sent", "packets sent"),
                    count(2, "# data packets (# bytes)", "data packets", "data bytes"),
                    count(2, "# data packets (# bytes) retransmitted", "RetransSegs", "data bytes retransmitted"),
                    count(2, "# ack-only packets (# delayed)", "ack-only packets", "delayed acks"),
                    count(2, "# URG only packets", "URG only packets"),
                    count(2, "# window probe packets", "window probe packets"),
                    count(2, "# window update packets", "packets sent: window update packets"),
                    count(2, "# control packets", "control packets"),
                    count(2, "# large sends", "large sends"),
                    count(2, "# bytes sent using largesend", "bytes sent using largesend"),
                    count(2, "# bytes is the biggest largesend", "bytes is the biggest largesend"),
                    count(1, "# packets received", "InSegs"),
                    count(2, "# acks (for # bytes)", "acks", "bytes acked"),
                    count(2, "# duplicate acks", "duplicate acks"),
                    count(2, "# acks for unsent data", "acks for unsent data"),
                    count(2, "# packets (# bytes) received in-sequence", "packets received in-sequence", "bytes received in-sequence"),
                    count(2, "# completely duplicate packets (# bytes)", "completely duplicate packets", "completely duplicate bytes"),
                    count(2, "# old duplicate packets", "old duplicate packets"),
                    count(2, "# packets with some dup. data (# bytes duped)", "packets with some dup. data", "bytes duped"),
                    count(2, "# out-of-order packets (# bytes)", "out-of-order packets", "out-of-order bytes"),
                    count(2, "# packets (# bytes) of data after window", "packets of data after window", "bytes of data after window"),
                    count(2, "# window probes", "window probes"),
                    count(2, "# window update packets", "packets received: window update packets"),
                    count(2, "# packets received after close", "packets received after close"),
                    count(2, "# packets with bad hardware assisted checksum", "packets with bad hardware assisted checksum"),
                    count(2, "# discarded for bad checksums", "InCsumErrors"),
                    count(2, "# discarded for bad header offset fields", "discarded for bad header offset fields"),
                    count(2, "# discarded because packet too short", "discarded because packet too short"),
                    count(2, "# discarded by listeners", "discarded by listeners"),
                    count(2, "# discarded due to listener's queue full", "discarded due to listener's queue full"),
                    count(2, "# ack packet headers correctly predicted", "ack packet headers correctly predicted"),
                    count(2, "# data packet headers correctly predicted", "data packet headers correctly predicted"),
                    count(1, "# connection requests", "ActiveOpens"),
                    count(1, "# connection accepts", "PassiveOpens"),
                    count(1, "# connections established (including accepts)", "connections established (including accepts)"),
                    count(1, "# connections closed (including # drops)", "connections closed", "connections dropped when closed"),
                    count(1, "# connections with ECN capability", "connections with ECN capability"),
                    count(1, "# times responded to ECN", "times responded to ECN"),
                    count(1, "# embryonic connections dropped", "embryonic connections dropped"),
                    count(1, "# segments updated rtt (of # attempts)", "segments updated rtt", "rtt update attempts"),
                    count(1, "# segments with congestion window reduced bit set", "segments with congestion window reduced bit set"),
                    count(1, "# segments with congestion experienced bit set", "segments with congestion experienced bit set"),
                    count(1, "# resends due to path MTU discovery", "resends due to path MTU discovery"),
                    count(1, "# path MTU discovery terminations due to retransmits", "path MTU discovery terminations due to retransmits"),
                    count(1, "# retransmit timeouts", "retransmit timeouts"),
                    count(2, "# connections dropped by rexmit timeout", "connections dropped by rexmit timeout"),
                    count(1, "# fast retransmits", "fast retransmits"),
                    count(2, "# when congestion window less than 4 segments", "when congestion window less than 4 segments"),
                    count(1, "# newreno retransmits", "newreno retransmits"),
                    count(1, "# times avoided false fast retransmits", "times avoided false fast retransmits"),
                    count(1, "# persist timeouts", "persist timeouts"),
                    count(2, "# connections dropped due to persist timeout", "connections dropped due to persist timeout"),
                    count(1, "# keepalive timeouts", "keepalive timeouts"),
                    count(2, "# keepalive probes sent", "keepalive probes sent"),
                    count(2, "# connections dropped by keepalive", "connections dropped by keepalive"),
                    count(1, "# times SACK blocks array is extended", "times SACK blocks array is extended"),
                    count(1, "# times SACK holes array is extended", "times SACK holes array is extended"),
                    count(1, "# packets dropped due to memory allocation failure", "packets dropped due to memory allocation failure"),
                    count(1, "# connections in timewait reused", "connections in timewait reused"),
                    count(1, "# delayed ACKs for SYN", "delayed ACKs for SYN"),
                    count(1, "# delayed ACKs for FIN", "delayed ACKs for FIN"),
                    count(1, "# send_and_disconnects", "send_and_disconnects"),
                    count(1, "# spliced connections", "spliced connections"),
                    count(1, "# spliced connections closed", "spliced connections closed"),
                    count(1, "# spliced connections reset", "spliced connections reset"),
                    count(1, "# spliced connections timeout", "spliced connections timeout"),
                    count(1, "# spliced connections persist timeout", "spliced connections persist timeout"),
                    count(1, "# spliced connections keepalive timeout", "spliced connections keepalive timeout"),
                    count(1, "# TCP checksum offload disabled during retransmit", "TCP checksum offload disabled during retransmit"),
                    count(1, "# Connections dropped due to bad ACKs", "Connections dropped due to bad ACKs"),
                    count(1, "# fastpath loopback connection", "fastpath loopback connection"),
                    count(1, "# fastpath loopback sent packet (# byte)", "fastpath loopback sent packets", "fastpath loopback sent bytes"),
                    count(1, "# fastpath loopback received packet (# byte)", "fastpath loopback received packets", "fastpath loopback received bytes")),
            section("udp", "Udp", null, false,
                    count(1, "# datagrams received", "datagrams received"),
                    count(1, "# incomplete headers", "incomplete headers"),
                    count(1, "# bad data length fields", "bad data length fields"),
                    count(1, "# bad checksums", "InCsumErrors"),
                    count(1, "# dropped due to no socket", "NoPorts"),
                    count(1, "# broadcast/multicast datagrams dropped due to no socket", "broadcast/multicast datagrams dropped due to no socket"),
                    count(1, "# socket buffer overflows", "RcvbufErrors"),
                    count(1, "# delivered", "InDatagrams"),
                    count(1, "# datagrams output", "OutDatagrams")),
            section("ip", "Ip", AddressFamily.IPV4, false,
                    count(1, "# total packets received", "InReceives"),
                    count(1, "# bad header checksums", "bad header checksums"),
                    count(1, "# with size smaller than minimum", "with size smaller than minimum"),
                    count(1, "# with data size < data length", "with data size < data length"),
                    count(1, "# with header length < data size", "with header length < data size"),
                    count(1, "# with data length < header length", "with data length < header length"),
                    count(1, "# with bad options", "with bad options"),
                    count(1, "# with incorrect version number", "with incorrect version number"),
                    count(1, "# fragments received", "ReasmReqds"),
                    count(1, "# fragments dropped (dup or out of space)", "fragments dropped (dup or out of space)"),
                    count(1, "# fragments dropped after timeout", "fragments dropped after timeout"),
                    count(1, "# packets reassembled ok", "ReasmOKs"),
                    count(1, "# packets for this host", "InDelivers"),
                    count(1, "# packets for unknown/unsupported protocol", "InUnknownProtos"),
                    count(1, "# packets forwarded", "ForwDatagrams"),
                    count(1, "# packets not forwardable", "packets not forwardable"),
                    count(1, "# redirects sent", "redirects sent"),
                    count(1, "# packets sent from this host", "OutRequests"),
                    count(1, "# packets sent with fabricated ip header", "packets sent with fabricated ip header"),
                    count(1, "# output packets dropped due to no bufs, etc.", "OutDiscards"),
                    count(1, "# output packets discarded due to no route", "OutNoRoutes"),
                    count(1, "# output datagrams fragmented", "FragOKs"),
                    count(1, "# fragments created", "FragCreates"),
                    count(1, "# datagrams that can't be fragmented", "FragFails"),
                    count(1, "# IP Multicast packets dropped due to no receiver", "IP Multicast packets dropped due to no receiver"),
                    count(1, "# successful path MTU discovery cycles", "successful path MTU discovery cycles"),
                    count(1, "# path MTU rediscovery cycles attempted", "path MTU rediscovery cycles attempted"),
                    count(1, "# path MTU discovery no-response estimates", "path MTU discovery no-response estimates"),
                    count(1, "# path MTU discovery response timeouts", "path MTU discovery response timeouts"),
                    count(1, "# path MTU discovery decreases detected", "path MTU discovery decreases detected"),
                    count(1, "# path MTU discovery packets sent", "path MTU discovery packets sent"),
                    count(1, "# path MTU discovery memory allocation failures", "path MTU discovery memory allocation failures"),
                    count(1, "# ipintrq overflows", "ipintrq overflows"),
                    count(1, "# with illegal source", "with illegal source"),
                    count(1, "# packets processed by threads", "packets processed by threads"),
                    count(1, "# packets dropped by threads", "packets dropped by threads"),
                    count(1, "# packets dropped due to the full socket receive buffer", "packets dropped due to the full socket receive buffer"),
                    count(1, "# dead gateway detection packets sent", "dead gateway detection packets sent"),
                    count(1, "# dead gateway detection packet allocation failures", "dead gateway detection packet allocation failures"),
                    count(1, "# dead gateway detection gateway allocation failures", "dead gateway detection gateway allocation failures"),
                    count(1, "# incoming packets dropped due to MLS filters", "incoming packets dropped due to MLS filters"),
                    count(1, "# packets not sent due to MLS filters", "packets not sent due to MLS filters")),
            section("ipv6", "Ip6", AddressFamily.IPV6, true,
                    count(1, "# total packets received", "Ip6InReceives"),
                    header(1, "Input histogram:"),
                    entry(2, "TCP: #", "Input histogram: TCP"),
                    entry(2, "UDP: #", "Input histogram: UDP"),
                    entry(2, "ICMP v6: #", "Input histogram: ICMP v6"),
                    count(1, "# with size smaller than minimum", "with size smaller than minimum"),
                    count(1, "# with data size < data length", "with data size < data length"),
                    count(1, "# with incorrect version number", "with incorrect version number"),
                    count(1, "# with illegal source", "with illegal source"),
                    count(1, "# input packets without enough memory", "input packets without enough memory"),
                    count(1, "# fragments received", "Ip6ReasmReqds"),
                    count(1, "# fragments dropped (dup or out of space)", "fragments dropped (dup or out of space)"),
                    count(1, "# fragments dropped after timeout", "fragments dropped after timeout"),
                    count(1, "# packets reassembled ok", "Ip6ReasmOKs"),
                    count(1, "# packets for this host", "Ip6InDelivers"),
                    count(1, "# packets for unknown/unsupported protocol", "Ip6InUnknownProtos"),
                    count(1, "# packets forwarded", "Ip6OutForwDatagrams"),
                    count(1, "# packets not forwardable", "packets not forwardable"),
                    count(1, "# too big packets not forwarded", "too big packets not forwarded"),
                    count(1, "# packets sent from this host", "Ip6OutRequests"),
                    count(1, "# packets sent with fabricated ipv6 header", "packets sent with fabricated ipv6 header"),
                    count(1, "# output packets dropped due to no bufs, etc.", "Ip6OutDiscards"),
                    count(1, "# output packets without enough memory", "output packets without enough memory"),
                    count(1, "# output packets discarded due to no route", "Ip6OutNoRoutes"),
                    count(1, "# output datagrams fragmented", "Ip6FragOKs"),
                    count(1, "# fragments created", "Ip6FragCreates"),
                    count(1, "# packets dropped due to the full socket receive buffer", "packets dropped due to the full socket receive buffer"),
                    count(1, "# packets not delivered due to bad raw IPv6 checksum", "packets not delivered due to bad raw IPv6 checksum"),
                    count(1, "# incoming packets dropped due to MLS filters", "incoming packets dropped due to MLS filters"),
                    count(1, "# packets not sent due to MLS filters", "packets not sent due to MLS filters")),
            section("icmpv6", "Icmp6", AddressFamily.IPV6, false,
                    count(1, "# calls to icmp6_error", "calls to icmp6_error"),
                    count(1, "# errors not generated because old message was icmpv6", "errors not generated because old message was icmpv6"),
                    header(1, "Output histogram:"),
                    entry(2, "unreachable: #", "Icmp6OutDestUnreachs"),
                    entry(2, "packets too big: #", "Icmp6OutPktTooBigs"),
                    entry(2, "time exceeded: #", "Icmp6OutTimeExcds"),
                    entry(2, "parameter problems: #", "Icmp6OutParmProblems"),
                    entry(2, "redirects: #", "Icmp6OutRedirects"),
                    entry(2, "echo requests: #", "Icmp6OutEchos"),
                    entry(2, "echo replies: #", "Icmp6OutEchoReplies"),
                    entry(2, "group queries: #", "Icmp6OutGroupMembQueries"),
                    entry(2, "group reports: #", "Icmp6OutGroupMembResponses"),
                    entry(2, "group terminations: #", "Icmp6OutGroupMembReductions"),
                    entry(2, "router solicitations: #", "Icmp6OutRouterSolicits"),
                    entry(2, "router advertisements: #", "Icmp6OutRouterAdvertisements"),
                    entry(2, "neighbor solicitations: #", "Icmp6OutNeighborSolicits"),
                    entry(2, "neighbor advertisements: #", "Icmp6OutNeighborAdvertisements"),
                    count(1, "# messages with bad code fields", "messages with bad code fields"),
                    count(1, "# messages < minimum length", "messages < minimum length"),
                    count(1, "# bad checksums", "Icmp6InCsumErrors"),
                    count(1, "# messages with bad length", "messages with bad length"),
                    header(1, "Input histogram:"),
                    entry(2, "unreachable: #", "Icmp6InDestUnreachs"),
                    entry(2, "packets too big: #", "Icmp6InPktTooBigs"),
                    entry(2, "time exceeded: #", "Icmp6InTimeExcds"),
                    entry(2, "parameter problems: #", "Icmp6InParmProblems"),
                    entry(2, "echo requests: #", "Icmp6InEchos"),
                    entry(2, "echo replies: #", "Icmp6InEchoReplies"),
                    entry(2, "group queries: #", "Icmp6InGroupMembQueries"),
                    entry(3, "bad group queries: #", "Input histogram: bad group queries"),
                    entry(2, "group reports: #", "Icmp6InGroupMembResponses"),
                    entry(3, "bad group reports: #", "Input histogram: bad group reports"),
                    entry(3, "our groups' reports: #", "Input histogram: our groups' reports"),
                    entry(2, "group terminations: #", "Icmp6InGroupMembReductions"),
                    entry(2, "bad group terminations: #", "Input histogram: bad group terminations"),
                    entry(2, "router solicitations: #", "Icmp6InRouterSolicits"),
                    entry(2, "bad router solicitations: #", "Input histogram: bad router solicitations"),
                    entry(2, "router advertisements: #", "Icmp6InRouterAdvertisements"),
                    entry(2, "bad router advertisements: #", "Input histogram: bad router advertisements"),
                    entry(2, "neighbor solicitations: #", "Icmp6InNeighborSolicits"),
                    entry(2, "bad neighbor solicitations: #", "Input histogram: bad neighbor solicitations"),
                    entry(2, "neighbor advertisements: #", "Icmp6InNeighborAdvertisements"),
                    entry(2, "bad neighbor advertisements: #", "Input histogram: bad neighbor advertisements"),
                    entry(2, "redirects: #", "Icmp6InRedirects"),
                    entry(2, "bad redirects: #", "Input histogram: bad redirects"),
                    entry(2, "mobility calls when not started: #", "Input histogram: mobility calls when not started"),
                    entry(2, "home agent address discovery requests: #", "Input histogram: home agent address discovery requests"),
                    entry(2, "bad home agent address discovery requests: #", "Input histogram: bad home agent address discovery requests"),
                    entry(2, "home agent address discovery replies: #", "Input histogram: home agent address discovery replies"),
                    entry(2, "bad home agent address discovery replies: #", "Input histogram: bad home agent address discovery replies"),
                    entry(2, "prefix solicitations: #", "Input histogram: prefix solicitations"),
                    entry(2, "bad prefix solicitations: #", "Input histogram: bad prefix solicitations"),
                    entry(2, "prefix advertisements: #", "Input histogram: prefix advertisements"),
                    entry(2, "bad prefix advertisements: #", "Input histogram: bad prefix advertisements"),
                    count(1, "# message responses generated", "message responses generated")));

    private AixNetstatSLayout() {
    }

    /** The section titled {@code word} ({@code tcp}), if AIX has it. */
    public static Optional<Section> section(String word) {
        return SECTIONS.stream().filter(s -> s.word().equals(word)).findFirst();
    }

    private static Section section(String word, String group, AddressFamily family, boolean blankLineBefore,
            Line... lines) {
        return new Section(word, group, family, blankLineBefore, new ArrayList<>(List.of(lines)));
    }

    private static Line header(int depth, String text) {
        return new Line(depth, text, List.of(), Kind.HEADER);
    }

    private static Line count(int depth, String template, String... counters) {
        return new Line(depth, template, List.of(counters), Kind.COUNT);
    }

    private static Line entry(int depth, String template, String counter) {
        return new Line(depth, template, List.of(counter), Kind.ENTRY);
    }

    private static Line sparse(int depth, String template, String counter) {
        return new Line(depth, template, List.of(counter), Kind.SPARSE);
    }
}
