package io.github.netstatx.cli.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command line as users paste it after {@code --translate}: maybe led by the tool's name
 * ({@code netstat}, {@code netstat.exe}, {@code ss}, a path to one of them, {@code sudo}), maybe piped into
 * {@code findstr} or {@code grep}. The shell has split it already unless it was quoted as one argument
 * ({@code --translate "netstat -ano | findstr :443"}); arguments holding blanks are split here as a shell
 * would (quotes group, a {@code |} outside quotes separates). Nothing is run.
 *
 * @param tool the tool the command names, or {@link Tool#NONE} when it starts with options
 * @param args the tool's arguments, before the first pipe
 * @param stages the commands the output is piped into, in order
 */
public record PastedCommand(Tool tool, List<String> args, List<Stage> stages) {

    /** The tool a pasted command starts with. */
    public enum Tool {
        NONE, NETSTAT, NETSTAT_EXE, NETSTATX, SS
    }

    /**
     * One command of the pipeline after the first.
     *
     * @param program its name, lower case, without directory or {@code .exe}
     * @param args its arguments
     */
    public record Stage(String program, List<String> args) {
        public Stage {
            args = List.copyOf(args);
        }

        /** As it was written, for messages. */
        String shown() {
            return args.isEmpty() ? program : program + " " + String.join(" ", args);
        }
    }

    public PastedCommand {
        args = List.copyOf(args);
        stages = List.copyOf(stages);
    }

    /** Reads {@code --translate}'s arguments; fails on an unbalanced quote or an empty pipeline stage. */
    public static PastedCommand parse(List<String> given) throws UntranslatableException {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        segments.add(current);
        for (String a : given) {
            for (String word : a.chars().anyMatch(Character::isWhitespace) ? split(a) : List.of(a)) {
                if (word.equals("|")) {
                    current = new ArrayList<>();
                    segments.add(current);
                } else {
                    current.add(word);
                }
            }
        }
        List<String> first = segments.get(0);
        while (!first.isEmpty() && name(first.get(0)).equals("sudo")) {
            first.remove(0);
        }
        Tool tool = first.isEmpty() ? Tool.NONE : switch (name(first.get(0))) {
            case "netstat" -> first.get(0).toLowerCase(Locale.ROOT).endsWith(".exe") ? Tool.NETSTAT_EXE : Tool.NETSTAT;
            case "netstatx" -> Tool.NETSTATX;
            case "ss" -> Tool.SS;
            default -> Tool.NONE;
        };
        List<String> args = tool == Tool.NONE ? first : first.subList(1, first.size());
        List<Stage> stages = new ArrayList<>();
        for (List<String> s : segments.subList(1, segments.size())) {
            if (s.isEmpty()) {
                throw new UntranslatableException("a pipe with no command after it");
            }
            stages.add(new Stage(name(s.get(0)), s.subList(1, s.size())));
        }
        return new PastedCommand(tool, args, stages);
    }

    /** True when the command is netstat.exe's: named so, or piped into {@code findstr}. */
    public boolean windowsSigns() {
        return tool == Tool.NETSTAT_EXE || stages.stream().anyMatch(s -> s.program().equals("findstr"));
    }

    /** {@code C:\Windows\System32\NETSTAT.EXE} and {@code /usr/bin/netstat} are netstat. */
    private static String name(String word) {
        String base = word.substring(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".exe", ".cmd")) {
            if (base.endsWith(suffix)) {
                return base.substring(0, base.length() - suffix.length());
            }
        }
        return base;
    }

    /** Splits one argument into words as a POSIX shell would, with {@code |} outside quotes a word of its own. */
    private static List<String> split(String text) throws UntranslatableException {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '|') {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
                if (c == '|') {
                    words.add("|");
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UntranslatableException("an unbalanced " + quote + " quote");
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
