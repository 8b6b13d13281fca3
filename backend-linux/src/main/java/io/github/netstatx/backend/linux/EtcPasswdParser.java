package io.github.netstatx.backend.linux;

import io.github.netstatx.core.text.SurrogateEscape;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads user names by uid from the passwd format: {@code /etc/passwd} and the output of
 * {@code getent passwd UID...}, which prints the same lines.
 * <pre>
 * root:x:0:0:root:/root:/bin/bash
 * nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
 * </pre>
 * Fields are separated by {@code :}; the first is the name, the third the uid. When a uid appears
 * more than once the first line wins, as with {@code getpwuid}. Comment lines ({@code #}) and lines
 * without a numeric uid are ignored.
 */
final class EtcPasswdParser {

    private EtcPasswdParser() {
    }

    /** Names of the wanted uids that the data holds. */
    static Map<Long, String> namesOf(byte[] data, Set<Long> wanted) {
        Map<Long, String> names = new HashMap<>();
        int lineStart = 0;
        while (lineStart < data.length) {
            int lineEnd = lineStart;
            while (lineEnd < data.length && data[lineEnd] != '\n') {
                lineEnd++;
            }
            entry(data, lineStart, lineEnd, wanted, names);
            lineStart = lineEnd + 1;
        }
        return names;
    }

    private static void entry(byte[] d, int from, int to, Set<Long> wanted, Map<Long, String> names) {
        if (from >= to || d[from] == '#') {
            return;
        }
        int nameEnd = indexOf(d, ':', from, to);
        int passwordEnd = nameEnd < 0 ? -1 : indexOf(d, ':', nameEnd + 1, to);
        int uidEnd = passwordEnd < 0 ? -1 : indexOf(d, ':', passwordEnd + 1, to);
        if (uidEnd < 0 || uidEnd == passwordEnd + 1 || uidEnd - passwordEnd > 19) {
            return;
        }
        long uid = 0;
        for (int i = passwordEnd + 1; i < uidEnd; i++) {
            if (d[i] < '0' || d[i] > '9') {
                return;
            }
            uid = uid * 10 + (d[i] - '0');
        }
        if (wanted.contains(uid) && !names.containsKey(uid)) {
            names.put(uid, SurrogateEscape.decode(d, from, nameEnd - from));
        }
    }

    private static int indexOf(byte[] d, char b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
