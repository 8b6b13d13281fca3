package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.macos.AppleOptions.AppleFamily;
import java.util.List;
import java.util.Optional;

/**
 * Apple's netstat command line (network_cmds {@code main.c}, getopt string of macOS 10.13 to 15): what each
 * letter sets, netstat's two {@code errx} messages for an unknown family or protocol, and the "backward
 * compatibility" bare interval ({@code netstat 5} = {@code -i -w 5}).
 */
final class AppleGrammar {

    static final String OPTSTRING = "Aabc:dFf:gI:ikLlmnP:p:qQrRsStuvWw:xz";

    /** What a command line amounts to. */
    sealed interface Parsed permits Usage, Failure, Listing {
    }

    /** Print the usage (after the getopt diagnostic, when there is one) and exit 1. */
    record Usage(Optional<String> diagnostic) implements Parsed {
    }

    /** netstat's {@code errx(1, ...)}: the message, exit 1. */
    record Failure(String message) implements Parsed {
    }

    record Listing(AppleOptions options) implements Parsed {
    }

    private AppleGrammar() {
    }

    static Parsed parse(List<String> args) {
        AppleGetopt.Result r = AppleGetopt.parse(args, OPTSTRING);
        if (r.error() != null) {
            return new Usage(Optional.of(r.error()));
        }
        boolean a = false;
        boolean aUpper = false;
        boolean b = false;
        boolean d = false;
        AppleFamily family = AppleFamily.UNSPEC;
        boolean g = false;
        Optional<String> iface = Optional.empty();
        boolean i = false;
        int l = 0;
        boolean lUpper = false;
        int m = 0;
        boolean n = false;
        Optional<AppleProtocol> protocol = Optional.empty();
        boolean rr = false;
        int s = 0;
        int v = 0;
        boolean w = false;
        Optional<Integer> interval = Optional.empty();
        boolean other = false;
        for (AppleGetopt.Opt o : r.options()) {
            switch (o.letter()) {
                case 'A' -> aUpper = true;
                case 'a' -> a = true;
                case 'b' -> b = true;
                case 'd' -> d = true;
                case 'f' -> {
                    family = switch (o.argument()) {
                        case "ipx" -> AppleFamily.IPX;
                        case "inet" -> AppleFamily.INET;
                        case "inet6" -> AppleFamily.INET6;
                        case "pfkey" -> AppleFamily.PFKEY;
                        case "unix" -> AppleFamily.UNIX;
                        case "systm" -> AppleFamily.SYSTM;
                        default -> null;
                    };
                    if (family == null) {
                        return new Failure(o.argument() + ": unknown address family");
                    }
                }
                case 'g' -> g = true;
                case 'I' -> {
                    i = true;
                    iface = Optional.of(o.argument());
                }
                case 'i' -> i = true;
                case 'l' -> l++;
                case 'L' -> lUpper = true;
                case 'm' -> m++;
                case 'n' -> n = true;
                case 'p' -> {
                    protocol = AppleProtocol.byName(o.argument());
                    if (protocol.isEmpty()) {
                        return new Failure(o.argument() + ": unknown or uninstrumented protocol");
                    }
                }
                case 'r' -> rr = true;
                case 's' -> s++;
                case 'u' -> family = AppleFamily.UNIX;
                case 'v' -> v++;
                case 'W' -> w = true;
                case 'w' -> {
                    interval = Optional.of(atoi(o.argument()));
                    i = true;
                }
                default -> other = true; // -c -F -k -P -q -Q -R -S -t -x -z: accepted, views netstatx lacks
            }
        }
        List<String> operands = r.operands();
        if (!operands.isEmpty() && !operands.get(0).isEmpty() && Character.isDigit(operands.get(0).charAt(0))) {
            int seconds = atoi(operands.get(0));
            if (seconds <= 0) {
                return new Usage(Optional.empty());
            }
            interval = Optional.of(seconds);
            i = true;
        }
        return new Listing(new AppleOptions(aUpper, a, b, d, family, g, iface, i, l, lUpper, m, n, protocol, rr, s,
                v, w, interval, other));
    }

    /** C's atoi: leading blanks, optional sign, digits; anything else ends the number (0 when none). */
    static int atoi(String text) {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        boolean negative = false;
        if (k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '+')) {
            negative = text.charAt(k) == '-';
            k++;
        }
        long value = 0;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9' && value < Integer.MAX_VALUE) {
            value = value * 10 + (text.charAt(k) - '0');
            k++;
        }
        return (int) Math.min(Integer.MAX_VALUE, negative ? -value : value);
    }
}
