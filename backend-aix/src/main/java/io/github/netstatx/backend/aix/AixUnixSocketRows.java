package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UNIX-domain section of AIX {@code netstat -Aan} ({@link NetstatAanParser} feeds it its lines). Every
 * socket takes two lines: the socket's address (SADR), type, queues, the bound vnode ({@code Inode}), the
 * peer PCB ({@code Conn}), the first and next PCB connected to it ({@code Refs}, {@code Nextref}), all
 * {@code 0} when absent, and the bound path; then the socket's PCB address alone:
 *
 * <pre>
 * f1000f000010a408 dgram       0      0 f1000b02a0354c20                0                0                0 /dev/SRC
 * f1000f000557b280
 * </pre>
 *
 * <p>AIX prints no state or flags for UNIX sockets, so those stay unknown. A row whose PCB line is missing
 * is kept, without PCB, and reported.
 */
final class AixUnixSocketRows {

    /** Address, type, Recv-Q, Send-Q, Inode, Conn, Refs, Nextref, then one space and the path (if bound). */
    private static final Pattern ROW = Pattern.compile(
            "(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+)(?: (.*))?");

    private final List<SocketEntry> rows;
    private final List<Diagnostic> diagnostics;
    private SocketEntry.Builder pending;

    AixUnixSocketRows(List<SocketEntry> rows, List<Diagnostic> diagnostics) {
        this.rows = rows;
        this.diagnostics = diagnostics;
    }

    void line(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("SADR/PCB") || trimmed.startsWith("Type ")) {
            return;
        }
        if (pending != null && NetstatAanParser.isHex(trimmed)) {
            rows.add(pending.pcbAddress(trimmed).build());
            pending = null;
            return;
        }
        end();
        Optional<SocketEntry.Builder> row = row(line);
        if (row.isPresent()) {
            pending = row.get();
        } else {
            diagnostics.add(NetstatAanParser.malformed(line));
        }
    }

    /** The end of the section: a row still waiting for its PCB line is kept without it, and reported. */
    void end() {
        if (pending != null) {
            SocketEntry e = pending.build();
            rows.add(e);
            pending = null;
            diagnostics.add(Diagnostic.of(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING,
                    NetstatAanParser.SOURCE, "the UNIX socket " + e.bsd().socketAddress()
                            + " of " + NetstatAanParser.SOURCE + " has no PCB line; it is listed without one"));
        }
    }

    private static Optional<SocketEntry.Builder> row(String line) {
        Matcher m = ROW.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<UnixSocketType> type = type(m.group(2));
        Optional<Long> recvQ = AixAddressText.counter(m.group(3));
        Optional<Long> sendQ = AixAddressText.counter(m.group(4));
        if (type.isEmpty() || recvQ.isEmpty() || sendQ.isEmpty()) {
            return Optional.empty();
        }
        for (int g : new int[] {1, 5, 6, 7, 8}) {
            if (!NetstatAanParser.isHex(m.group(g))) {
                return Optional.empty();
            }
        }
        String path = m.group(9);
        UnixInfo unix = new UnixInfo(type.get(), null, Set.of(), null, null, null,
                path == null || path.isEmpty() ? null : new UnixPath(path, false));
        BsdSocketInfo bsd = new BsdSocketInfo(null, null, null, null, null, null, null, null, null, null,
                m.group(5), m.group(6), m.group(7), m.group(8), false, m.group(1));
        return Optional.of(SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).unix(unix).recvQueue(recvQ.get())
                .sendQueue(sendQ.get()).bsd(bsd));
    }

    /** The type word, cut to six letters by netstat ({@code seqpac}). */
    private static Optional<UnixSocketType> type(String word) {
        return Optional.ofNullable(switch (word) {
            case "stream" -> UnixSocketType.STREAM;
            case "dgram" -> UnixSocketType.DGRAM;
            case "raw" -> UnixSocketType.RAW;
            case "rdm" -> UnixSocketType.RDM;
            case "seqpac" -> UnixSocketType.SEQPACKET;
            default -> null;
        });
    }
}
