package io.github.netstatx.core.filter;

import io.github.netstatx.core.model.SocketEntry;
import java.util.Objects;

/**
 * One criterion of a filter, kept or negated ({@code --port 22} or {@code --port !22}).
 *
 * @param option the option it came from ({@code --local-port}), for descriptions and messages
 * @param criterion the test
 * @param negated true to keep the sockets the criterion does not match
 * @param values the alternatives as the front end spells them canonically ({@code LISTEN,TIME_WAIT},
 *     {@code 10.0.0.0/8,::1}), for descriptions
 */
public record FilterClause(String option, SocketCriterion criterion, boolean negated, String values) {

    public FilterClause {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(values, "values");
    }

    public boolean matches(SocketEntry e) {
        return criterion.matches(e) != negated;
    }

    /** {@code --state LISTEN,ESTABLISHED}, {@code --port !22}. */
    @Override
    public String toString() {
        return option + " " + (negated ? "!" : "") + values;
    }
}
