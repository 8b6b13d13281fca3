package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.json.JsonWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --format jc} for {@code -i} and {@code -r}: the records {@code netstat ARGS | jc --netstat} makes of
 * net-tools' interface and route tables, read from the very text this dialect prints for them (byte for byte
 * net-tools'), the way jc 1.22.5 reads it ({@code netstat_linux.parse} and {@code netstat._process}):
 *
 * <pre>
 * Kernel Interface table
 * Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
 * eth0      1400    11172      0      0 0          7219      0      0      0 BMRU
 * </pre>
 *
 * <ul>
 *   <li>a table starts at its title ({@code Kernel IP routing table}, {@code Kernel Interface table}); other
 *       titles ({@code Kernel IPv6 routing table}, {@code Kernel IP routing cache}) start none, so rows after
 *       them belong to the table before, or to none (jc gives {@code []} for {@code -r6} and {@code -rC});</li>
 *   <li>a line starting {@code Destination } or {@code Iface } gives the keys: lower case, {@code -} as
 *       {@code _}, and in route headers {@code flags} → {@code route_flags}, {@code ref} →
 *       {@code route_refs} (substring replacements, as jc does them);</li>
 *   <li>a row is split at blanks into as many fields as there are keys, the last one taking the rest; a
 *       short row has fewer keys; then {@code kind} ({@code route}, {@code interface});</li>
 *   <li>numbers ({@code mtu}, the {@code rx_}/{@code tx_} counters, {@code mss}, {@code window},
 *       {@code irtt}, {@code metric}, {@code route_refs}, {@code use}) become integers after every
 *       character other than digits, {@code -} and {@code .} is dropped ({@code null} when that is no
 *       number); route rows get {@code route_flags_pretty}, the names of the flags {@code route(8)} lists.</li>
 * </ul>
 * The reader keeps its table across passes of a repeating run, as jc reading the whole stream would (net-tools
 * prints the interface title once).
 */
final class JcTableRecords {

    /** jc's {@code int_list}: the keys it turns into integers. */
    private static final Set<String> INTEGERS = Set.of("recv_q", "send_q", "pid", "refcnt", "inode", "unit", "vendor",
            "class", "osx_flags", "subcla", "pcbcount", "rcvbuf", "sndbuf", "rxbytes", "txbytes", "route_refs", "use",
            "mtu", "mss", "window", "irtt", "metric", "ipkts", "ierrs", "opkts", "oerrs", "coll", "rx_ok", "rx_err",
            "rx_drp", "rx_ovr", "tx_ok", "tx_err", "tx_drp", "tx_ovr", "idrop", "ibytes", "obytes", "r_mbuf",
            "s_mbuf", "r_clus", "s_clus", "r_hiwa", "s_hiwa", "r_lowa", "s_lowa", "r_bcnt", "s_bcnt", "r_bmax",
            "s_bmax", "rexmit", "ooorcv", "0_win");

    /** Route flags and their names, in the order jc looks them up (route(8)). */
    private static final Map<Character, String> FLAG_NAMES = Map.of('U', "UP", 'H', "HOST", 'G', "GATEWAY",
            'R', "REINSTATE", 'D', "DYNAMIC", 'M', "MODIFIED", 'A', "ADDRCONF", 'C', "CACHE", '!', "REJECT");

    private static final Pattern NOT_NUMERIC = Pattern.compile("[^0-9\\-.]");
    private static final BigInteger UNSIGNED_64 = BigInteger.ONE.shiftLeft(64);

    private enum Table {
        NONE, ROUTES, INTERFACES
    }

    /** An interface table without its header line: jc stops there ({@code -ie} prints ifconfig blocks). */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private Table table = Table.NONE;
    private List<String> keys;

    /** The records of one pass's text, as one JSON array ({@code oneLine}: on one line, else a record a line). */
    void write(String text, StringBuilder sb, boolean oneLine) throws UnreadableException {
        List<Map<String, Object>> records = read(text);
        JsonWriter w = new JsonWriter(sb, oneLine ? 0 : 1);
        w.beginArray();
        for (Map<String, Object> r : records) {
            w.beginObject();
            for (Map.Entry<String, Object> e : r.entrySet()) {
                w.name(e.getKey());
                value(w, e.getValue());
            }
            w.endObject();
        }
        w.endArray();
        sb.append('\n');
    }

    private static void value(JsonWriter w, Object v) {
        if (v == null) {
            w.nullValue();
        } else if (v instanceof BigInteger n) {
            if (n.bitLength() < 64) {
                w.value(n.longValue());
            } else if (n.signum() > 0 && n.compareTo(UNSIGNED_64) < 0) {
                w.unsignedValue(n.longValue());
            } else {
                w.value(n.toString());
            }
        } else if (v instanceof List<?> list) {
            w.beginArray();
            for (Object o : list) {
                w.value((String) o);
            }
            w.endArray();
        } else {
            w.value((String) v);
        }
    }

    List<Map<String, Object>> read(String text) throws UnreadableException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("Kernel IP routing table")) {
                table = Table.ROUTES;
            } else if (line.startsWith("Kernel Interface table")) {
                table = Table.INTERFACES;
            } else if (line.startsWith("Destination ")) {
                keys = words(line.toLowerCase(Locale.ROOT).replace("flags", "route_flags").replace("ref", "route_refs")
                        .replace('-', '_'));
            } else if (line.startsWith("Iface ")) {
                keys = words(line.toLowerCase(Locale.ROOT).replace('-', '_'));
            } else if (table != Table.NONE) {
                if (keys == null) {
                    throw new UnreadableException("jc's netstat parser cannot read this output (a table without "
                            + "its header line)");
                }
                out.add(record(line));
            }
        }
        return out;
    }

    private Map<String, Object> record(String line) {
        List<String> fields = split(line, keys.size());
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            r.put(keys.get(i), fields.get(i).stripTrailing());
        }
        r.put("kind", table == Table.ROUTES ? "route" : "interface");
        for (Map.Entry<String, Object> e : r.entrySet()) {
            if (INTEGERS.contains(e.getKey())) {
                e.setValue(integer((String) e.getValue()));
            }
        }
        if (r.get("route_flags") instanceof String flags) {
            List<String> pretty = new ArrayList<>();
            for (char c : flags.toCharArray()) {
                if (FLAG_NAMES.containsKey(c)) {
                    pretty.add(FLAG_NAMES.get(c));
                }
            }
            r.put("route_flags_pretty", pretty);
        }
        return r;
    }

    /** Python's {@code str.split()}: words between blanks. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Python's {@code str.split(maxsplit=n - 1)}: at most n fields, the last keeping the rest of the line. */
    private static List<String> split(String line, int n) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = line.length();
        while (out.size() < n - 1) {
            while (i < len && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= len) {
                return out;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out.add(line.substring(start, i));
        }
        while (i < len && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < len) {
            out.add(line.substring(i));
        }
        return out;
    }

    /** jc's {@code convert_to_int}: keep digits, {@code -} and {@code .}; an integer, a truncated float, or null. */
    static BigInteger integer(String s) {
        String kept = NOT_NUMERIC.matcher(s).replaceAll("");
        try {
            return new BigInteger(kept);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(kept);
                return Double.isFinite(d) ? java.math.BigDecimal.valueOf(d).toBigInteger() : null;
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }
}
