package io.github.netstatx.cli.parity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/** What one run of a tool produced: stdout and stderr as raw bytes, and the exit status. */
record ToolRun(byte[] stdout, byte[] stderr, int exitCode) {

    /**
     * A running timer's countdown, as net-tools prints it in the Timer column ({@code keepalive (7195.93/0/0)},
     * {@code timewait (59.91/0/0)}, {@code on (0.51/1/0)}, UDP's {@code on1}/{@code on2}). It changes between
     * two runs a few milliseconds apart, so it is the one thing the comparison hides. {@code off (0.00/0/0)} is
     * constant and stays visible, as do the retransmit and probe counts.
     */
    private static final Pattern COUNTDOWN =
            Pattern.compile("\\b(on|on1|on2|keepalive|timewait|probe|unkn-\\d+) \\(\\d+\\.\\d{2}/");

    /** This run with every timer countdown replaced by {@code #}; nothing else changes. */
    ToolRun withTimersMasked() {
        return new ToolRun(mask(stdout), mask(stderr), exitCode);
    }

    private static byte[] mask(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char and back, so bytes outside the match survive unchanged.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return COUNTDOWN.matcher(text).replaceAll("$1 (#/").getBytes(StandardCharsets.ISO_8859_1);
    }

    boolean sameAs(ToolRun other) {
        return exitCode == other.exitCode && Arrays.equals(stdout, other.stdout)
                && Arrays.equals(stderr, other.stderr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolRun other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(stdout) + Arrays.hashCode(stderr)) + exitCode;
    }

    @Override
    public String toString() {
        return "ToolRun[exit " + exitCode + ", " + stdout.length + " bytes out, " + stderr.length + " bytes err]";
    }
}
