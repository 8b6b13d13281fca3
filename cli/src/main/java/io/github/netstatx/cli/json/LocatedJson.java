package io.github.netstatx.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
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
        Location at();

        /** What the value is, for messages: {@code a string}, {@code an array}, ... */
        String kind();
    }

    /** An object; members keep the order of the document. */
    record Obj(Location at, Map<String, Node> members) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(Location at, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    record Str(Location at, String value) implements Node {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number: {@code integer} when it has no fraction or exponent, else {@code null}. */
    record Num(Location at, BigInteger integer, String text) implements Node {
        @Override
        public String kind() {
            return integer == null ? "a number with a fraction" : "an integer";
        }
    }

    record Bool(Location at, boolean value) implements Node {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record Null(Location at) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LocatedJson() {
    }

    /**
     * Parses {@code bytes} (UTF-8; a byte order mark is skipped).
     *
     * @param source the file name used in messages ({@code -} reads as "standard input")
     */
    static Node parse(byte[] bytes, String source) throws SnapshotFormatException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
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
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).startsWith(
                    "Unexpected end-of-input")) {
                throw new SnapshotFormatException(source + ":" + at(e.getLocation())
                        + ": the document ends in the middle (is the file truncated?)");
            }
            throw new SnapshotFormatException(source + ":" + at(e.getLocation()) + ": not valid JSON: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SnapshotFormatException(source + ": cannot be read: " + e.getMessage());
        }
    }

    private static Node value(JsonParser p) throws IOException {
        Location at = at(p.currentTokenLocation());
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
                return new Num(at, p.getBigIntegerValue(), p.getText());
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
