package io.github.netstatx.cli.summary;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link SocketSummary} as text, in a dialect's words: first the sockets per protocol and family, then,
 * for the protocols with states, the sockets per state. net-tools has no summary; its layout follows
 * {@code ss -s}'s transport table in net-tools' words. netstat.exe has none either; its layout follows
 * netstat.exe's indented tables in its words ({@code LISTENING}, {@code TCP}).
 */
public final class SummaryText {

    /** The Linux dialect (and the others that print BSD-style words): lower-case protocols, net-tools' states. */
    public static SummaryText netTools(Function<TcpState, String> stateWord) {
        return new SummaryText("", false, stateWord, "\n");
    }

    /** The Windows dialect: indented, upper-case protocols, netstat.exe's states, its line ending. */
    public static SummaryText netstatExe(Function<TcpState, String> stateWord, String eol) {
        return new SummaryText("  ", true, stateWord, eol);
    }

    private final String indent;
    private final boolean windows;
    private final Function<TcpState, String> stateWord;
    private final String eol;

    private SummaryText(String indent, boolean windows, Function<TcpState, String> stateWord, String eol) {
        this.indent = indent;
        this.windows = windows;
        this.stateWord = stateWord;
        this.eol = eol;
    }

    /** The lines, each ended by the line ending. */
    public String render(SocketSummary s) {
        List<String[]> protocols = new ArrayList<>();
        protocols.add(new String[] {"Proto", "Total", "IPv4", "IPv6"});
        for (Protocol p : s.protocols()) {
            boolean unix = p == Protocol.UNIX;
            protocols.add(new String[] {name(p), Long.toString(s.count(p, null)),
                unix ? "-" : Long.toString(s.count(p, AddressFamily.IPV4)),
                unix ? "-" : Long.toString(s.count(p, AddressFamily.IPV6))});
        }
        List<String[]> states = new ArrayList<>();
        states.add(new String[] {"Proto", "State", "Total", "IPv4", "IPv6"});
        for (Protocol p : s.protocols()) {
            // words can coincide (net-tools prints CLOSE for closed, bound and deleted TCBs): one row per word
            Map<String, long[]> byWord = new LinkedHashMap<>();
            for (TcpState st : s.states(p)) {
                long[] n = byWord.computeIfAbsent(stateWord.apply(st), w -> new long[3]);
                n[0] += s.count(p, st, null);
                n[1] += s.count(p, st, AddressFamily.IPV4);
                n[2] += s.count(p, st, AddressFamily.IPV6);
            }
            byWord.forEach((w, n) -> states.add(new String[] {name(p), w, Long.toString(n[0]), Long.toString(n[1]),
                Long.toString(n[2])}));
        }
        StringBuilder sb = new StringBuilder();
        if (windows) {
            sb.append(eol).append("Socket Summary").append(eol).append(eol);
        }
        sb.append(indent).append("Total: ").append(s.total()).append(eol).append(eol);
        table(sb, protocols, 1);
        if (states.size() > 1) {
            sb.append(eol);
            table(sb, states, 2);
        }
        return sb.toString();
    }

    private String name(Protocol p) {
        return windows ? p.id().toUpperCase(Locale.ROOT) : p.id();
    }

    /** Columns padded to their widest cell: the first {@code textColumns} left-aligned, numbers right-aligned. */
    private void table(StringBuilder sb, List<String[]> rows, int textColumns) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 ? "" : "  ").append(i < textColumns ? r[i] + pad : pad + r[i]);
            }
            sb.append(line.toString().stripTrailing()).append(eol);
        }
    }
}
