package io.github.netstatx.cli.macos;

import java.util.ArrayList;
import java.util.List;

/**
 * BSD {@code getopt(3)} as macOS's libc implements it: options stop at the first operand or at {@code --},
 * clustered flags ({@code -anv}), an option argument either attached ({@code -ptcp}) or the next word, and the
 * two diagnostics it prints ({@code illegal option -- x}, {@code option requires an argument -- x}).
 */
final class AppleGetopt {

    /** One option as parsed. */
    record Opt(char letter, String argument) {
    }

    /** The parse: options in order and the operands after them, or the getopt diagnostic. */
    record Result(List<Opt> options, List<String> operands, String error) {
    }

    private AppleGetopt() {
    }

    static Result parse(List<String> args, String optstring) {
        List<Opt> opts = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                break;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                int at = c == ':' ? -1 : optstring.indexOf(c);
                if (at < 0) {
                    return new Result(opts, List.of(), "illegal option -- " + c);
                }
                boolean takesArgument = at + 1 < optstring.length() && optstring.charAt(at + 1) == ':';
                if (!takesArgument) {
                    opts.add(new Opt(c, null));
                    continue;
                }
                if (k + 1 < a.length()) {
                    opts.add(new Opt(c, a.substring(k + 1)));
                } else if (i + 1 < args.size()) {
                    i++;
                    opts.add(new Opt(c, args.get(i)));
                } else {
                    return new Result(opts, List.of(), "option requires an argument -- " + c);
                }
                break;
            }
            i++;
        }
        return new Result(opts, List.copyOf(args.subList(i, args.size())), null);
    }
}
