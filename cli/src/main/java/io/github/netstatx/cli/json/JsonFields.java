package io.github.netstatx.cli.json;

import io.github.netstatx.cli.json.LocatedJson.Arr;
import io.github.netstatx.cli.json.LocatedJson.Bool;
import io.github.netstatx.cli.json.LocatedJson.Node;
import io.github.netstatx.cli.json.LocatedJson.Null;
import io.github.netstatx.cli.json.LocatedJson.Num;
import io.github.netstatx.cli.json.LocatedJson.Obj;
import io.github.netstatx.cli.json.LocatedJson.Str;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of one JSON object of a saved snapshot. Every documented key must be
 * present (null where the contract allows it); keys this version does not know are ignored, as the
 * compatibility promise asks of readers. A wrong type is reported with the file, line, column and the
 * path of the value ({@code sockets[3].local_port}).
 */
final class JsonFields {

    private static final BigInteger UNSIGNED_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final String source;
    private final String path;
    private final Obj obj;

    JsonFields(String source, String path, Obj obj) {
        this.source = source;
        this.path = path;
        this.obj = obj;
    }

    /** The object at the root of a document. */
    static JsonFields root(String source, Node node) throws SnapshotFormatException {
        if (node instanceof Obj o) {
            return new JsonFields(source, "", o);
        }
        throw new SnapshotFormatException(source + ":" + node.at() + ": a netstatx document is a JSON object, not "
                + node.kind());
    }

    String path() {
        return path;
    }

    String source() {
        return source;
    }

    /** A failure located at this object. */
    SnapshotFormatException error(String message) {
        return new SnapshotFormatException(source + ":" + obj.at() + ": " + label() + message);
    }

    /** A failure located at the value of {@code key}. */
    SnapshotFormatException error(String key, String message) {
        Node n = obj.members().get(key);
        LocatedJson.Location at = n == null ? obj.at() : n.at();
        return new SnapshotFormatException(source + ":" + at + ": " + child(key) + ": " + message);
    }

    private String label() {
        return path.isEmpty() ? "" : path + ": ";
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Node member(String key) throws SnapshotFormatException {
        Node n = obj.members().get(key);
        if (n == null) {
            throw error("the key \"" + key + "\" is missing");
        }
        return n;
    }

    /** True when the object has the key: keys added in a later minor version are absent from older documents. */
    boolean has(String key) {
        return obj.members().containsKey(key);
    }

    boolean isNull(String key) throws SnapshotFormatException {
        return member(key) instanceof Null;
    }

    private SnapshotFormatException wrongType(String key, String expected, Node found) {
        return error(key, "expected " + expected + ", found " + found.kind());
    }

    /**
     * The value of {@code key} as a node of {@code type}; {@code null} for a JSON null when
     * {@code nullable}; anything else is a located "expected ..." error.
     */
    private <T extends Node> T typed(String key, Class<T> type, boolean nullable, String expected)
            throws SnapshotFormatException {
        Node n = member(key);
        if (nullable && n instanceof Null) {
            return null;
        }
        if (type.isInstance(n)) {
            return type.cast(n);
        }
        throw wrongType(key, expected, n);
    }

    /** A string or null. */
    String optString(String key) throws SnapshotFormatException {
        Str s = typed(key, Str.class, true, "a string or null");
        return s == null ? null : s.value();
    }

    String string(String key) throws SnapshotFormatException {
        return typed(key, Str.class, false, "a string").value();
    }

    Boolean optBool(String key) throws SnapshotFormatException {
        Bool b = typed(key, Bool.class, true, "true, false or null");
        return b == null ? null : b.value();
    }

    boolean bool(String key) throws SnapshotFormatException {
        return typed(key, Bool.class, false, "true or false").value();
    }

    /** An integer in [min, max], or null. */
    Long optLong(String key, long min, long max) throws SnapshotFormatException {
        Node n = member(key);
        if (n instanceof Null) {
            return null;
        }
        return integer(key, n, min, max);
    }

    long requiredLong(String key, long min, long max) throws SnapshotFormatException {
        Node n = member(key);
        if (n instanceof Null) {
            throw wrongType(key, "an integer", n);
        }
        return integer(key, n, min, max);
    }

    Long optLong(String key) throws SnapshotFormatException {
        return optLong(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * {@link #optLong(String, long, long)} of a key a later minor version added: null (unknown) when a document
     * of an older minor version does not have it.
     */
    Long addedLong(String key, long min, long max) throws SnapshotFormatException {
        return has(key) ? optLong(key, min, max) : null;
    }

    /** {@link #optInt(String)} of a key a later minor version added: null when absent. */
    Integer addedInt(String key) throws SnapshotFormatException {
        return has(key) ? optInt(key) : null;
    }

    /** {@link #optString(String)} of a key a later minor version added: null when absent. */
    String addedString(String key) throws SnapshotFormatException {
        return has(key) ? optString(key) : null;
    }

    Integer optInt(String key, int min, int max) throws SnapshotFormatException {
        Long v = optLong(key, min, max);
        return v == null ? null : v.intValue();
    }

    Integer optInt(String key) throws SnapshotFormatException {
        return optInt(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** An unsigned 64-bit counter (0 .. 2^64-1) held in a long, or null. */
    Long optUnsigned(String key) throws SnapshotFormatException {
        Node n = member(key);
        if (n instanceof Null) {
            return null;
        }
        if (n instanceof Num num && num.integer() != null && num.integer().signum() >= 0
                && num.integer().compareTo(UNSIGNED_MAX) <= 0) {
            return num.integer().longValue();
        }
        throw error(key, "expected an integer from 0 to 2^64-1, found " + describe(n));
    }

    private long integer(String key, Node n, long min, long max) throws SnapshotFormatException {
        if (n instanceof Num num && num.value() != null) {
            // A Long is in range of long by construction; a BigInteger never is.
            if (num.value() instanceof Long v && v >= min && v <= max) {
                return v;
            }
            throw error(key, "expected an integer from " + min + " to " + max + ", found " + num.text());
        }
        throw wrongType(key, "an integer", n);
    }

    private static String describe(Node n) {
        return n instanceof Num num ? num.text() : n.kind();
    }

    /** A nested object, or null. */
    JsonFields optObject(String key) throws SnapshotFormatException {
        Obj o = typed(key, Obj.class, true, "an object or null");
        return o == null ? null : new JsonFields(source, child(key), o);
    }

    JsonFields object(String key) throws SnapshotFormatException {
        return new JsonFields(source, child(key), typed(key, Obj.class, false, "an object"));
    }

    /** An array of objects, or null. */
    List<JsonFields> optObjects(String key) throws SnapshotFormatException {
        Arr a = optArray(key);
        if (a == null) {
            return null;
        }
        List<JsonFields> out = new ArrayList<>(a.items().size());
        for (int i = 0; i < a.items().size(); i++) {
            out.add(element(source, child(key) + "[" + i + "]", a.items().get(i)));
        }
        return out;
    }

    /** An element of an array of objects, at {@code path} ({@code sockets[3]}). */
    static JsonFields element(String source, String path, Node item) throws SnapshotFormatException {
        if (item instanceof Obj o) {
            return new JsonFields(source, path, o);
        }
        throw new SnapshotFormatException(source + ":" + item.at() + ": " + path + ": expected an object, found "
                + item.kind());
    }

    List<JsonFields> objects(String key) throws SnapshotFormatException {
        typed(key, Arr.class, false, "an array");
        return optObjects(key);
    }

    /** An array of strings, or null. */
    List<String> optStrings(String key) throws SnapshotFormatException {
        Arr a = optArray(key);
        if (a == null) {
            return null;
        }
        List<String> out = new ArrayList<>(a.items().size());
        for (int i = 0; i < a.items().size(); i++) {
            Node item = a.items().get(i);
            if (!(item instanceof Str s)) {
                throw new SnapshotFormatException(source + ":" + item.at() + ": " + child(key) + "[" + i
                        + "]: expected a string, found " + item.kind());
            }
            out.add(s.value());
        }
        return out;
    }

    List<String> strings(String key) throws SnapshotFormatException {
        typed(key, Arr.class, false, "an array");
        return optStrings(key);
    }

    /** The members of a nested object whose values are all integers, in document order. */
    Map<String, Long> integerMembers(String key) throws SnapshotFormatException {
        Obj o = typed(key, Obj.class, false, "an object");
        JsonFields inner = new JsonFields(source, child(key), o);
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String name : o.members().keySet()) {
            out.put(name, inner.requiredLong(name, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return out;
    }

    private Arr optArray(String key) throws SnapshotFormatException {
        return typed(key, Arr.class, true, "an array or null");
    }
}
