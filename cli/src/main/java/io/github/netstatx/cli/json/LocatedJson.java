package io.github.netstatx.cli.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.netstatx.cli.TerminalSafe;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one JSON document into a tree whose every value remembers its line and column, so that a
 * value of the wrong type can be reported where it stands. Jackson's streaming parser does the
 * tokenising (and only it: this class is loaded only for {@code --input}). Duplicate keys, trailing
 * garbage and a second document are errors.
 */
final class LocatedJson {

    /** Where a value starts: 1-based line and column. */
    record Location(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** A JSON value with its location. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        /** The location packed as {@code line << 32 | column} (one long per value, not an object). */
        long pos();

        default Location at() {
            return new Location((int) (pos() >>> 32), (int) pos());
        }

        /** What the value is, for messages: {@code a string}, {@code an array}, ... */
        String kind();
    }

    /** An object; members keep the order of the document. */
    record Obj(long pos, Map<String, Node> members) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(long pos, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    record Str(long pos, String value) implements Node {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number: {@code value} is a {@link Long}, or a {@link BigInteger} beyond the range of long, for an
     * integer; {@code fraction} is the text of a number with a fraction or exponent (then value is null).
     */
    record Num(long pos, Number value, String fraction) implements Node {
        @Override
        public String kind() {
            return fraction != null ? "a number with a fraction" : "an integer";
        }

        /** The integer as a BigInteger, or null for a number with a fraction. */
        BigInteger integer() {
            return value == null ? null : value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue());
        }

        /** As written, for messages. */
        String text() {
            return fraction != null ? fraction : value.toString();
        }
    }

    record Bool(long pos, boolean value) implements Node {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record Null(long pos) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** Jackson repeats the token it choked on: keep that to one short line. */
    private static final int ERROR_TOKEN_LENGTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(ERROR_TOKEN_LENGTH)
                    .maxRawContentLength(ERROR_TOKEN_LENGTH).build())
            .build();

    private LocatedJson() {
    }

    /** Parses a document held in memory; see {@link #parse(InputStream, String)}. */
    static Node parse(byte[] bytes, String source) throws SnapshotFormatException {
        return parse(new ByteArrayInputStream(bytes), source);
    }

    /**
     * Parses one document as it is read. It must be UTF-8 without a byte order mark, as {@code --json}
     * writes it: Jackson would otherwise guess UTF-16 or UTF-32 from the first bytes, and a document that
     * went through a Windows editor would be read in an encoding nobody chose.
     *
     * @param source the file name used in messages ({@code -} reads as "standard input")
     */
    static Node parse(InputStream input, String source) throws SnapshotFormatException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        JsonParser p = null;
        try {
            String encodingProblem = encodingProblem(in);
            if (encodingProblem != null) {
                throw new SnapshotFormatException(source + ": " + encodingProblem
                        + "; --input reads UTF-8 JSON as --json writes it (convert with iconv -t UTF-8)");
            }
            p = FACTORY.createParser(in);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SnapshotFormatException(source + ": is empty: there is no JSON document in it");
            }
            Node root = value(p);
            if (p.nextToken() != null) {
                throw new SnapshotFormatException(source + ":" + at(p.currentTokenLocation())
                        + ": a second JSON document starts here; --input reads exactly one (for a stream written"
                        + " with an interval, pick one line, e.g. with sed -n 1p)");
            }
            return root;
        } catch (JsonProcessingException e) {
            // a limit of the parser (nesting, number or name length) comes without a location: the parser has one
            JsonLocation where = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).startsWith(
                    "Unexpected end-of-input")) {
                throw new SnapshotFormatException(source + ":" + at(where)
                        + ": the document ends in the middle (is the file truncated?)");
            }
            throw new SnapshotFormatException(source + ":" + at(where) + ": not valid JSON: "
                    + TerminalSafe.dotted(firstLine(e.getOriginalMessage())));
        } catch (SnapshotInput.LimitExceeded e) {
            throw new SnapshotFormatException(source + ": " + e.getMessage());
        } catch (IOException e) {
            throw new SnapshotFormatException(source + ": cannot be read: " + reason(e));
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // the document was read or has failed; closing cannot change the answer
                }
            }
        }
    }

    /** Why the first bytes are not the start of a UTF-8 document, or {@code null} when they may be. */
    private static String encodingProblem(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return "starts with a UTF-8 byte order mark";
        }
        if (n >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "is UTF-32 (it starts with a byte order mark)";
        }
        if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xFE))) {
            return "is UTF-16 (it starts with a byte order mark)";
        }
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "holds NUL bytes at its start: UTF-16 or UTF-32 text, or not text at all";
            }
        }
        return null;
    }

    /** The reason of an I/O failure without the exception's class name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }

    private static Node value(JsonParser p) throws IOException {
        long at = pos(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    members.put(name, value(p));
                }
                return new Obj(at, members);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new Arr(at, items);
            }
            case VALUE_STRING -> {
                return new Str(at, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new Num(at, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                        : Long.valueOf(p.getLongValue()), null);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(at, null, p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(at, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Null(at);
            }
            default -> throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Where the current token starts. */
    private static long pos(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return ((long) l.getLineNr() << 32) | (l.getColumnNr() & 0xFFFFFFFFL);
    }

    private static Location at(JsonLocation l) {
        return l == null ? new Location(0, 0) : new Location(l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
