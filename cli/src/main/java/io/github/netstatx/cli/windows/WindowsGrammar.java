package io.github.netstatx.cli.windows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * netstat.exe's command-line grammar: options start with {@code -} or {@code /}, ignore case and
 * cluster ({@code -ano}, {@code /nat}, {@code -aNo}); {@code -p} takes the next word as its protocol
 * ({@code -anp tcp} as well as {@code -p tcp}); a bare decimal number is the interval. Anything
 * else, and {@code /?}, ends in the usage text.
 *
 * <p>Choices where the reference has no capture of the real tool (documented in the README):
 * a second interval, a protocol word that is not one of the eight, a statistics-only protocol
 * ({@code IP}, {@code ICMP}, ...) without {@code -s}, {@code -y} with any other option, and
 * {@code -p} without a word all end in the usage text; an interval of 0 prints once. The one
 * netstatx addition is {@code --help}, which explains netstatx itself.
 */
public final class WindowsGrammar {

    /** What a command line asks for. */
    public sealed interface Parsed permits Listing, Usage, NetstatxHelp {
    }

    /** A valid netstat.exe command line. */
    public record Listing(WindowsOptions options) implements Parsed {
    }

    /**
     * The usage text, as netstat.exe prints it for {@code /?} and for anything it does not accept.
     *
     * @param reason what was wrong; netstat.exe prints no reason, netstatx prints it on one line before the
     *     usage (none for {@code /?}, which asks for the usage)
     * @param requested true for {@code /?}
     */
    public record Usage(String reason, boolean requested) implements Parsed {

        /** {@code /?}. */
        static final Usage REQUESTED = new Usage("help requested", true);

        /** Something netstat.exe does not accept. */
        public Usage(String reason) {
            this(reason, false);
        }
    }

    /** {@code --help}: netstat.exe's usage followed by what netstatx adds. */
    public record NetstatxHelp() implements Parsed {
    }

    /** Longest interval accepted: nine digits keep the number far from overflow. */
    private static final int MAX_INTERVAL_DIGITS = 9;

    private WindowsGrammar() {
    }

    public static Parsed parse(List<String> args) {
        Set<WindowsFlag> flags = EnumSet.noneOf(WindowsFlag.class);
        WindowsProtocol protocol = null;
        Long interval = null;
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (word.equalsIgnoreCase("--help")) {
                return new NetstatxHelp();
            }
            if (isOption(word)) {
                boolean wantsProtocol = false;
                for (int k = 1; k < word.length(); k++) {
                    char c = word.charAt(k);
                    if (c == '?') {
                        return Usage.REQUESTED;
                    }
                    if (c == 'p' || c == 'P') {
                        wantsProtocol = true;
                        continue;
                    }
                    WindowsFlag f = WindowsFlag.ofLetter(c);
                    if (f == null) {
                        return new Usage("unknown option '" + c + "' in " + word);
                    }
                    flags.add(f);
                }
                if (wantsProtocol) {
                    if (i + 1 >= args.size()) {
                        return new Usage("-p needs a protocol");
                    }
                    String value = args.get(++i);
                    protocol = WindowsProtocol.parse(value);
                    if (protocol == null) {
                        return new Usage("unknown protocol '" + value + "' for -p (TCP, UDP, TCPv6 or UDPv6; with -s "
                                + "also IP, IPv6, ICMP or ICMPv6)");
                    }
                }
            } else if (isNumber(word)) {
                if (interval != null) {
                    return new Usage("a second interval: " + word);
                }
                interval = Long.parseLong(word);
            } else {
                return new Usage("unexpected argument " + word);
            }
        }
        if (protocol != null && !protocol.selectsConnections() && !flags.contains(WindowsFlag.STATISTICS)) {
            return new Usage("-p " + protocol.spelling() + " needs -s");
        }
        if (flags.contains(WindowsFlag.TEMPLATE) && (flags.size() > 1 || protocol != null)) {
            return new Usage("-y cannot be combined with other options");
        }
        Optional<Duration> every = interval == null || interval == 0
                ? Optional.empty() : Optional.of(Duration.ofSeconds(interval));
        return new Listing(new WindowsOptions(flags, Optional.ofNullable(protocol), every));
    }

    private static boolean isOption(String word) {
        return word.length() >= 2 && (word.charAt(0) == '-' || word.charAt(0) == '/');
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > MAX_INTERVAL_DIGITS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
