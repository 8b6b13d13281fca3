package io.github.netstatx.cli.json;

import java.util.Locale;
import java.util.Set;

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
        return e == null ? null : WORDS.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** Each enum type's words, made once: socket records write several per row. */
    private static final ClassValue<String[]> WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] words = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return words;
        }
    };

    /** The constant whose word is {@code word}, or {@code null} when none is. */
    static <E extends Enum<E>> E byWord(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (word(e).equals(word)) {
                return e;
            }
        }
        return null;
    }

    /** The set as an array of words, in the enum's order (a stable order for fixtures). */
    static <E extends Enum<E>> void writeSet(JsonWriter w, Class<E> type, Set<E> set) {
        w.beginArray();
        for (E e : type.getEnumConstants()) {
            if (set.contains(e)) {
                w.value(word(e));
            }
        }
        w.endArray();
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
