package io.github.netstatx.backend.linux;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TimerKind;
import java.nio.ByteOrder;
import java.time.Duration;

/**
 * Parses the inet socket tables: {@code /proc/net/tcp}, {@code tcp6}, {@code udp}, {@code udp6},
 * {@code udplite}, {@code udplite6}, {@code raw} and {@code raw6}. They are one format: the kernel
 * prints the same leading columns for all of them and net-tools reads them with one scanf format.
 * <pre>
 *   sl  local_address rem_address   st tx_queue rx_queue tr tm-&gt;when retrnsmt   uid  timeout inode
 *    0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 33336 1 00000000da8d32c6 100 0 0 10 0
 *    4: 0100007F:A198 0100007F:0016 05 00000000:00000000 03:00001733 00000000     0        0 0 3 000000004daef9b9
 *    9: 016433C6:1F90 C87100CB:9C42 03 00000000:00000000 01:000000C6 00000001     0        0 0 0 00000000cbed7580
 *  5671: 00000000:14E9 00000000:0000 07 00000000:00000340 00:00000000 00000000     0        0 33361 2 000000008ecdffdc 0
 * </pre>
 * The TCP tables have three line shapes (a full socket, a TIME_WAIT mini socket, a SYN_RECV request
 * socket, above in that order); all share the columns read here: {@code sl}, local and remote
 * {@code ADDRESS:PORT} (address as {@code %08X} words in the host's byte order, port {@code %04X}),
 * state {@code st}, {@code tx_queue:rx_queue} (hex), timer {@code tr:tm->when} (hex, clock ticks),
 * {@code retrnsmt} (hex), {@code uid}, {@code timeout} (unanswered probes) and {@code inode}
 * (decimal). Later columns differ per shape and kernel version and are ignored. In the raw tables
 * the local "port" is the IP protocol number.
 *
 * <p>TIME_WAIT and SYN_RECV lines carry uid 0 and inode 0 because the kernel prints zeros for them;
 * they are kept as printed. The uid is read as net-tools reads it ({@link ProcLineCursor#scanfInt}) and
 * kept as the 32-bit {@code uid_t} that is: a forged {@code -5} is 4294967291, which the net-tools
 * dialect prints as -5. An address with more hex digits than the table's family has is a malformed
 * line: net-tools prints memory it never initialised for it, which cannot be matched. A line that cannot be read, or a TCP line whose state number is not a
 * TCP state, is skipped and counted (net-tools: {@code warning, got bogus tcp line.}).
 */
final class ProcNetInetParser {

    /** Clock ticks per second of {@code tm->when} (the kernel converts with {@code jiffies_to_clock_t}). */
    static final int USER_HZ = 100;

    private ProcNetInetParser() {
    }

    /**
     * Parses one table.
     *
     * @param data the file's bytes, header line included
     * @param protocol TCP, UDP, UDPLITE or RAW
     * @param family the table's family (IPv4 tables have one address word, IPv6 tables four)
     * @param hostOrder byte order of the host that wrote the table
     * @param timers whether to fill {@link SocketEntry#timer()}
     */
    static ParsedTable parse(byte[] data, Protocol protocol, AddressFamily family, ByteOrder hostOrder,
            boolean timers) {
        int words = family == AddressFamily.IPV6 ? 4 : 1;
        boolean tcp = protocol == Protocol.TCP;
        return ParsedTable.parseLines(data, 150,
                c -> line(c, protocol, family, words, hostOrder, tcp, timers));
    }

    private static SocketEntry line(ProcLineCursor c, Protocol protocol, AddressFamily family, int words,
            ByteOrder hostOrder, boolean tcp, boolean timers) {
        c.skipBlanks();
        c.decimal();                                  // sl
        c.expect(':');
        c.blanks();
        byte[] local = c.hexAddress(words, hostOrder);
        c.expect(':');
        int localPort = (int) c.hex(4);
        c.blanks();
        byte[] remote = c.hexAddress(words, hostOrder);
        c.expect(':');
        int remotePort = (int) c.hex(4);
        c.blanks();
        long st = c.hex(2);
        c.blanks();
        long txQueue = c.hex(8);
        c.expect(':');
        long rxQueue = c.hex(8);
        c.blanks();
        int tr = (int) c.hex(2);
        c.expect(':');
        long when = c.hex(16);
        c.blanks();
        long retransmits = c.hex(8);
        c.blanks();
        long uid = Integer.toUnsignedLong(c.scanfInt());
        c.blanks();
        long probes = c.signedDecimal();
        c.blanks();
        long inode = c.decimal();
        if (!c.atLineEnd()) {
            c.blanks();                               // the inode must end at a blank or the line's end
        }
        LinuxTcpState state = LinuxTcpState.ofCode(st);
        if (c.failed() || (tcp && state == null)) {
            return null;
        }
        SocketEntry.Builder b = SocketEntry.builder(protocol, family)
                .local(new InetEndpoint(AddressBytes.of(local), localPort))
                .remote(new InetEndpoint(AddressBytes.of(remote), remotePort))
                .state(tcp ? state.canonical : null)
                .platformState(state == null ? null : state.word)
                .stateCode((int) st)
                .recvQueue(rxQueue)
                .sendQueue(txQueue)
                .uid(uid)
                .inode(inode);
        if (timers) {
            b.timer(new SocketTimer(timerKind(tr), ticks(when), (int) retransmits, (int) probes, tr));
        }
        return b.build();
    }

    /**
     * {@code tm->when} clock ticks as a duration. The column is an unsigned long ({@code %08lX}); a forged
     * {@code FFFFFFFFFFFFFFFF} is 184467440737095516 seconds, as net-tools reads it, not -0.01.
     */
    static Duration ticks(long unsignedTicks) {
        return Duration.ofSeconds(Long.divideUnsigned(unsignedTicks, USER_HZ),
                Long.remainderUnsigned(unsignedTicks, USER_HZ) * (1_000_000_000L / USER_HZ));
    }

    /** The kernel's {@code tr} codes (see {@code get_tcp4_sock}). */
    private static TimerKind timerKind(int tr) {
        return switch (tr) {
            case 0 -> TimerKind.OFF;
            case 1 -> TimerKind.RETRANSMIT;
            case 2 -> TimerKind.KEEPALIVE;
            case 3 -> TimerKind.TIME_WAIT;
            case 4 -> TimerKind.ZERO_WINDOW_PROBE;
            default -> TimerKind.OTHER;
        };
    }

}
