package io.github.netstatx.cli.options;

import java.util.List;
import java.util.Objects;

/**
 * One option of netstatx, as help, man page, completions and README describe it.
 *
 * @param scope which grammar reads it
 * @param names every spelling, the one shown first in help first ({@code -a}, {@code --all})
 * @param arity whether it takes a value
 * @param label the value's name in help ({@code FILE}); empty for switches
 * @param choices the values it accepts when they are a fixed list (completions offer them); else empty
 * @param completesFiles whether the value names a file (completions offer file names)
 * @param summary one line for help and completions, without a final full stop
 * @param details more sentences for the man page; may be empty
 */
public record CliOption(OptionScope scope, List<String> names, ValueArity arity, String label, List<String> choices,
        boolean completesFiles, String summary, String details) {

    public CliOption {
        Objects.requireNonNull(scope);
        names = List.copyOf(names);
        choices = List.copyOf(choices);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs a name");
        }
        if ((arity == ValueArity.NONE) != label.isEmpty()) {
            throw new IllegalArgumentException(names.get(0) + ": a value label exactly when the option takes a value");
        }
    }

    /** A switch. */
    static CliOption flag(OptionScope scope, String summary, String... names) {
        return new CliOption(scope, List.of(names), ValueArity.NONE, "", List.of(), false, summary, "");
    }

    /** An option with a required value. */
    static CliOption valued(OptionScope scope, String label, String summary, String... names) {
        return new CliOption(scope, List.of(names), ValueArity.REQUIRED, label, List.of(), false, summary, "");
    }

    CliOption withArity(ValueArity newArity, String newLabel) {
        return new CliOption(scope, names, newArity, newLabel, choices, completesFiles, summary, details);
    }

    CliOption withChoices(String... values) {
        return new CliOption(scope, names, arity, label, List.of(values), completesFiles, summary, details);
    }

    CliOption withFiles() {
        return new CliOption(scope, names, arity, label, choices, true, summary, details);
    }

    CliOption withDetails(String text) {
        return new CliOption(scope, names, arity, label, choices, completesFiles, summary, text);
    }

    /** The name help shows last, with the value: {@code --fs-root}. */
    public String longestName() {
        return names.get(names.size() - 1);
    }

    /**
     * How help writes the option: {@code -A, --protocol AF}, {@code --facts[=ansible]},
     * {@code --translate ARGS...}.
     */
    public String synopsis() {
        String joined = String.join(", ", names);
        return switch (arity) {
            case NONE -> joined;
            case REQUIRED -> joined + " " + label;
            case OPTIONAL_ATTACHED -> joined + "[=" + label + "]";
            case REST -> joined + " " + label + "...";
        };
    }
}
