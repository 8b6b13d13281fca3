package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.parse.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/dev}: one line per interface of the reader's network namespace, in the kernel's
 * device order, with 16 unsigned 64-bit counters.
 *
 * <pre>
 * Inter-|   Receive                                                |  Transmit
 *  face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
 *     lo:    7570      25    0    0    0     0          0         0     7570      25    0    0    0     0       0          0
 * brlongname12345:       0       0    0    0    0     0          0         0      414       5    0    0    0     0       0          0
 * </pre>
 *
 * The name is right-aligned in 6 columns, so long names touch the colon; interface names cannot contain
 * a colon, so the line is split at the first one. Kernels before 2.2 wrote fewer columns (no bytes, no
 * compressed/multicast); like net-tools, the header tells which layout the lines have.
 */
public final class ProcNetDevParser {

    /** One line: the interface name and its counters. */
    public record DeviceCounters(String name, InterfaceCounters counters) {
    }

    private ProcNetDevParser() {
    }

    public static ParseResult<DeviceCounters> parse(List<String> lines) {
        List<DeviceCounters> out = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        boolean withBytes = lines.size() > 1 && lines.get(1).contains("bytes");
        boolean withCompressed = lines.size() > 1 && lines.get(1).contains("compressed");
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            long[] v = colon < 0 ? null : numbers(line.substring(colon + 1));
            InterfaceCounters c = v == null ? null : counters(v, withBytes, withCompressed);
            if (name.isEmpty() || c == null) {
                skipped.add(i + 1);
            } else {
                out.add(new DeviceCounters(name, c));
            }
        }
        return new ParseResult<>(out, skipped);
    }

    private static long[] numbers(String text) {
        String[] f = text.strip().split("\\s+");
        long[] v = new long[f.length];
        try {
            for (int i = 0; i < f.length; i++) {
                v[i] = Long.parseUnsignedLong(f[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return v;
    }

    private static InterfaceCounters counters(long[] v, boolean withBytes, boolean withCompressed) {
        if (withCompressed && v.length >= 16) {
            return new InterfaceCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], null, null, null,
                    v[8], v[9], v[10], v[11], v[12], v[14], v[15], v[13], null, null);
        }
        if (withBytes && !withCompressed && v.length >= 13) {
            // 2.0-2.1 kernels: rx bytes packets errs drop fifo frame, tx bytes packets errs drop fifo colls carrier
            return new InterfaceCounters(v[0], v[1], v[2], v[3], v[4], v[5], null, null, null, null, null,
                    v[6], v[7], v[8], v[9], v[10], v[12], null, v[11], null, null);
        }
        return null;
    }
}
