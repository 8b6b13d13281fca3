package io.github.netstatx.cli.json;

import java.util.Locale;

/**
 * Enum constants as JSON words: lower case ({@code tcp}, {@code keepalive}, {@code owners_partial}).
 * The one exception, TCP states, keep their canonical upper-case names ({@code SYN_RECEIVED}) because
 * that is how every tool spells them.
 */
final class EnumWords {

    private EnumWords() {
    }

    /** The word for {@code e}, or {@code null}. */
    static String word(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose word is {@code word}, or {@code null} when none is. */
    static <E extends Enum<E>> E byWord(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (word(e).equals(word)) {
                return e;
            }
        }
        return null;
    }

    /** The words of every constant, for messages. */
    static String words(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(word(e));
        }
        return sb.toString();
    }
}
