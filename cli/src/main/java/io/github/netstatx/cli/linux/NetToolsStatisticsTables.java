package io.github.netstatx.cli.linux;

import java.util.List;

/**
 * The lookup tables of net-tools 2.10 {@code statistics.c}, as data: for each SNMP counter name the
 * sentence {@code netstat -s} prints and how it prints it. The entries are in the source's order, which
 * is <em>not</em> sorted everywhere although the source says "Keep the entries sorted!"; the lookup is
 * glibc's {@code bsearch} over that order ({@link #find}), so some names are never found and print in the
 * generic {@code Name: value} form instead, exactly as 2.10 prints them.
 */
final class NetToolsStatisticsTables {

    /** How an entry prints ({@code enum State} of statistics.c). */
    enum Kind {
        /** Always printed. */
        NUMBER,
        /** Printed only when the value is not 0. */
        OPT_NUMBER,
        /** A line of the "ICMP input histogram", printed only when the value is greater than 0. */
        INPUT_HISTOGRAM,
        /** A line of the "ICMP output histogram". */
        OUTPUT_HISTOGRAM,
        /** A configuration value ({@code I_STATIC}): netstat never prints these. */
        STATIC
    }

    /**
     * One table entry.
     *
     * @param name the counter name
     * @param text the sentence, with {@code %llu} where the value goes; empty for entries never printed
     * @param kind how it prints
     */
    record Entry(String name, String text, Kind kind) {
    }

    /** Which {@code -s} filter decides whether a table is printed ({@code f_raw}, {@code f_tcp}, ...). */
    enum Filter { RAW, TCP, UDP, SCTP }

    /**
     * A known table.
     *
     * @param title section title as in /proc
     * @param entries entries in the source's order
     * @param filter the option that turns it on
     */
    record Table(String title, List<Entry> entries, Filter filter) {
    }

    private static Entry n(String name, String text) {
        return new Entry(name, text, Kind.NUMBER);
    }

    private static Entry o(String name, String text) {
        return new Entry(name, text, Kind.OPT_NUMBER);
    }

    private static Entry in(String name, String text) {
        return new Entry(name, text, Kind.INPUT_HISTOGRAM);
    }

    private static Entry out(String name, String text) {
        return new Entry(name, text, Kind.OUTPUT_HISTOGRAM);
    }

    private static Entry fixed(String name) {
        return new Entry(name, "", Kind.STATIC);
    }

    static final Table IP = new Table("Ip", List.of(
            fixed("DefaultTTL"), fixed("Forwarding"),
            n("ForwDatagrams", "%llu forwarded"),
            o("FragCreates", "%llu fragments created"),
            o("FragFails", "%llu outgoing packets failed fragmentation"),
            o("FragOKs", "%llu outgoing packets fragmented ok"),
            o("InAddrErrors", "%llu with invalid addresses"),
            n("InDelivers", "%llu incoming packets delivered"),
            n("InDiscards", "%llu incoming packets discarded"),
            o("InHdrErrors", "%llu with invalid headers"),
            n("InReceives", "%llu total packets received"),
            o("InUnknownProtos", "%llu with unknown protocol"),
            o("OutDiscards", "%llu outgoing packets dropped"),
            o("OutNoRoutes", "%llu dropped because of missing route"),
            n("OutRequests", "%llu requests sent out"),
            o("ReasmFails", "%llu packet reassemblies failed"),
            o("ReasmOKs", "%llu packets reassembled ok"),
            o("ReasmReqds", "%llu reassemblies required"),
            o("ReasmTimeout", "%llu fragments dropped after timeout")), Filter.RAW);

    static final Table IP6 = new Table("Ip6", List.of(
            o("Ip6FragCreates", "%llu fragments created"),
            o("Ip6FragFails", "%llu outgoing packets failed fragmentation"),
            o("Ip6FragOKs", "%llu outgoing packets fragmented ok"),
            o("Ip6InAddrErrors", "%llu with invalid addresses"),
            n("Ip6InDelivers", "%llu incoming packets delivered"),
            n("Ip6InDiscards", "%llu incoming packets discarded"),
            o("Ip6InHdrErrors", "%llu with invalid headers"),
            o("Ip6InMcastPkts", "%llu incoming multicast packets"),
            o("Ip6InNoRoutes", "%llu incoming packets with no route"),
            n("Ip6InReceives", "%llu total packets received"),
            o("Ip6InTooBigErrors", "%llu with packets too big"),
            o("Ip6InTruncatedPkts", "%llu with truncated packets"),
            o("Ip6InUnknownProtos", "%llu with unknown protocol"),
            o("Ip6OutDiscards", "%llu outgoing packets dropped"),
            n("Ip6OutForwDatagrams", "%llu forwarded"),
            o("Ip6OutMcastPkts", "%llu outgoing multicast packets"),
            o("Ip6OutNoRoutes", "%llu dropped because of missing route"),
            n("Ip6OutRequests", "%llu requests sent out"),
            o("Ip6ReasmFails", "%llu packet reassemblies failed"),
            o("Ip6ReasmOKs", "%llu packets reassembled ok"),
            o("Ip6ReasmReqds", "%llu reassemblies required"),
            o("Ip6ReasmTimeout", "%llu fragments dropped after timeout")), Filter.RAW);

    static final Table ICMP = new Table("Icmp", List.of(
            in("InAddrMaskReps", "address mask replies: %llu"),
            in("InAddrMasks", "address mask request: %llu"),
            in("InDestUnreachs", "destination unreachable: %llu"),
            in("InEchoReps", "echo replies: %llu"),
            in("InEchos", "echo requests: %llu"),
            n("InErrors", "%llu input ICMP message failed"),
            n("InMsgs", "%llu ICMP messages received"),
            in("InParmProbs", "wrong parameters: %llu"),
            in("InRedirects", "redirects: %llu"),
            in("InSrcQuenchs", "source quenches: %llu"),
            in("InTimeExcds", "timeout in transit: %llu"),
            in("InTimestampReps", "timestamp reply: %llu"),
            in("InTimestamps", "timestamp request: %llu"),
            out("OutAddrMaskReps", "address mask replies: %llu"),
            out("OutAddrMasks", "address mask requests: %llu"),
            out("OutDestUnreachs", "destination unreachable: %llu"),
            out("OutEchoReps", "echo replies: %llu"),
            out("OutEchos", "echo requests: %llu"),
            n("OutErrors", "%llu ICMP messages failed"),
            n("OutMsgs", "%llu ICMP messages sent"),
            out("OutParmProbs", "wrong parameters: %llu"),
            out("OutRedirects", "redirect: %llu"),
            out("OutSrcQuenchs", "source quench: %llu"),
            out("OutTimeExcds", "time exceeded: %llu"),
            out("OutTimestampReps", "timestamp replies: %llu"),
            out("OutTimestamps", "timestamp requests: %llu")), Filter.RAW);

    static final Table ICMP6 = new Table("Icmp6", List.of(
            in("Icmp6InDestUnreachs", "destination unreachable: %llu"),
            in("Icmp6InEchoReplies", "echo replies: %llu"),
            in("Icmp6InEchos", "echo requests: %llu"),
            n("Icmp6InErrors", "%llu input ICMP message failed"),
            in("Icmp6InGroupMembQueries", "group member queries: %llu"),
            in("Icmp6InGroupMembReductions", "group member reductions: %llu"),
            in("Icmp6InGroupMembResponses", "group member responses: %llu"),
            n("Icmp6InMsgs", "%llu ICMP messages received"),
            in("Icmp6InNeighborAdvertisements", "neighbour advertisement: %llu"),
            in("Icmp6InNeighborSolicits", "neighbour solicits: %llu"),
            in("Icmp6InParmProblems", "parameter problem: %llu"),
            in("Icmp6InPktTooBigs", "packets too big: %llu"),
            in("Icmp6InRedirects", "redirects: %llu"),
            in("Icmp6InRouterAdvertisements", "router advertisement: %llu"),
            in("Icmp6InRouterSolicits", "router solicits: %llu"),
            in("Icmp6InTimeExcds", "received ICMPv6 time exceeded: %llu"),
            out("Icmp6OutDestUnreachs", "destination unreachable: %llu"),
            out("Icmp6OutEchoReplies", "echo replies: %llu"),
            out("Icmp6OutEchos", "echo requests: %llu"),
            out("Icmp6OutGroupMembQueries", "group member queries: %llu"),
            out("Icmp6OutGroupMembReductions", "group member reductions: %llu"),
            out("Icmp6OutGroupMembResponses", "group member responses: %llu"),
            n("Icmp6OutMsgs", "%llu ICMP messages sent"),
            out("Icmp6OutNeighborAdvertisements", "neighbor advertisements: %llu"),
            out("Icmp6OutNeighborSolicits", "neighbor solicits: %llu"),
            out("Icmp6OutParmProblems", "parameter problem: %llu"),
            out("Icmp6OutPktTooBigs", "packets too big: %llu"),
            out("Icmp6OutRedirects", "redirects: %llu"),
            // 2.10's key has a trailing blank, so the kernel's name never matches it
            out("Icmp6OutRouterAdvertisements ", "router advertisement: %llu"),
            out("Icmp6OutRouterSolicits", "router solicits: %llu"),
            out("Icmp6OutTimeExcds", "sent ICMPv6 time exceeded: %llu")), Filter.RAW);

    private static final List<Entry> TCP_ENTRIES = List.of(
            n("ActiveOpens", "%llu active connection openings"),
            n("AttemptFails", "%llu failed connection attempts"),
            n("CurrEstab", "%llu connections established"),
            n("EstabResets", "%llu connection resets received"),
            n("InErrs", "%llu bad segments received"),
            n("InSegs", "%llu segments received"),
            n("MaxConn", ""),
            n("OutRsts", "%llu resets sent"),
            n("OutSegs", "%llu segments sent out"),
            n("PassiveOpens", "%llu passive connection openings"),
            n("RetransSegs", "%llu segments retransmitted"),
            fixed("RtoAlgorithm"),
            n("RtoMax", ""),
            n("RtoMin", ""));

    static final Table TCP = new Table("Tcp", TCP_ENTRIES, Filter.TCP);
    /** {@code snmp6tabs} lists a Tcp6 table; no kernel writes such a section. */
    static final Table TCP6 = new Table("Tcp6", TCP_ENTRIES, Filter.TCP);

    static final Table UDP = new Table("Udp", List.of(
            n("InDatagrams", "%llu packets received"),
            n("InErrors", "%llu packet receive errors"),
            n("NoPorts", "%llu packets to unknown port received"),
            n("OutDatagrams", "%llu packets sent"),
            n("RcvbufErrors", "%llu receive buffer errors"),
            n("SndbufErrors", "%llu send buffer errors")), Filter.UDP);

    static final Table UDP6 = new Table("Udp6", List.of(
            n("Udp6InDatagrams", "%llu packets received"),
            n("Udp6InErrors", "%llu packet receive errors"),
            n("Udp6NoPorts", "%llu packets to unknown port received"),
            n("Udp6OutDatagrams", "%llu packets sent")), Filter.UDP);

    static final Table TCP_EXT = new Table("TcpExt", List.of(
            o("DelayedACKLocked", "%llu delayed acks further delayed because of locked socket"),
            o("DelayedACKLost", "Quick ack mode was activated %llu times"),
            o("DelayedACKs", "%llu delayed acks sent"),
            o("EmbryonicRsts", "%llu resets received for embryonic SYN_RECV sockets"),
            o("ListenDrops", "%llu SYNs to LISTEN sockets dropped"),
            o("ListenOverflows", "%llu times the listen queue of a socket overflowed"),
            o("LockDroppedIcmps", "%llu ICMP packets dropped because socket was locked"),
            o("OfoPruned", "%llu packets dropped from out-of-order queue because of socket buffer overrun"),
            o("OutOfWindowIcmps", "%llu ICMP packets dropped because they were out-of-window"),
            o("PAWSActive", "%llu active connections rejected because of time stamp"),
            o("PAWSEstab", "%llu packets rejected in established connections because of timestamp"),
            o("PAWSPassive", "%llu passive connections rejected because of time stamp"),
            o("PruneCalled", "%llu packets pruned from receive queue because of socket buffer overrun"),
            o("RcvPruned", "%llu packets pruned from receive queue"),
            o("SockMallocOOM", "Ran %llu times out of system memory during packet sending"),
            o("SyncookiesFailed", "%llu invalid SYN cookies received"),
            o("SyncookiesRecv", "%llu SYN cookies received"),
            o("SyncookiesSent", "%llu SYN cookies sent"),
            o("TCPAbortFailed", "%llu times unable to send RST due to no memory"),
            o("TCPAbortOnClose", "%llu connections reset due to early user close"),
            o("TCPAbortOnData", "%llu connections reset due to unexpected data"),
            o("TCPAbortOnLinger", "%llu connections aborted after user close in linger timeout"),
            o("TCPAbortOnMemory", "%llu connections aborted due to memory pressure"),
            o("TCPAbortOnSyn", "%llu connections reset due to unexpected SYN"),
            o("TCPAbortOnTimeout", "%llu connections aborted due to timeout"),
            o("TCPDirectCopyFromBacklog", "%llu bytes directly in process context from backlog"),
            o("TCPDirectCopyFromPrequeue", "%llu bytes directly received in process context from prequeue"),
            o("TCPDSACKOfoRecv", "%llu DSACKs for out of order packets received"),
            o("TCPDSACKOfoSent", "%llu DSACKs sent for out of order packets"),
            o("TCPDSACKOldSent", "%llu DSACKs sent for old packets"),
            o("TCPDSACKRecv", "%llu DSACKs received"),
            o("TCPDSackUndo", "%llu congestion window recovered without slow start using DSACK"),
            o("TCPDSACKUndo", "%llu congestion windows recovered without slow start by DSACK"),
            o("TCPFACKReorder", "Detected reordering %llu times using FACK"),
            o("TCPFastRetrans", "%llu fast retransmits"),
            o("TCPForwardRetrans", "%llu forward retransmits"),
            o("TCPFullUndo", "%llu congestion windows fully recovered without slow start"),
            o("TCPHPAcks", "%llu predicted acknowledgments"),
            n("TCPHPHits", "%llu packet headers predicted"),
            o("TCPHPHitsToUser", "%llu packet headers predicted and directly queued to user"),
            o("TCPLossFailures", "%llu timeouts in loss state"),
            o("TCPLoss", "%llu TCP data loss events"),
            o("TCPLossUndo", "%llu congestion windows recovered without slow start after partial ack"),
            o("TCPLostRetransmits", "%llu retransmits lost"),
            o("TCPMemoryPressures", "TCP ran low on memory %llu times"),
            o("TCPPartialUndo", "%llu congestion windows partially recovered using Hoe heuristic"),
            o("TCPPrequeued", "%llu packets directly queued to recvmsg prequeue"),
            o("TCPPrequeueDropped", "%llu packets dropped from prequeue"),
            o("TCPPureAcks", "%llu acknowledgments not containing data payload received"),
            o("TCPRcvCollapsed", "%llu packets collapsed in receive queue due to low socket buffer"),
            o("TCPRenoFailures", "%llu timeouts after reno fast retransmit"),
            o("TCPRenoRecoveryFailed", "%llu reno fast retransmits failed"),
            o("TCPRenoRecoveryFail", "%llu classic Reno fast retransmits failed"),
            o("TCPRenoRecovery", "%llu times recovered from packet loss due to fast retransmit"),
            o("TCPRenoReorder", "Detected reordering %llu times using reno fast retransmit"),
            o("TCPSackFailures", "%llu timeouts after SACK recovery"),
            o("TCPSackRecoveryFail", "%llu SACK retransmits failed"),
            o("TCPSackRecovery", "%llu times recovered from packet loss by selective acknowledgements"),
            o("TCPSACKReneging", "%llu bad SACK blocks received"),
            o("TCPSACKReorder", "Detected reordering %llu times using SACK"),
            o("TCPSchedulerFailed", "%llu times receiver scheduled too late for direct processing"),
            o("TCPSlowStartRetrans", "%llu retransmits in slow start"),
            o("TCPTimeouts", "%llu other TCP timeouts"),
            o("TCPTSReorder", "Detected reordering %llu times using time stamp"),
            o("TWKilled", "%llu TCP sockets finished time wait in slow timer"),
            o("TW", "%llu TCP sockets finished time wait in fast timer"),
            o("TWRecycled", "%llu time wait sockets recycled by time stamp")), Filter.TCP);

    static final Table SCTP = new Table("Sctp", List.of(
            n("SctpAborteds", "%llu Number of Aborteds "),
            n("SctpActiveEstabs", "%llu Active Associations"),
            n("SctpChecksumErrors", "%llu Number of Packets with invalid Checksum"),
            n("SctpCurrEstab", "%llu Current Associations"),
            n("SctpFragUsrMsgs", "%llu Number of messages fragmented"),
            n("SctpInCtrlChunks", "%llu Number of control chunks received"),
            n("SctpInOrderChunks", "%llu Number of ordered chunks received"),
            n("SctpInSCTPPacks", "%llu Number of SCTP packets received"),
            n("SctpInUnorderChunks", "%llu Number of Unordered chunks received"),
            n("SctpOutCtrlChunks", "%llu Number of control chunks sent"),
            n("SctpOutOfBlues", "%llu Number of Out of Blue packets"),
            n("SctpOutOrderChunks", "%llu Number of ordered chunks sent"),
            n("SctpOutSCTPPacks", "%llu Number of SCTP packets sent"),
            n("SctpOutUnorderChunks", "%llu Number of Unordered chunks sent"),
            n("SctpPassiveEstabs", "%llu Passive Associations"),
            n("SctpReasmUsrMsgs", "%llu Number of messages reassembled "),
            n("SctpShutdowns", "%llu Number of Graceful Terminations")), Filter.SCTP);

    /** {@code snmptabs}: the tables of /proc/net/snmp, /proc/net/netstat and /proc/net/sctp/snmp. */
    static final List<Table> SNMP_TABLES = List.of(IP, ICMP, TCP, UDP, SCTP, TCP_EXT);
    /** {@code snmp6tabs}: the tables of /proc/net/snmp6. */
    static final List<Table> SNMP6_TABLES = List.of(IP6, ICMP6, UDP6, TCP6);

    private NetToolsStatisticsTables() {
    }

    /** The known table titled {@code title} in {@code tables}, or null. */
    static Table table(List<Table> tables, String title) {
        for (Table t : tables) {
            if (t.title().equals(title)) {
                return t;
            }
        }
        return null;
    }

    /**
     * glibc {@code bsearch} with {@code strcmp}, over the entries in table order: midpoint
     * {@code (l + u) / 2} with an exclusive upper bound. Returns null when the search misses, which for
     * the mis-sorted 2.10 tables happens even for names that are in the table.
     */
    static Entry find(Table table, String name) {
        List<Entry> e = table.entries();
        int l = 0;
        int u = e.size();
        while (l < u) {
            int idx = (l + u) >>> 1;
            int c = strcmp(name, e.get(idx).name());
            if (c < 0) {
                u = idx;
            } else if (c > 0) {
                l = idx + 1;
            } else {
                return e.get(idx);
            }
        }
        return null;
    }

    /** The sign of C {@code strcmp} on ASCII names. */
    private static int strcmp(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }
}
