package io.github.netstatx.cli.filters;

import io.github.netstatx.core.model.TcpState;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words {@code --state} takes: the canonical names ({@code LISTEN}, {@code SYN_RECEIVED}, ...) and
 * what each dialect and ss print for them ({@code LISTENING}, {@code SYN_RECV}, {@code SYN_RCVD},
 * {@code FIN_WAIT1}, {@code ESTAB}, {@code TIME-WAIT}), in any case, with {@code -} or {@code _}.
 * net-tools' {@code CLOSE} is every state it prints that word for (closed, bound, TCB being deleted).
 */
final class StateNames {

    private static final Map<String, Set<TcpState>> WORDS = words();

    private StateNames() {
    }

    private static Map<String, Set<TcpState>> words() {
        Map<String, Set<TcpState>> m = new LinkedHashMap<>();
        for (TcpState s : TcpState.values()) {
            m.put(s.name(), EnumSet.of(s));
        }
        m.put("LISTENING", EnumSet.of(TcpState.LISTEN));
        m.put("SYN_RECV", EnumSet.of(TcpState.SYN_RECEIVED));
        m.put("SYN_RCVD", EnumSet.of(TcpState.SYN_RECEIVED));
        m.put("ESTAB", EnumSet.of(TcpState.ESTABLISHED));
        m.put("FIN_WAIT1", EnumSet.of(TcpState.FIN_WAIT_1));
        m.put("FIN_WAIT2", EnumSet.of(TcpState.FIN_WAIT_2));
        m.put("CLOSE", EnumSet.of(TcpState.CLOSED, TcpState.BOUND, TcpState.DELETE_TCB));
        return Map.copyOf(m);
    }

    /** The states a word names, or {@code null} when it names none. */
    static Set<TcpState> of(String word) {
        return WORDS.get(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The canonical names, for messages and completions. */
    static String canonical() {
        StringBuilder sb = new StringBuilder();
        for (TcpState s : TcpState.values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(s.name());
        }
        return sb.toString();
    }
}
