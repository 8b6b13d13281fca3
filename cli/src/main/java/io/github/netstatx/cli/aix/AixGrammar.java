package io.github.netstatx.cli.aix;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AIX netstat's command line, getopt style: letters cluster ({@code -Aan}); {@code -f}, {@code -p},
 * {@code -I} and {@code -@} take a value, glued ({@code -finet}) or as the next word ({@code -f inet});
 * {@code -ss} (the letter twice) is {@code -s} without zero lines;
 * {@code -Z} takes one of {@code c i m s}; a bare number is the interval in seconds. {@code --help} is
 * netstatx's own. Anything else is a usage error.
 */
final class AixGrammar {

    /** What a command line asks for. */
    sealed interface Parsed permits Listing, Usage, NetstatxHelp {
    }

    /** A valid command line. */
    record Listing(AixOptions options) implements Parsed {
    }

    /** A usage error, with what was wrong (the first line of the message). */
    record Usage(String reason) implements Parsed {
    }

    /** {@code --help}. */
    record NetstatxHelp() implements Parsed {
    }

    private static final int MAX_INTERVAL_DIGITS = 9;
    private static final List<String> FAMILIES = List.of("inet", "inet6", "unix");

    private AixGrammar() {
    }

    static Parsed parse(List<String> args) {
        Set<AixFlag> flags = EnumSet.noneOf(AixFlag.class);
        String family = null;
        String protocol = null;
        String iface = null;
        Long interval = null;
        int statistics = 0;
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (word.equals("--help")) {
                return new NetstatxHelp();
            }
            if (word.length() >= 2 && word.charAt(0) == '-') {
                for (int k = 1; k < word.length(); k++) {
                    char c = word.charAt(k);
                    if (c == 'f' || c == 'p' || c == 'I' || c == '@' || c == 'Z') {
                        String value;
                        if (k + 1 < word.length()) {
                            value = word.substring(k + 1);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            return new Usage("option requires an argument -- " + c);
                        }
                        switch (c) {
                            case 'f' -> {
                                if (!FAMILIES.contains(value)) {
                                    return new Usage(value + ": unknown address family");
                                }
                                family = value;
                            }
                            case 'p' -> protocol = value;
                            case 'I' -> iface = value;
                            case '@' -> {
                                return new Usage("-@ (workload partitions) is not available in netstatx");
                            }
                            default -> {
                                return new Usage("-Z" + value + " clears kernel statistics; netstatx never does");
                            }
                        }
                        break;
                    }
                    AixFlag f = AixFlag.ofLetter(c);
                    if (f == null) {
                        return new Usage("illegal option -- " + c);
                    }
                    flags.add(f);
                    if (f == AixFlag.STATISTICS) {
                        statistics++;
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
        Optional<Duration> every = interval == null || interval == 0 ? Optional.empty()
                : Optional.of(Duration.ofSeconds(interval));
        return new Listing(new AixOptions(flags, Optional.ofNullable(family), Optional.ofNullable(protocol),
                Optional.ofNullable(iface), every, statistics > 1));
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > MAX_INTERVAL_DIGITS) {
            return false;
        }
        return word.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
