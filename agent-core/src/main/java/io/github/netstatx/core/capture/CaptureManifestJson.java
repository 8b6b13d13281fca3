package io.github.netstatx.core.capture;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads {@code capture.json}, a flat JSON object of strings and numbers (agent-core has no JSON
 * library, and the manifest needs none):
 * <pre>
 * {
 *   "format": "netstatx-capture",
 *   "format_version": 1,
 *   "backend": "linux-procfs",
 *   "os": "linux",
 *   "os_version": "Debian GNU/Linux 12 (bookworm)",
 *   "kernel": "6.1.0-18-amd64",
 *   "arch": "x86_64",
 *   "host": "web1",
 *   "collected_at": "2026-12-02T09:40:12.345678Z",
 *   "version": "0.1.0-SNAPSHOT"
 * }
 * </pre>
 * Keys it does not know are ignored when reading, so later versions may add some.
 */
public final class CaptureManifestJson {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "netstatx-capture";

    private CaptureManifestJson() {
    }

    public static byte[] write(CaptureManifest m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("format_version", m.formatVersion());
        fields.put("backend", m.backend());
        fields.put("os", m.host().os() == null ? null : m.host().os().name().toLowerCase(Locale.ROOT));
        fields.put("os_version", m.host().osVersion());
        fields.put("kernel", m.host().kernel());
        fields.put("arch", m.host().arch());
        fields.put("host", m.host().hostname());
        fields.put("collected_at", m.collectedAt().toString());
        fields.put("version", m.version());
        StringBuilder sb = new StringBuilder("{\n");
        int n = 0;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            sb.append("  ");
            string(sb, e.getKey());
            sb.append(": ");
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Integer i) {
                sb.append(i);
            } else {
                string(sb, v.toString());
            }
            sb.append(++n < fields.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Reads a manifest.
     *
     * @throws InvalidCaptureException when it is not a flat JSON object, lacks {@code format_version},
     *     {@code backend} or {@code collected_at}, or has a format version this netstatx does not read
     */
    public static CaptureManifest read(byte[] bytes) throws InvalidCaptureException {
        Map<String, Object> f;
        try {
            f = new FlatObject(new String(bytes, StandardCharsets.UTF_8)).parse();
        } catch (IllegalArgumentException e) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": " + e.getMessage());
        }
        if (!FORMAT.equals(f.get("format"))) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": \"format\" is not \"" + FORMAT + "\"");
        }
        Object version = f.get("format_version");
        if (!(version instanceof Long v)) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": \"format_version\" must be a whole number");
        }
        if (v < 1 || v > CaptureManifest.FORMAT_VERSION) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": capture format version " + v
                    + " is not known to this netstatx (it reads version 1 to " + CaptureManifest.FORMAT_VERSION
                    + "); replay it with a newer netstatx");
        }
        String backend = text(f, "backend");
        String at = text(f, "collected_at");
        if (backend == null || at == null) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": \"backend\" and \"collected_at\" are required");
        }
        Instant collectedAt;
        try {
            collectedAt = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidCaptureException(CaptureNames.MANIFEST + ": \"collected_at\" is not an RFC 3339 UTC time");
        }
        HostInfo host = new HostInfo(text(f, "host"), osFamily(text(f, "os")), text(f, "os_version"),
                text(f, "kernel"), text(f, "arch"));
        return new CaptureManifest(v.intValue(), backend, host, collectedAt, text(f, "version"));
    }

    /** The manifest's {@code os} word ({@code linux}, {@code windows}, ...); a word this version does not know is unknown. */
    private static OsFamily osFamily(String word) {
        if (word == null) {
            return null;
        }
        for (OsFamily f : OsFamily.values()) {
            if (f.name().equalsIgnoreCase(word)) {
                return f;
            }
        }
        return null;
    }

    private static String text(Map<String, Object> f, String key) throws InvalidCaptureException {
        Object v = f.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new InvalidCaptureException(CaptureNames.MANIFEST + ": \"" + key + "\" must be a string or null");
    }

    /** A strict reader of one JSON object whose values are strings, whole numbers or null. */
    private static final class FlatObject {
        private final String s;
        private int i;

        FlatObject(String s) {
            this.s = s;
        }

        Map<String, Object> parse() {
            Map<String, Object> out = new LinkedHashMap<>();
            skipSpace();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                i++;
            } else {
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    skipSpace();
                    if (out.put(key, value()) != null) {
                        throw new IllegalArgumentException("key \"" + key + "\" appears twice");
                    }
                    skipSpace();
                    if (peek() == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    break;
                }
            }
            skipSpace();
            if (i != s.length()) {
                throw new IllegalArgumentException("text after the object at offset " + i);
            }
            return out;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            if (c == '-') {
                i++;
            }
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 18) {
                throw new IllegalArgumentException("expected a string, a whole number or null at offset " + start);
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("control character in a string at offset " + (i - 1));
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = i < s.length() ? s.charAt(i++) : 0;
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = i < s.length() ? Character.digit(s.charAt(i++), 16) : -1;
                            if (d < 0) {
                                throw new IllegalArgumentException("bad \\u escape at offset " + i);
                            }
                            v = v * 16 + d;
                        }
                        sb.append((char) v);
                    }
                    default -> throw new IllegalArgumentException("bad escape at offset " + (i - 1));
                }
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : 0;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at offset " + i);
            }
            i++;
        }

        private void skipSpace() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r'
                    || s.charAt(i) == '\t')) {
                i++;
            }
        }
    }
}
