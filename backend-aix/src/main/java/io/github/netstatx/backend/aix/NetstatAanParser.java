package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses AIX {@code netstat -Aan} (and {@code -an}, which lacks the PCB column): the Internet section,
 * then, after an empty line, the UNIX-domain section. Rows of an AIX 7.3 host (gopsutil's test data,
 * see {@code aix/PROVENANCE.md}):
 *
 * <pre>
 * Active Internet connections (including servers)
 * PCB/ADDR         Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)
 * f1000f000017e3c0 tcp6       0      0  *.22                  *.*                   LISTEN
 * f1000f00002d8bc0 tcp4       0      0  192.168.242.122.22    24.236.207.124.33236  ESTABLISHED
 * f1000f0000140600 udp        0      0  *.111                 *.*
 *
 * Active UNIX domain sockets
 * SADR/PCB         Type   Recv-Q Send-Q      Inode            Conn             Refs           Nextref      Addr
 * f1000f000010a408 dgram       0      0 f1000b02a0354c20                0                0                0 /dev/SRC
 * f1000f000557b280
 * </pre>
 *
 * <p>Variants this parser accepts: protocol {@code tcp4}/{@code tcp6}/{@code udp4}/{@code udp6}, and plain
 * {@code tcp}/{@code udp}, which AIX prints for an IPv6 socket that also serves IPv4 (the inetd services
 * configured as {@code tcp6} and Java's listeners show so), kept as a dual-stack IPv6 socket;
 * {@code tcp46}/{@code udp46} likewise; PCB addresses of 8 or 16 hex digits; UDP rows without a state.
 * UNIX rows are handed to {@link AixUnixSocketRows}. Heading lines are skipped; any other line is a
 * diagnostic with the line quoted.
 */
public final class NetstatAanParser {

    static final String SOURCE = "netstat -Aan";

    /** The address column width of the older layout. */
    private static final int NARROW_COLUMN = 18;
    /** PCB (optional), protocol, queues, then the local address, the blanks after it and the foreign address. */
    private static final Pattern ENDPOINTS = Pattern.compile("(?:[0-9a-f]+ +)?\\S+ +\\d+ +\\d+ +(\\S+)( +)(\\S+)");

    private NetstatAanParser() {
    }

    /** @param text the command's standard output */
    public static ParsedOutput<SocketEntry> parse(String text) {
        List<SocketEntry> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        AixUnixSocketRows unix = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Active UNIX domain sockets")) {
                unix = new AixUnixSocketRows(rows, diagnostics);
                continue;
            }
            if (unix != null) {
                unix.line(line);
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("Active Internet connections") || isHeader(trimmed)) {
                continue;
            }
            Optional<SocketEntry> row = row(trimmed.split("\\s+"));
            if (row.isPresent()) {
                rows.add(row.get());
                if (mayBeCut(line)) {
                    diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.WARNING, SOURCE, "an address of "
                            + SOURCE + " fills its 18-character column, so netstat may have cut it (its port may be"
                            + " incomplete): " + SafeText.quote(line), row.get().protocol(), 1, null));
                }
            } else {
                diagnostics.add(malformed(line));
            }
        }
        if (unix != null) {
            unix.end();
        }
        return new ParsedOutput<>(rows, diagnostics);
    }

    /**
     * True for a row of the older, narrow layout (address columns 18 wide, as BSD netstat's {@code -A} has
     * them) in which an address fills its column: netstat cuts a longer one to 18 characters, so the text
     * may have lost the end of its port ({@code 192.168.9.230.3277} for port 32771). The wide layout of
     * AIX 7 (21 and a space) has room for any IPv4 endpoint.
     */
    static boolean mayBeCut(String line) {
        Matcher m = ENDPOINTS.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        boolean narrow = m.group(1).length() + m.group(2).length() == NARROW_COLUMN + 1;
        return narrow && (m.group(1).length() == NARROW_COLUMN || m.group(3).length() == NARROW_COLUMN);
    }

    /** The diagnostic for one line that is not understood and therefore not listed. */
    static Diagnostic malformed(String line) {
        return new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, SOURCE,
                "a line of " + SOURCE + " was not understood and is not listed: " + SafeText.quote(line), null, 1,
                null);
    }

    private static boolean isHeader(String line) {
        return line.startsWith("PCB/ADDR") || line.startsWith("Proto ") || line.startsWith("Proto\t");
    }

    private static Optional<SocketEntry> row(String[] f) {
        int i = 0;
        String pcb = null;
        if (f.length > 0 && isPcb(f[0])) {
            pcb = f[0];
            i = 1;
        }
        if (f.length - i < 5 || f.length - i > 6) {
            return Optional.empty();
        }
        Optional<ProtoWord> proto = ProtoWord.parse(f[i]);
        Optional<Long> recvQ = AixAddressText.counter(f[i + 1]);
        Optional<Long> sendQ = AixAddressText.counter(f[i + 2]);
        if (proto.isEmpty() || recvQ.isEmpty() || sendQ.isEmpty()) {
            return Optional.empty();
        }
        AddressFamily family = proto.get().family();
        Optional<InetEndpoint> local = AixAddressText.endpoint(f[i + 3], family);
        Optional<InetEndpoint> remote = AixAddressText.endpoint(f[i + 4], family);
        if (local.isEmpty() || remote.isEmpty()) {
            return Optional.empty();
        }
        SocketEntry.Builder b = SocketEntry.builder(proto.get().protocol(), family)
                .local(local.get()).remote(remote.get()).recvQueue(recvQ.get()).sendQueue(sendQ.get())
                .dualStack(proto.get().dualStack()).pcbAddress(pcb);
        boolean hasState = f.length - i == 6;
        if (proto.get().protocol() == Protocol.TCP) {
            if (!hasState) {
                return Optional.empty();
            }
            Optional<TcpState> state = AixTcpStates.parse(f[i + 5]);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            b.state(state.get()).platformState(f[i + 5]);
        } else if (hasState) {
            // AIX prints no state for UDP; a sixth word means the line is not what it seems.
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    private static boolean isPcb(String word) {
        return (word.length() == 8 || word.length() == 16) && isHex(word);
    }

    /** Lower-case hexadecimal digits only, as netstat prints kernel addresses. */
    static boolean isHex(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** The protocol column: {@code tcp4}, {@code udp6}, or plain {@code tcp}/{@code udp} (both families). */
    private record ProtoWord(Protocol protocol, AddressFamily family, boolean dualStack) {

        static Optional<ProtoWord> parse(String word) {
            Protocol p;
            String suffix;
            if (word.startsWith("tcp")) {
                p = Protocol.TCP;
                suffix = word.substring(3);
            } else if (word.startsWith("udp")) {
                p = Protocol.UDP;
                suffix = word.substring(3);
            } else {
                return Optional.empty();
            }
            return switch (suffix) {
                case "4" -> Optional.of(new ProtoWord(p, AddressFamily.IPV4, false));
                case "6" -> Optional.of(new ProtoWord(p, AddressFamily.IPV6, false));
                case "", "46" -> Optional.of(new ProtoWord(p, AddressFamily.IPV6, true));
                default -> Optional.empty();
            };
        }
    }
}
