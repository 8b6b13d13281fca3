package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses AIX {@code netstat -v}: one block of device-driver statistics per adapter, the same blocks as
 * {@code entstat -d}. From a real AIX host (fixture {@code entstat-en0.ohai.txt}):
 *
 * <pre>
 * -------------------------------------------------------------
 * ETHERNET STATISTICS (en0) :
 * Device Type: Virtual I/O Ethernet Adapter (l-lan)
 * Hardware Address: 62:c5:1c:3a:5d:03
 * Elapsed Time: 141 days 2 hours 15 minutes 31 seconds
 *
 * Transmit Statistics:                          Receive Statistics:
 * --------------------                          -------------------
 * Packets: 34322371                             Packets: 116444596
 * </pre>
 *
 * <p>The transmit/receive sections are two columns: the receive side starts at column 46
 * ({@link #RIGHT_COLUMN}). Of the general sections (the header, transmit/receive, {@code General
 * Statistics:}) the model keeps packets, bytes, errors, drops, broadcast and multicast per direction, the
 * data rate, the elapsed time, the device type and the hardware address; their other {@code Label: value}
 * lines are known to be left out (so is an {@code Elapsed Time} among the counters, which aggregated
 * adapters print). A section titled {@code ... Specific Statistics:}, any other {@code Title:} alone on its
 * line, or a line without a colon over a rule ({@code -} or {@code =}) is device-specific: its title is kept in {@link AdapterStatistics#unmodelledSections()} and one note per
 * adapter names them, so nothing is dropped silently. A line in a general section that is not
 * {@code Label: value} is a diagnostic.
 */
public final class NetstatVParser {

    /** Where the receive column starts in the two-column sections. */
    static final int RIGHT_COLUMN = 46;

    private static final String SOURCE = "netstat -v";
    private static final Pattern TITLE = Pattern.compile("(\\S.*) STATISTICS \\((\\S+)\\) :");
    private static final Pattern ELAPSED = Pattern.compile(
            "(\\d+) days? (\\d+) hours? (\\d+) minutes? (\\d+) seconds?");
    private static final Pattern LABELLED = Pattern.compile("([^:]+):\\s*(.*)");

    private enum Part { HEADER, TWO_COLUMNS, GENERAL, SPECIFIC }

    private NetstatVParser() {
    }

    public static ParsedOutput<AdapterStatistics> parse(String text) {
        List<AdapterStatistics> adapters = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Block block = null;
        Part part = Part.HEADER;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher title = TITLE.matcher(line);
            if (title.matches()) {
                if (block != null) {
                    block.finish(adapters, diagnostics);
                }
                block = new Block(title.group(2), title.group(1));
                part = Part.HEADER;
                continue;
            }
            String words = line.strip();
            if (words.isEmpty() || isRule(words)) {
                continue;
            }
            if (block == null) {
                diagnostics.add(unread(line));
                continue;
            }
            if (part == Part.HEADER) {
                if (line.startsWith("Transmit Statistics:")) {
                    part = Part.TWO_COLUMNS;
                } else if (!block.header(words)) {
                    diagnostics.add(unread(line));
                }
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            // A section title: "Name:" alone, or a line without a colon over a rule ("PCIe3 ... Adapter").
            boolean titled = !indented && words.endsWith(":") && !words.contains(": ");
            boolean overRule = !indented && !words.contains(":") && n + 1 < lines.length
                    && isRule(lines[n + 1].strip());
            if (titled || overRule) {
                String name = titled ? words.substring(0, words.length() - 1) : words;
                part = name.equals("General Statistics") ? Part.GENERAL : Part.SPECIFIC;
                if (part == Part.SPECIFIC) {
                    block.unmodelled.add(name);
                }
                continue;
            }
            switch (part) {
                case SPECIFIC -> { }
                case TWO_COLUMNS -> {
                    // A line that runs past the left column without a gap is one cell ("Elapsed Time: ...").
                    boolean split = line.length() > RIGHT_COLUMN && line.charAt(RIGHT_COLUMN - 1) == ' ';
                    String left = split ? line.substring(0, RIGHT_COLUMN) : line;
                    String right = split ? line.substring(RIGHT_COLUMN) : "";
                    if (!block.take(left.strip(), true) | !block.take(right.strip(), false)) {
                        diagnostics.add(unread(line));
                    }
                }
                default -> {
                    // Driver Flags wrap onto indented lines: the flags are not modelled.
                    boolean continuation = indented && part == Part.GENERAL;
                    if (!continuation && !block.take(words, true)) {
                        diagnostics.add(unread(line));
                    }
                }
            }
        }
        if (block != null) {
            block.finish(adapters, diagnostics);
        }
        return new ParsedOutput<>(adapters, diagnostics);
    }

    /** A rule of dashes or of equals signs (EtherChannel blocks use both), or the two columns' dashes. */
    private static boolean isRule(String words) {
        return !words.isEmpty() && (words.chars().allMatch(c -> c == '-' || c == ' ')
                || words.chars().allMatch(c -> c == '=' || c == ' '));
    }

    private static Diagnostic unread(String line) {
        return new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, SOURCE,
                "a line of " + SOURCE + " was not understood: " + SafeText.quote(line), null, 1, null);
    }

    /** The values of one adapter's block as they are read. */
    private static final class Block {
        final String adapter;
        final String kind;
        final List<String> unmodelled = new ArrayList<>();
        String deviceType;
        String hardwareAddress;
        Duration elapsed;
        Long txPackets, rxPackets, txBytes, rxBytes, txErrors, rxErrors, txDropped, rxDropped;
        Long txBroadcast, rxBroadcast, txMulticast, rxMulticast, dataRate;

        Block(String adapter, String kind) {
            this.adapter = adapter;
            this.kind = kind;
        }

        /**
         * A line of the header: {@code Device Type}, {@code Hardware Address}, {@code Elapsed Time}. Some
         * drivers print the device type on the line after an empty {@code Device Type:}; false for a line
         * that is neither.
         */
        boolean header(String words) {
            Matcher m = LABELLED.matcher(words);
            if (!m.matches()) {
                if (deviceType != null && deviceType.isEmpty() && hardwareAddress == null) {
                    deviceType = words;
                    return true;
                }
                return false;
            }
            String value = m.group(2).strip();
            switch (m.group(1).strip()) {
                case "Device Type" -> deviceType = value;
                case "Hardware Address" -> hardwareAddress = value.toLowerCase(Locale.ROOT);
                case "Elapsed Time" -> {
                    elapsed = elapsed(value);
                    return elapsed != null;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** One {@code Label: value} cell (empty is fine); false when the cell is not of that form. */
        boolean take(String cell, boolean transmit) {
            if (cell.isEmpty()) {
                return true;
            }
            Matcher m = LABELLED.matcher(cell);
            return m.matches() && counter(m.group(1).strip(), m.group(2).strip(), transmit);
        }

        /** A counter the model keeps, or a known one it leaves out; false when a kept one is not a number. */
        private boolean counter(String label, String value, boolean transmit) {
            Long n = count(value);
            switch (label) {
                case "Packets" -> { if (transmit) txPackets = n; else rxPackets = n; }
                case "Bytes" -> { if (transmit) txBytes = n; else rxBytes = n; }
                case "Transmit Errors" -> txErrors = n;
                case "Receive Errors" -> rxErrors = n;
                case "Packets Dropped" -> { if (transmit) txDropped = n; else rxDropped = n; }
                case "Broadcast Packets" -> { if (transmit) txBroadcast = n; else rxBroadcast = n; }
                case "Multicast Packets" -> { if (transmit) txMulticast = n; else rxMulticast = n; }
                case "Adapter Data Rate" -> dataRate = n;
                default -> {
                    return true;
                }
            }
            return n != null;
        }

        void finish(List<AdapterStatistics> adapters, List<Diagnostic> diagnostics) {
            InterfaceCounters counters = new InterfaceCounters(rxBytes, rxPackets, rxErrors, rxDropped, null, null,
                    null, rxMulticast, null, null, null, txBytes, txPackets, txErrors, txDropped, null, null, null,
                    null, null, null);
            adapters.add(new AdapterStatistics(adapter, kind, deviceType, hardwareAddress, elapsed, counters,
                    txBroadcast, rxBroadcast, txMulticast, dataRate, unmodelled));
            if (!unmodelled.isEmpty()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.CAPABILITY_UNSUPPORTED, Severity.INFO, SOURCE,
                        SafeText.quote(adapter) + ": device-specific sections are not modelled: "
                                + String.join("; ", unmodelled.stream().map(SafeText::quote).toList())));
            }
        }

        private static Long count(String value) {
            try {
                return Long.parseUnsignedLong(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static Duration elapsed(String value) {
            Matcher m = ELAPSED.matcher(value);
            if (!m.matches()) {
                return null;
            }
            return Duration.ofDays(Long.parseLong(m.group(1))).plusHours(Long.parseLong(m.group(2)))
                    .plusMinutes(Long.parseLong(m.group(3))).plusSeconds(Long.parseLong(m.group(4)));
        }
    }
}
