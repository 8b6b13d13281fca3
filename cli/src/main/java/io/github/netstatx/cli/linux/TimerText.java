package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TimerKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The {@code -o} Timer column ({@code netstat.c tcp_do_one}, {@code udp_do_one}, {@code raw_do_one}):
 * {@code NAME (SECONDS/RETRANSMITS/PROBES)} with SECONDS as {@code %2.2f}.
 */
final class TimerText {

    /** Shown when the backend reported no timer at all (platforms without timers). */
    static final String UNKNOWN = "-";

    private TimerText() {
    }

    /** TCP: {@code off}, {@code on}, {@code keepalive}, {@code timewait}, {@code probe}, {@code unkn-N}. */
    static String tcp(SocketTimer t) {
        if (t == null) {
            return UNKNOWN;
        }
        StringBuilder sb = new StringBuilder(32);
        switch (t.kind()) {
            case OFF -> sb.append("off (0.00");
            case RETRANSMIT -> seconds(sb.append("on ("), t.remaining());
            case KEEPALIVE -> seconds(sb.append("keepalive ("), t.remaining());
            case TIME_WAIT -> seconds(sb.append("timewait ("), t.remaining());
            case ZERO_WINDOW_PROBE -> seconds(sb.append("probe ("), t.remaining());
            case OTHER -> seconds(sb.append("unkn-").append(code(t)).append(" ("), t.remaining());
        }
        return counts(sb, t.retransmits(), t.probes());
    }

    /**
     * UDP, UDPLite and RAW: {@code off}, {@code on1}, {@code on2}, {@code unkn-N}; net-tools forces the
     * retransmit count of UDP to 0 ({@code zeroRetransmits}) but not that of RAW.
     */
    static String datagram(SocketTimer t, boolean zeroRetransmits) {
        if (t == null) {
            return UNKNOWN;
        }
        int code = code(t);
        StringBuilder sb = new StringBuilder(32);
        if (code == 0) {
            sb.append("off (0.00");
        } else {
            sb.append(code == 1 || code == 2 ? "on" : "unkn-").append(code).append(" (");
            seconds(sb, t.remaining());
        }
        return counts(sb, zeroRetransmits ? 0 : t.retransmits(), t.probes());
    }

    private static String counts(StringBuilder sb, int retransmits, int probes) {
        return sb.append('/').append(retransmits).append('/').append(probes).append(')').toString();
    }

    /** The Linux {@code tr} code: the platform's own when known, else the one of the kind. */
    private static int code(SocketTimer t) {
        if (t.platformCode() != null) {
            return t.platformCode();
        }
        TimerKind k = t.kind();
        return switch (k) {
            case OFF -> 0;
            case RETRANSMIT -> 1;
            case KEEPALIVE -> 2;
            case TIME_WAIT -> 3;
            case ZERO_WINDOW_PROBE -> 4;
            case OTHER -> -1;
        };
    }

    /**
     * Beyond this many seconds the tick count no longer fits a double exactly, and net-tools' arithmetic
     * ({@code (double) time_len / HZ}) is followed step by step.
     */
    private static final long EXACT_SECONDS = 1L << 40;

    /** {@code %2.2f} of the remaining time in seconds (0.00 when unknown), rounded half to even. */
    static StringBuilder seconds(StringBuilder sb, Duration remaining) {
        if (remaining == null) {
            return sb.append("0.00");
        }
        if (Math.abs(remaining.getSeconds()) >= EXACT_SECONDS) {
            return sb.append(asNetToolsDouble(remaining));
        }
        long nanos = remaining.toNanos();
        long centis = Math.floorDiv(nanos, 10_000_000L);
        long rest = Math.floorMod(nanos, 10_000_000L);
        if (rest > 5_000_000L || rest == 5_000_000L && (centis & 1) == 1) {
            centis++;
        }
        if (centis < 0) {
            sb.append('-');
            centis = -centis;
        }
        long frac = centis % 100;
        return sb.append(centis / 100).append('.').append(frac < 10 ? "0" : "").append(frac);
    }

    /**
     * A huge remaining time (only a forged table has one: {@code tm->when} of {@code FFFFFFFFFFFFFFFF})
     * printed as net-tools prints it: the tick count made a double, divided by 100, then printed with
     * {@code %.2f}, which rounds the double's exact value half to even.
     */
    private static String asNetToolsDouble(Duration remaining) {
        BigInteger ticks = BigInteger.valueOf(remaining.getSeconds()).multiply(BigInteger.valueOf(100))
                .add(BigInteger.valueOf(remaining.getNano() / 10_000_000));
        double seconds = ticks.doubleValue() / 100;
        return new BigDecimal(seconds).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
