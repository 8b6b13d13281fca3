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

/**
 * Parses the Internet part of AIX {@code netstat -Aan -f inet} / {@code -f inet6} (and {@code -an}, which
 * lacks the PCB column). A row from an AIX 7 host (blog quoted in {@code aix-samples}):
 *
 * <pre>
 * f1000e0000180bb8 tcp4       0      0  *.1334                *.*                   LISTEN
 * </pre>
 *
 * <p>Variants this parser accepts: protocol {@code tcp}/{@code udp} (older levels, family taken from the
 * {@code -f} that was asked) or {@code tcp4}/{@code tcp6}/{@code tcp46}/{@code udp4}/{@code udp6}/
 * {@code udp46}; PCB addresses of 8 or 16 hex digits; UDP rows without a state. Heading lines
 * ({@code Active Internet connections}, the column header) are skipped; a UNIX-domain section, if the
 * command printed one, is left to its own parser and counted in one diagnostic; any other line is a
 * diagnostic with the line quoted.
 */
public final class NetstatAanParser {

    private static final String SOURCE_PREFIX = "netstat -Aan";

    private NetstatAanParser() {
    }

    /**
     * @param text the command's standard output
     * @param family the family the command was asked for ({@code -f inet} or {@code -f inet6}); rows
     *     whose protocol carries no version suffix belong to it
     */
    public static ParsedOutput<SocketEntry> parse(String text, AddressFamily family) {
        String source = SOURCE_PREFIX + (family == AddressFamily.IPV6 ? " -f inet6" : " -f inet");
        List<SocketEntry> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int unixLines = 0;
        boolean inUnix = false;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("Active Internet connections")
                    || isHeader(trimmed)) {
                continue;
            }
            if (trimmed.startsWith("Active UNIX domain sockets")) {
                inUnix = true;
                continue;
            }
            if (inUnix) {
                unixLines++;
                continue;
            }
            Optional<SocketEntry> row = row(trimmed.split("\\s+"), family);
            if (row.isPresent()) {
                rows.add(row.get());
            } else {
                diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, source,
                        "a line of " + source + " was not understood and is not listed: "
                                + SafeText.quote(line), null, 1, null));
            }
        }
        if (unixLines > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, source,
                    unixLines + " lines of the UNIX-domain section are not read from this command", Protocol.UNIX,
                    unixLines, null));
        }
        return new ParsedOutput<>(rows, diagnostics);
    }

    private static boolean isHeader(String line) {
        return line.startsWith("PCB/ADDR") || line.startsWith("Proto ") || line.startsWith("Proto\t");
    }

    private static Optional<SocketEntry> row(String[] f, AddressFamily asked) {
        int i = 0;
        String pcb = null;
        if (f.length > 0 && isPcb(f[0])) {
            pcb = f[0];
            i = 1;
        }
        if (f.length - i < 5 || f.length - i > 6) {
            return Optional.empty();
        }
        Optional<ProtoWord> proto = ProtoWord.parse(f[i], asked);
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
        if (word.length() != 8 && word.length() != 16) {
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

    /** The protocol column: {@code tcp4}, {@code udp6}, {@code tcp46}, or plain {@code tcp}/{@code udp}. */
    private record ProtoWord(Protocol protocol, AddressFamily family, boolean dualStack) {

        static Optional<ProtoWord> parse(String word, AddressFamily asked) {
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
                case "" -> Optional.of(new ProtoWord(p, asked, false));
                case "4" -> Optional.of(new ProtoWord(p, AddressFamily.IPV4, false));
                case "6" -> Optional.of(new ProtoWord(p, AddressFamily.IPV6, false));
                case "46" -> Optional.of(new ProtoWord(p, AddressFamily.IPV6, true));
                default -> Optional.empty();
            };
        }
    }
}
