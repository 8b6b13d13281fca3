package io.github.netstatx.cli.filters;

import io.github.netstatx.core.filter.FilterClause;
import io.github.netstatx.core.filter.SocketFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the filter options of one command line into a {@link SocketFilter}. The grammar: each option
 * takes a comma-separated list (OR); repeating an option adds to its list (OR); different options must
 * all match (AND); a leading {@code !} on the value negates that occurrence ({@code --state !LISTEN}:
 * not in LISTEN; {@code --port !22,53}: neither port), and each negated occurrence must hold on its own.
 */
public final class FilterBuilder {

    /** One clause to be: an option's positive values (joined), or one negated occurrence. */
    private record Pending(FilterOption option, boolean negated, StringBuilder values) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Map<FilterOption, Pending> positive = new LinkedHashMap<>();

    /**
     * Adds one occurrence.
     *
     * @throws FilterOption.BadValueException for a value the option does not take; the message starts with
     *     the option's name
     */
    public void add(FilterOption option, String value) throws FilterOption.BadValueException {
        boolean negated = value.startsWith("!");
        String list = negated ? value.substring(1) : value;
        option.parse(list);
        if (negated) {
            pending.add(new Pending(option, true, new StringBuilder(list)));
            return;
        }
        Pending p = positive.get(option);
        if (p == null) {
            p = new Pending(option, false, new StringBuilder(list));
            positive.put(option, p);
            pending.add(p);
        } else {
            p.values().append(',').append(list);
        }
    }

    public SocketFilter build() {
        List<FilterClause> clauses = new ArrayList<>();
        for (Pending p : pending) {
            try {
                FilterOption.Parsed parsed = p.option().parse(p.values().toString());
                clauses.add(new FilterClause(p.option().optionName(), parsed.criterion(), p.negated(),
                        parsed.canonical()));
            } catch (FilterOption.BadValueException e) {
                throw new IllegalStateException("values checked in add() became invalid", e);
            }
        }
        return new SocketFilter(clauses);
    }
}
