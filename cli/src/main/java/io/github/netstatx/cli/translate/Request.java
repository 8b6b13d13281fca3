package io.github.netstatx.cli.translate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a command line asks for, in terms of the {@link Term} table, with the defaults of its dialect
 * made explicit (net-tools without protocol options lists every protocol; netstat.exe without
 * {@code -a} lists TCP only).
 *
 * @param terms everything asked for
 * @param interval the repeat interval in seconds, when {@link Term#INTERVAL} is asked for
 * @param remarks what the reader noticed that the terms cannot carry (ignored words, narrowed groups)
 * @param narrowing the rows a pipeline or filter expression keeps ({@link Narrowing#NONE}: all)
 */
public record Request(Set<Term> terms, Integer interval, List<String> remarks, Narrowing narrowing) {

    /** The socket protocols, in table order. */
    public static final Set<Term> PROTOCOLS = EnumSet.of(Term.TCP, Term.UDP, Term.RAW, Term.UDPLITE, Term.SCTP,
            Term.UNIX);
    /** The displays other than the connection table. */
    public static final Set<Term> VIEWS = EnumSet.of(Term.ROUTES, Term.INTERFACES, Term.STATISTICS, Term.GROUPS,
            Term.MASQUERADE, Term.NETWORK_DIRECT);

    public Request {
        terms = terms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(terms));
        remarks = List.copyOf(remarks);
    }

    /** A request that keeps every row. */
    public Request(Set<Term> terms, Integer interval, List<String> remarks) {
        this(terms, interval, remarks, Narrowing.NONE);
    }

    /** This request with other terms (the same interval and narrowing). */
    Request withTerms(Set<Term> other) {
        return new Request(other, interval, remarks, narrowing);
    }

    /** This request narrowed by a pipeline, with what the pipeline's reader remarked. */
    Request narrowedBy(Narrowing more, List<String> moreRemarks) {
        List<String> all = new java.util.ArrayList<>(remarks);
        all.addAll(moreRemarks);
        return new Request(terms, interval, all, narrowing.and(more));
    }

    public boolean has(Term t) {
        return terms.contains(t);
    }

    /** The protocols asked for, in table order. */
    public EnumSet<Term> protocols() {
        EnumSet<Term> s = EnumSet.noneOf(Term.class);
        for (Term t : terms) {
            if (PROTOCOLS.contains(t)) {
                s.add(t);
            }
        }
        return s;
    }

    /** The other displays asked for; empty means the connection table. */
    public EnumSet<Term> views() {
        EnumSet<Term> s = EnumSet.noneOf(Term.class);
        for (Term t : terms) {
            if (VIEWS.contains(t)) {
                s.add(t);
            }
        }
        return s;
    }
}
