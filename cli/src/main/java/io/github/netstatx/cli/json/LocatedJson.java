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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one JSON document as Jackson's streaming parser reads it, building located trees (every value
 * remembers its line and column, so that a value of the wrong type can be reported where it stands) of
 * one small part at a time: a reader maps each part and lets it go, so memory follows what the document
 * holds, not its size. Jackson does the tokenising (and only it: this class is loaded only for
 * {@code --input}). Duplicate keys, trailing garbage and a second document are errors.
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

    /**
     * The most JSON values one element of a document (or one small member of its root) may hold. A socket
     * holds about 35 plus 8 per owner, an interface 20 plus 8 per address, so a socket of 12,000 owner
     * processes or an interface of 12,000 addresses still fits. Only one element is held as a tree at a
     * time, and this bounds that tree to about 10 MB whatever the document.
     */
    static final int MAX_ELEMENT_VALUES = 100_000;

    /**
     * What reads a document from its first token, with a {@link Cursor} on it, and returns what the
     * document means, to be judged once the parser has found no fault up to the document's end.
     */
    @FunctionalInterface
    interface Body<T> {
        Result<T> read(Cursor c) throws IOException, SnapshotFormatException;
    }

    /** What a document read means, or a located failure. */
    @FunctionalInterface
    interface Result<T> {
        T get() throws SnapshotFormatException;
    }

    /**
     * The parser walking a document, for a reader that maps it as it goes: it moves from token to token,
     * skips values, and builds a located tree of one value at a time (one array element, one small member),
     * never of the whole document.
     */
    static final class Cursor {
        private final JsonParser p;
        private final String source;
        private int budget;

        private Cursor(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        JsonToken token() {
            return p.currentToken();
        }

        JsonToken next() throws IOException {
            return p.nextToken();
        }

        /** The name of the member whose name is the current token. */
        String name() throws IOException {
            return p.currentName();
        }

        /** Where the current token starts, packed as {@link Node#pos()} is. */
        long pos() {
            return LocatedJson.pos(p);
        }

        /** Passes over the current value (all of it, for an object or array) without keeping it. */
        void skip() throws IOException {
            p.skipChildren();
        }

        /**
         * The current value as a located node without its content: an object or an array is skipped and
         * stands as an empty one, for a caller that needs only its kind and location.
         */
        Node shallow() throws IOException, SnapshotFormatException {
            long at = pos();
            return switch (p.currentToken()) {
                case START_OBJECT -> {
                    p.skipChildren();
                    yield new Obj(at, Map.of());
                }
                case START_ARRAY -> {
                    p.skipChildren();
                    yield new Arr(at, List.of());
                }
                default -> tree("");
            };
        }

        /**
         * The current value as a located tree. {@code path} names it in the message when it holds more
         * than {@link #MAX_ELEMENT_VALUES} values.
         */
        Node tree(String path) throws IOException, SnapshotFormatException {
            budget = MAX_ELEMENT_VALUES;
            return value(path, pos());
        }

        private Node value(String path, long start) throws IOException, SnapshotFormatException {
            if (--budget < 0) {
                throw new SnapshotFormatException(source + ":" + new Location((int) (start >>> 32), (int) start)
                        + ": " + path + ": holds more than " + MAX_ELEMENT_VALUES + " JSON values; no element of a"
                        + " netstatx document is that large");
            }
            long at = pos();
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Node> members = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        members.put(name, value(path, start));
                    }
                    return new Obj(at, members);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(path, start));
                    }
                    return new Arr(at, items);
                }
                case VALUE_STRING -> {
                    return new Str(at, p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return new Num(at, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? p.getBigIntegerValue() : Long.valueOf(p.getLongValue()), null);
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
    }

    /**
     * Reads one document as it arrives, handing the parser to {@code body} on its first token. It must be
     * UTF-8 without a byte order mark, as {@code --json} writes it: Jackson would otherwise guess UTF-16 or
     * UTF-32 from the first bytes, and a document that went through a Windows editor would be read in an
     * encoding nobody chose. {@code body} must consume exactly one value; what follows it is an error.
     * A failure of the parser (bad syntax, a truncated document, one of its limits, a second document) is
     * reported where it happened, before what {@code body}'s result finds wrong, wherever each stands.
     *
     * @param source the file name used in messages ({@code -} reads as "standard input")
     */
    static <T> T parse(InputStream input, String source, Body<T> body) throws SnapshotFormatException {
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
            Result<T> result = body.read(new Cursor(p, source));
            if (p.nextToken() != null) {
                throw new SnapshotFormatException(source + ":" + at(p.currentTokenLocation())
                        + ": a second JSON document starts here; --input reads exactly one (for a stream written"
                        + " with an interval, pick one line, e.g. with sed -n 1p)");
            }
            return result.get();
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
