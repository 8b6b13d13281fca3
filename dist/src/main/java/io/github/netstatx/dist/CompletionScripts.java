package io.github.netstatx.dist;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completions from the options' {@link CommandSpec}: bash from picocli's {@link AutoComplete}; zsh,
 * fish and PowerShell (which picocli does not write) from the same spec's options.
 */
final class CompletionScripts {

    private static final String GENERATED = "Generated at build time from netstatx's options table; do not edit.";

    private CompletionScripts() {
    }

    static String bash(CommandSpec spec) {
        return AutoComplete.bash(spec.name(), spec.commandLine());
    }

    /** An autoloadable {@code _netstatx} for zsh's fpath (Debian: /usr/share/zsh/vendor-completions). */
    static String zsh(CommandSpec spec) {
        StringBuilder sb = new StringBuilder("#compdef netstatx\n# " + GENERATED + "\n_arguments -s -S \\\n");
        for (OptionSpec o : spec.options()) {
            for (String name : o.names()) {
                sb.append("  '*").append(zshSpec(name, o)).append("' \\\n");
            }
        }
        sb.append("  '*::interval or arguments:_files'\n");
        return sb.toString();
    }

    private static String zshSpec(String name, OptionSpec o) {
        String help = "[" + zshEscape(firstSentence(o)) + "]";
        if (o.arity().max() == 0) {
            return name + help;
        }
        if (o.arity().min() == 0 && o.arity().max() == 1) {
            return name + "=-" + help + "::" + o.paramLabel() + ":" + zshAction(o);
        }
        if (o.arity().max() > 1) {
            return name + help;
        }
        String joiner = name.startsWith("--") ? "=" : "+";
        return name + joiner + help + ":" + o.paramLabel() + ":" + zshAction(o);
    }

    private static String zshAction(OptionSpec o) {
        List<String> words = candidates(o);
        if (!words.isEmpty()) {
            return "(" + String.join(" ", words) + ")";
        }
        return o.type() == File.class ? "_files" : " ";
    }

    private static String zshEscape(String s) {
        return s.replace("\\", "\\\\").replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]")
                .replace(":", "\\:");
    }

    /** A fish completion file (Debian: /usr/share/fish/vendor_completions.d/netstatx.fish). */
    static String fish(CommandSpec spec) {
        StringBuilder sb = new StringBuilder("# " + GENERATED + "\ncomplete -c netstatx -f\n");
        for (OptionSpec o : spec.options()) {
            List<String> flags = new ArrayList<>();
            List<String> slashWords = new ArrayList<>();
            for (String name : o.names()) {
                if (name.startsWith("--")) {
                    flags.add("-l " + fishQuote(name.substring(2)));
                } else if (name.startsWith("-") && name.length() == 2) {
                    flags.add("-s " + fishQuote(name.substring(1)));
                } else {
                    slashWords.add(name);
                }
            }
            String value = fishValue(o);
            String help = " -d " + fishQuote(firstSentence(o));
            if (!flags.isEmpty()) {
                sb.append("complete -c netstatx ").append(String.join(" ", flags)).append(value).append(help)
                        .append('\n');
            }
            for (String word : slashWords) {
                sb.append("complete -c netstatx -a ").append(fishQuote(word)).append(help).append('\n');
            }
        }
        return sb.toString();
    }

    private static String fishValue(OptionSpec o) {
        if (o.arity().max() == 0 || o.arity().max() > 1) {
            return "";
        }
        List<String> words = candidates(o);
        if (o.arity().min() == 0) {
            return words.isEmpty() ? "" : " -a " + fishQuote(String.join(" ", words));
        }
        if (!words.isEmpty()) {
            return " -x -a " + fishQuote(String.join(" ", words));
        }
        return o.type() == File.class ? " -r -F" : " -x";
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * A PowerShell script that registers a native argument completer for {@code netstatx} and
     * {@code netstatx.cmd}: option names, and the fixed values after an option that takes one.
     */
    static String powerShell(CommandSpec spec) {
        StringBuilder sb = new StringBuilder("# " + GENERATED + "\n"
                + "# Load it from your profile: . C:\\netstatx\\completions\\netstatx.ps1\n"
                + "$netstatxOptions = @(\n");
        List<String> rows = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String values = String.join(",", candidates(o).stream().map(CompletionScripts::psQuote).toList());
            boolean takesValue = o.arity().min() == 1 && o.arity().max() == 1;
            for (String name : o.names()) {
                rows.add("    @{ Name = " + psQuote(name) + "; Help = " + psQuote(firstSentence(o))
                        + "; TakesValue = $" + takesValue + "; Values = @(" + values + ") }");
            }
        }
        sb.append(String.join(",\n", rows)).append("\n)\n");
        sb.append("""
                Register-ArgumentCompleter -Native -CommandName netstatx, netstatx.cmd -ScriptBlock {
                    param($wordToComplete, $commandAst, $cursorPosition)
                    $elements = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
                    $previous = $null
                    if ($elements.Count -ge 2) {
                        $last = $elements[$elements.Count - 1]
                        if ($wordToComplete -eq '') { $previous = $last } elseif ($elements.Count -ge 3) { $previous = $elements[$elements.Count - 2] }
                    }
                    $option = $netstatxOptions | Where-Object { $_.Name -eq $previous -and $_.TakesValue } | Select-Object -First 1
                    if ($option) {
                        $option.Values | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                            [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                        }
                        return
                    }
                    $netstatxOptions | Where-Object { $_.Name -like "$wordToComplete*" } | ForEach-Object {
                        [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ParameterName', $_.Help)
                    }
                }
                """);
        return sb.toString();
    }

    private static String psQuote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static List<String> candidates(OptionSpec o) {
        List<String> words = new ArrayList<>();
        if (o.completionCandidates() != null) {
            o.completionCandidates().forEach(words::add);
        }
        return words;
    }

    /** The option's one-line summary (the description up to its first full stop). */
    private static String firstSentence(OptionSpec o) {
        String d = String.join(" ", o.description()).replace("%%", "%");
        int stop = d.indexOf(". ");
        String sentence = stop < 0 ? d : d.substring(0, stop);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
