package io.github.netstatx.cli.linux;

import io.github.netstatx.core.text.SurrogateEscape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * GNU {@code getopt_long} as glibc implements it, driven by a short-option string and a long-option
 * table, one option at a time so the caller can act on each as the C program would (net-tools exits
 * on {@code -V} before it looks at the options that follow).
 *
 * <p>What it reproduces: clustered short options ({@code -tulpn}), a required argument glued
 * ({@code -Ainet}) or in the next word ({@code -A inet}), long options with {@code =value} or the
 * next word, unique prefixes of long options, glibc's rule that a prefix matching several entries is
 * ambiguous only when those entries differ in argument kind or value, permutation (options after
 * non-option words still count), {@code --} ending the options, and {@code POSIXLY_CORRECT}
 * (stop at the first non-option word). Error texts are glibc's, byte for byte.
 */
public final class GetoptLong {

    /**
     * Whether a long option takes an argument; an {@code OPTIONAL} one takes it only as {@code --name=value}
     * (glibc's {@code optional_argument}), never from the next word.
     */
    public enum ArgumentKind { NONE, REQUIRED, OPTIONAL }

    /**
     * One entry of the long-option table.
     *
     * @param name option name without the leading {@code --}
     * @param argument whether it takes an argument
     * @param value what the C table returns for it (a short-option character or a code such as 1)
     */
    public record LongOption(String name, ArgumentKind argument, int value) {
        public LongOption {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(argument, "argument");
        }
    }

    /** What one call of {@link #next()} found. */
    public sealed interface Event permits ShortOption, LongMatch, Error {
    }

    /**
     * A short option from the option string.
     *
     * @param option the option character
     * @param argument its argument, or {@code null} when it takes none
     */
    public record ShortOption(char option, String argument) implements Event {
    }

    /**
     * A long option.
     *
     * @param index position of the entry in the table (the C {@code longindex})
     * @param option the entry
     * @param argument its argument, or {@code null} when it takes none
     */
    public record LongMatch(int index, LongOption option, String argument) implements Event {
    }

    /**
     * A bad option; getopt returned {@code '?'} after printing {@code message}.
     *
     * @param message glibc's diagnostic line (without the line feed)
     */
    public record Error(String message) implements Event {
    }

    private final String program;
    private final String shortOptions;
    private final List<LongOption> longOptions;
    private final List<String> args;
    private final boolean permute;
    private final List<String> operands = new ArrayList<>();
    private boolean lastWordIsOperand;
    private int index;
    /** Position inside a cluster of short options, or 0 when not inside one. */
    private int clusterPos;

    /**
     * @param program the name glibc prints before its messages ({@code argv[0]})
     * @param shortOptions the option string, e.g. {@code "A:CFMac"}; a letter followed by {@code :}
     *     takes an argument
     * @param longOptions the long-option table, in the C table's order
     * @param args the words after the program name
     * @param posixlyCorrect true when {@code POSIXLY_CORRECT} is set: the first non-option word ends
     *     the options
     */
    public GetoptLong(String program, String shortOptions, List<LongOption> longOptions, List<String> args,
            boolean posixlyCorrect) {
        this.program = program;
        this.shortOptions = shortOptions;
        this.longOptions = List.copyOf(longOptions);
        this.args = List.copyOf(args);
        this.permute = !posixlyCorrect;
    }

    /** The next option, or {@code null} when there are no more. */
    public Event next() {
        if (clusterPos > 0) {
            return shortOption();
        }
        while (index < args.size()) {
            String arg = args.get(index);
            if (arg.equals("--")) {
                index++;
                takeRestAsOperands();
                return null;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                if (!permute) {
                    takeRestAsOperands();
                    return null;
                }
                operands.add(arg);
                index++;
                lastWordIsOperand = index == args.size();
                continue;
            }
            if (arg.startsWith("--")) {
                return longOption(arg.substring(2));
            }
            clusterPos = 1;
            return shortOption();
        }
        return null;
    }

    /** The non-option words, in their original order; complete once {@link #next()} returned null. */
    public List<String> operands() {
        return List.copyOf(operands);
    }

    /**
     * The last word of the command line when it is a non-option word (not an option's argument),
     * else {@code null}; complete once {@link #next()} returned null.
     */
    public String trailingOperand() {
        return lastWordIsOperand ? args.get(args.size() - 1) : null;
    }

    private void takeRestAsOperands() {
        operands.addAll(args.subList(index, args.size()));
        lastWordIsOperand |= index < args.size();
        index = args.size();
    }

    private Event shortOption() {
        String arg = args.get(index);
        char c = arg.charAt(clusterPos++);
        boolean last = clusterPos == arg.length();
        if (last) {
            index++;
            clusterPos = 0;
        }
        int at = c == ':' || c == ';' ? -1 : shortOptions.indexOf(c);
        if (at < 0) {
            // glibc works on bytes: for a non-ASCII character it reports the first byte.
            return new Error(program + ": invalid option -- '" + firstByte(c) + "'");
        }
        boolean takesArgument = at + 1 < shortOptions.length() && shortOptions.charAt(at + 1) == ':';
        if (!takesArgument) {
            return new ShortOption(c, null);
        }
        if (!last) {
            String value = arg.substring(clusterPos);
            index++;
            clusterPos = 0;
            return new ShortOption(c, value);
        }
        if (index == args.size()) {
            return new Error(program + ": option requires an argument -- '" + c + "'");
        }
        return new ShortOption(c, args.get(index++));
    }

    private static String firstByte(char c) {
        if (c < 0x80 || SurrogateEscape.isEscapedByte(c)) {
            return String.valueOf(c);
        }
        byte b = String.valueOf(c).getBytes(StandardCharsets.UTF_8)[0];
        return SurrogateEscape.decode(new byte[] {b});
    }

    private Event longOption(String body) {
        index++;
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? null : body.substring(eq + 1);
        int found = exactMatch(name);
        if (found < 0) {
            List<Integer> candidates = prefixMatches(name);
            if (candidates.isEmpty()) {
                return new Error(program + ": unrecognized option '--" + body + "'");
            }
            if (isAmbiguous(candidates)) {
                return ambiguity(body, candidates);
            }
            found = candidates.get(0);
        }
        LongOption option = longOptions.get(found);
        if (value != null) {
            if (option.argument() == ArgumentKind.NONE) {
                return new Error(program + ": option '--" + option.name() + "' doesn't allow an argument");
            }
            return new LongMatch(found, option, value);
        }
        if (option.argument() != ArgumentKind.REQUIRED) {
            return new LongMatch(found, option, null);
        }
        if (index == args.size()) {
            return new Error(program + ": option '--" + option.name() + "' requires an argument");
        }
        return new LongMatch(found, option, args.get(index++));
    }

    private int exactMatch(String name) {
        for (int i = 0; i < longOptions.size(); i++) {
            if (longOptions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private List<Integer> prefixMatches(String name) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < longOptions.size(); i++) {
            if (longOptions.get(i).name().startsWith(name)) {
                out.add(i);
            }
        }
        return out;
    }

    /** glibc: later matches conflict with the first one only when they would act differently. */
    private boolean isAmbiguous(List<Integer> candidates) {
        LongOption first = longOptions.get(candidates.get(0));
        for (int i : candidates) {
            if (differs(first, longOptions.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(LongOption a, LongOption b) {
        return a.argument() != b.argument() || a.value() != b.value();
    }

    private Error ambiguity(String body, List<Integer> candidates) {
        int firstIndex = candidates.get(0);
        LongOption first = longOptions.get(firstIndex);
        StringBuilder sb = new StringBuilder(program).append(": option '--").append(body)
                .append("' is ambiguous; possibilities:");
        for (int i : candidates) {
            LongOption o = longOptions.get(i);
            // glibc lists the first match and every match that conflicts with it.
            if (i == firstIndex || differs(first, o)) {
                sb.append(" '--").append(o.name()).append('\'');
            }
        }
        return new Error(sb.toString());
    }
}
