package io.github.netstatx.cli.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A request spelled for one tool: the command(s) to run and what they cannot express or do differently.
 *
 * @param commands one or more commands; several when one command cannot say it all
 * @param notes differences and gaps, each once
 */
public record Rendition(List<String> commands, List<String> notes) {

    public Rendition {
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }

    /** Collects a rendition; notes keep their first-seen order and are never repeated. */
    static final class Builder {
        private final List<String> commands = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();

        Builder command(String c) {
            commands.add(c);
            return this;
        }

        Builder note(String n) {
            if (n != null) {
                notes.add(n);
            }
            return this;
        }

        /** Notes every asked-for term that the tool has no spelling for. */
        Builder missing(Request r, Function<Term, String> spelling) {
            for (Term t : Term.values()) {
                if (r.has(t) && spelling.apply(t) == null) {
                    note(t.note());
                }
            }
            return this;
        }

        /** Notes these terms when asked for, because the tool spells them with a difference. */
        Builder differing(Request r, Term... terms) {
            for (Term t : terms) {
                if (r.has(t)) {
                    note(t.note());
                }
            }
            return this;
        }

        Rendition build() {
            return new Rendition(commands, new ArrayList<>(notes));
        }
    }
}
