package io.github.netstatx.backend.linux;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketPrefilter;
import io.github.netstatx.core.query.SocketQuery;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

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
 *
 * <p>Tables can hold hundreds of thousands of lines, of which a listing may want a handful ({@code -l}), so
 * every line is first read into primitive fields; the query's scope and {@link SocketPrefilter} decide from
 * those whether it is kept, and only a kept line becomes a {@link SocketEntry}. The parser reads its table
 * as a stream ({@link ProcLineCursor#ProcLineCursor(InputStream)}), never the whole file at once. Kept
 * entries share their {@link InetAddress} objects: a table names few distinct addresses many times.
 */
final class ProcNetInetParser {

    /** Clock ticks per second of {@code tm->when} (the kernel converts with {@code jiffies_to_clock_t}). */
    static final int USER_HZ = 100;
    /** Distinct addresses remembered per table (direct-mapped by their last word). */
    private static final int ADDRESS_CACHE = 256;

    private final Protocol protocol;
    private final AddressFamily family;
    private final int words;
    private final boolean little;
    private final boolean tcp;
    private final boolean timers;
    private final Scope scope;
    private final SocketPrefilter prefilter;
    /** The current line's addresses, in the file's (host-order) words. */
    private final int[] local = new int[4];
    private final int[] remote = new int[4];
    private final int[][] cachedWords = new int[ADDRESS_CACHE][];
    private final InetAddress[] cachedAddresses = new InetAddress[ADDRESS_CACHE];
    private Long lastUid;

    private ProcNetInetParser(Protocol protocol, AddressFamily family, ByteOrder hostOrder, boolean timers,
            Scope scope, SocketPrefilter prefilter) {
        this.protocol = protocol;
        this.family = family;
        this.words = family == AddressFamily.IPV6 ? 4 : 1;
        this.little = hostOrder == ByteOrder.LITTLE_ENDIAN;
        this.tcp = protocol == Protocol.TCP;
        this.timers = timers;
        this.scope = scope;
        this.prefilter = prefilter.keepsAll() ? null : prefilter;
    }

    /**
     * Parses every line of one table.
     *
     * @param data the file's bytes, header line included
     * @param protocol TCP, UDP, UDPLITE or RAW
     * @param family the table's family (IPv4 tables have one address word, IPv6 tables four)
     * @param hostOrder byte order of the host that wrote the table
     * @param timers whether to fill {@link SocketEntry#timer()}
     */
    static ParsedTable parse(byte[] data, Protocol protocol, AddressFamily family, ByteOrder hostOrder,
            boolean timers) {
        List<SocketEntry> entries = new ArrayList<>();
        ProcNetInetParser p = new ProcNetInetParser(protocol, family, hostOrder, timers, Scope.ALL,
                SocketPrefilter.NONE);
        int malformed = p.lines(new ProcLineCursor(data), entries::add);
        return new ParsedTable(entries, malformed);
    }

    /**
     * Reads one table from {@code in} and hands each line the query keeps (scope and prefilter) to
     * {@code kept}, in the file's order.
     *
     * @return the number of malformed lines skipped
     * @throws java.io.UncheckedIOException when reading failed (entries already handed over stay handed over)
     */
    static int parse(InputStream in, Protocol protocol, AddressFamily family, ByteOrder hostOrder,
            SocketQuery query, Consumer<SocketEntry> kept) {
        ProcNetInetParser p = new ProcNetInetParser(protocol, family, hostOrder, query.timers(), query.scope(),
                query.prefilter());
        return p.lines(new ProcLineCursor(in), kept);
    }

    private int lines(ProcLineCursor c, Consumer<SocketEntry> kept) {
        int malformed = 0;
        c.nextLine(); // column header
        while (c.nextLine()) {
            if (c.blankLine()) {
                continue;
            }
            if (!line(c, kept)) {
                malformed++;
            }
        }
        return malformed;
    }

    /** Reads one line; false when it is malformed. */
    private boolean line(ProcLineCursor c, Consumer<SocketEntry> kept) {
        c.skipBlanks();
        c.decimal();                                  // sl
        c.expect(':');
        c.blanks();
        c.hexWords(words, local);
        c.expect(':');
        int localPort = (int) c.hex(4);
        c.blanks();
        c.hexWords(words, remote);
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
            return false;
        }
        TcpState canonical = tcp ? state.canonical : null;
        if (scope != Scope.ALL && (scope == Scope.LISTENING) != listening(remotePort)) {
            return true;
        }
        if (prefilter != null && !prefilter.keeps(canonical, localPort, remotePort)) {
            return true;
        }
        SocketTimer timer = timers
                ? new SocketTimer(timerKind(tr), ticks(when), (int) retransmits, (int) probes, tr)
                : null;
        // The canonical constructor, not the builder: no owner list to copy for each of 100,000 rows.
        kept.accept(new SocketEntry(protocol, family, new InetEndpoint(address(local), localPort),
                new InetEndpoint(address(remote), remotePort), canonical, state == null ? null : state.word,
                (int) st, rxQueue, txQueue, List.of(), uid(uid), null, inode, timer, null, null, null, false, null, null));
        return true;
    }

    /**
     * {@link SocketEntry#listening()} from the primitive fields: a TCP socket without a remote port, a
     * datagram or raw socket without a remote address (IPv4-mapped {@code ::ffff:0.0.0.0} included, which
     * the model holds as {@code 0.0.0.0}).
     */
    private boolean listening(int remotePort) {
        if (tcp) {
            return remotePort == 0;
        }
        if (words == 1) {
            return remote[0] == 0;
        }
        if (remote[0] != 0 || remote[1] != 0) {
            return false;
        }
        int mappedMarker = little ? 0xFFFF0000 : 0x0000FFFF;
        return remote[3] == 0 && (remote[2] == 0 || remote[2] == mappedMarker);
    }

    /** The uid as a shared object: a table's sockets belong to few users. */
    private Long uid(long uid) {
        Long u = lastUid;
        if (u == null || u != uid) {
            u = uid;
            lastUid = u;
        }
        return u;
    }

    /** The address of the words just read, shared with earlier lines that named the same one. */
    private InetAddress address(int[] w) {
        int slot = (w[words - 1] ^ (w[words - 1] >>> 8) ^ (w[words - 1] >>> 16) ^ (w[words - 1] >>> 24)) & 0xFF;
        int[] cached = cachedWords[slot];
        if (cached != null && sameWords(cached, w)) {
            return cachedAddresses[slot];
        }
        InetAddress a = AddressBytes.of(networkOrder(w));
        cachedWords[slot] = Arrays.copyOf(w, words);
        cachedAddresses[slot] = a;
        return a;
    }

    private boolean sameWords(int[] cached, int[] w) {
        for (int i = 0; i < words; i++) {
            if (cached[i] != w[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The address bytes in network order: each {@code %08X} word is a 32-bit word of the address that the
     * kernel printed as an integer of the host's byte order ({@code 0100007F} is 127.0.0.1 on a
     * little-endian host, {@code 7F000001} on a big-endian one).
     */
    private byte[] networkOrder(int[] w) {
        byte[] out = new byte[words * 4];
        for (int i = 0; i < words; i++) {
            int v = w[i];
            int o = i * 4;
            if (little) {
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >>> 8);
                out[o + 2] = (byte) (v >>> 16);
                out[o + 3] = (byte) (v >>> 24);
            } else {
                out[o] = (byte) (v >>> 24);
                out[o + 1] = (byte) (v >>> 16);
                out[o + 2] = (byte) (v >>> 8);
                out[o + 3] = (byte) v;
            }
        }
        return out;
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
