package io.github.netstatx.cli.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a {@code proc/net} directory, read here with the least code possible and independently of
 * the backend's parsers: the oracle the Windows-dialect views are checked against.
 */
final class ProcNumbers {

    private final Path procNet;

    ProcNumbers(Path procNet) {
        this.procNet = procNet;
    }

    /** Column {@code column} (0 = rx bytes ... 8 = tx bytes, 9 = tx packets) of /proc/net/dev summed without lo. */
    long devSum(int column) {
        long sum = 0;
        for (String line : lines("dev")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.substring(0, colon).strip().equals("lo")) {
                sum += Long.parseLong(line.substring(colon + 1).strip().split("\\s+")[column]);
            }
        }
        return sum;
    }

    /** {@code section counter} of /proc/net/snmp (e.g. {@code snmp("Tcp", "ActiveOpens")}). */
    long snmp(String section, String counter) {
        Map<String, Long> values = new HashMap<>();
        List<String> lines = lines("snmp");
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            if (lines.get(i).startsWith(section + ":")) {
                String[] names = lines.get(i).split("\\s+");
                String[] numbers = lines.get(i + 1).split("\\s+");
                for (int k = 1; k < names.length; k++) {
                    values.put(names[k], Long.parseLong(numbers[k]));
                }
            }
        }
        return values.get(counter);
    }

    /** A counter of /proc/net/snmp6. */
    long snmp6(String counter) {
        for (String line : lines("snmp6")) {
            String[] f = line.split("\\s+");
            if (f[0].equals(counter)) {
                return Long.parseLong(f[1]);
            }
        }
        throw new IllegalArgumentException(counter);
    }

    /** The lines of /proc/net/route after its header. */
    List<String> routeLines() {
        List<String> l = lines("route");
        return l.subList(1, l.size());
    }

    private List<String> lines(String file) {
        try {
            return Files.readAllLines(procNet.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
