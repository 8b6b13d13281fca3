package io.github.netstatx.backend.linux;

import java.nio.charset.StandardCharsets;

/**
 * Reads the TCP socket counts of {@code /proc/net/sockstat} and {@code /proc/net/sockstat6} (the reader's network
 * namespace; a few hundred bytes however many sockets there are, so it is the cheap way to learn how big
 * {@code /proc/net/tcp} is before reading it).
 * <pre>
 * sockets: used 25
 * TCP: inuse 100012 orphan 0 tw 3 alloc 100426 mem 264
 * UDP: inuse 0 mem 0
 * </pre>
 * and in {@code sockstat6} {@code TCP6: inuse 4}. {@code inuse} counts the hashed sockets of the family (listeners,
 * connections; {@code alloc} is machine-wide), {@code tw} the TIME_WAIT sockets of both families.
 */
final class ProcNetSockstatParser {

    private ProcNetSockstatParser() {
    }

    /**
     * The number after the word {@code key} on the line whose first word is {@code section} ({@code "TCP:"},
     * {@code "inuse"}), or {@code null} when there is no such line, word or number.
     */
    static Long count(byte[] sockstat, String section, String key) {
        for (String line : new String(sockstat, StandardCharsets.ISO_8859_1).split("\n")) {
            String[] words = line.trim().split(" +");
            if (!words[0].equals(section)) {
                continue;
            }
            for (int i = 1; i + 1 < words.length; i += 2) {
                if (words[i].equals(key)) {
                    return decimal(words[i + 1]);
                }
            }
            return null;
        }
        return null;
    }

    private static Long decimal(String word) {
        if (word.isEmpty() || word.length() > 18 || !word.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        return Long.parseLong(word);
    }
}
