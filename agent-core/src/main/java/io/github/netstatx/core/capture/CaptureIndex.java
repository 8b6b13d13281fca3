package io.github.netstatx.core.capture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code capture.index}: what a capture holds besides the bytes of files. One record per line, fields
 * separated by a tab, records sorted by kind and name:
 * <pre>
 * # netstatx capture index 1
 * link	proc/4242/fd/3	socket:[81234]
 * list	proc/4242/fd	0	1	2	3
 * present	proc/net/sctp
 * fail	proc/1/fd	denied
 * fail	GetIpForwardTable2.AF_UNSPEC	failed	1168
 * </pre>
 * {@code link} is a symbolic link's target, {@code list} a directory's entries in the order they were
 * returned (none for an empty directory), {@code present} a path that was only tested for existence,
 * {@code fail} a source whose reading failed ({@code missing}, {@code denied} or {@code failed} with the
 * OS's words). In names and values a backslash, a tab, a line break, other control characters and lone
 * surrogates are written as {@code \\}, {@code \t}, {@code \n}, {@code \r} and {@code \}{@code uXXXX}.
 *
 * <p>While a capture runs, recording methods may be called from several threads; the first record of a
 * name wins.
 */
public final class CaptureIndex {

    /** The first line; its number changes only with an incompatible index format. */
    public static final String HEADER = "# netstatx capture index 1";

    private final Map<String, String> links = new TreeMap<>();
    private final Map<String, List<String>> listings = new TreeMap<>();
    private final Set<String> present = new TreeSet<>();
    private final Map<String, SourceFailure> failures = new TreeMap<>();

    public synchronized void link(String name, String target) {
        links.putIfAbsent(CaptureNames.require(name), target);
    }

    public synchronized void listing(String name, List<String> entries) {
        listings.putIfAbsent(CaptureNames.require(name), List.copyOf(entries));
    }

    public synchronized void present(String name) {
        present.add(CaptureNames.require(name));
    }

    public synchronized void failure(String name, SourceFailure failure) {
        failures.putIfAbsent(CaptureNames.require(name), failure);
    }

    /** The recorded link target, or {@code null}. */
    public synchronized String link(String name) {
        return links.get(name);
    }

    /** The recorded directory entries, or {@code null}. */
    public synchronized List<String> listing(String name) {
        return listings.get(name);
    }

    /** Whether the path was recorded as present, listed or a link. */
    public synchronized boolean isPresent(String name) {
        return present.contains(name) || listings.containsKey(name) || links.containsKey(name);
    }

    /** The recorded failure, or {@code null}. */
    public synchronized SourceFailure failure(String name) {
        return failures.get(name);
    }

    /** The index file's bytes (UTF-8). */
    public synchronized byte[] toBytes() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        links.forEach((name, target) -> sb.append("link\t").append(escape(name)).append('\t')
                .append(escape(target)).append('\n'));
        listings.forEach((name, entries) -> {
            sb.append("list\t").append(escape(name));
            entries.forEach(e -> sb.append('\t').append(escape(e)));
            sb.append('\n');
        });
        present.forEach(name -> sb.append("present\t").append(escape(name)).append('\n'));
        failures.forEach((name, f) -> {
            sb.append("fail\t").append(escape(name)).append('\t').append(f.kind().word());
            if (!f.detail().isEmpty()) {
                sb.append('\t').append(escape(f.detail()));
            }
            sb.append('\n');
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an index file.
     *
     * @throws InvalidCaptureException naming the line of the first record that breaks the format
     */
    public static CaptureIndex parse(byte[] bytes) throws InvalidCaptureException {
        CaptureIndex index = new CaptureIndex();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new InvalidCaptureException(CaptureNames.INDEX + ": line 1: expected '" + HEADER + "'");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            try {
                index.record(line.split("\t", -1));
            } catch (IllegalArgumentException e) {
                throw new InvalidCaptureException(CaptureNames.INDEX + ": line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return index;
    }

    private void record(String[] f) {
        if (f.length < 2) {
            throw new IllegalArgumentException("expected a kind and a name");
        }
        String name = unescape(f[1]);
        switch (f[0]) {
            case "link" -> {
                requireFields(f, 3, 3);
                link(name, unescape(f[2]));
            }
            case "list" -> {
                List<String> entries = new ArrayList<>(f.length - 2);
                for (int k = 2; k < f.length; k++) {
                    entries.add(unescape(f[k]));
                }
                listing(name, entries);
            }
            case "present" -> {
                requireFields(f, 2, 2);
                present(name);
            }
            case "fail" -> {
                requireFields(f, 3, 4);
                SourceFailure.Kind kind = SourceFailure.Kind.byWord(f[2]);
                if (kind == null) {
                    throw new IllegalArgumentException("unknown failure kind '" + escape(f[2]) + "'");
                }
                failure(name, new SourceFailure(kind, f.length == 4 ? unescape(f[3]) : ""));
            }
            default -> throw new IllegalArgumentException("unknown record kind '" + escape(f[0]) + "'");
        }
    }

    private static void requireFields(String[] f, int min, int max) {
        if (f.length < min || f.length > max) {
            throw new IllegalArgumentException("a " + f[0] + " record has " + (min == max ? min : min + " to " + max)
                    + " fields, found " + f.length);
        }
    }

    /** {@code s} with the characters the index cannot hold escaped. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The inverse of {@link #escape}. */
    public static String unescape(String s) {
        int at = s.indexOf('\\');
        if (at < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, at);
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i == s.length()) {
                throw new IllegalArgumentException("a backslash ends a field");
            }
            switch (s.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    int v = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = i + k < s.length() ? Character.digit(s.charAt(i + k), 16) : -1;
                        if (d < 0) {
                            throw new IllegalArgumentException("a \\u escape needs four hex digits");
                        }
                        v = v * 16 + d;
                    }
                    sb.append((char) v);
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escape(String.valueOf(s.charAt(i))));
            }
        }
        return sb.toString();
    }
}
