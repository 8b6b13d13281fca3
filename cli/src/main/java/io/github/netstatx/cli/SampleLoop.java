package io.github.netstatx.cli;

import io.github.netstatx.cli.changes.ChangeTable;
import io.github.netstatx.cli.changes.ChangeTracker;
import io.github.netstatx.cli.changes.SocketChange;
import io.github.netstatx.cli.json.DocumentWriter;
import io.github.netstatx.cli.summary.SocketSummary;
import io.github.netstatx.cli.summary.SummaryText;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The one sampling loop behind every dialect's listings. Once, or at a steady cadence when there is an
 * interval, it collects a {@link Sample} for the dialect's {@link ViewRequest} and hands it to the
 * dialect's {@link TableView}, or with {@code --format json} writes it as a JSON document (one NDJSON line
 * per sample when repeating). This loop is where the backend is asked; renderers only get the sample.
 * Each repeated sample is flushed at once; Ctrl+C ends the run after a complete sample; a pass that
 * returns a non-zero status ends the run with it.
 *
 * <p>With {@code --changes} every sample after the first reports only what changed in the socket
 * listing ({@link ChangeTracker}): as change documents in JSON, as {@link ChangeTable} lines in tables.
 *
 * <p>Between repeated samples the heap is kept from filling with dead samples ({@link IdleCollection}).
 *
 * <p>A dialect parses its options, builds the request and its table view, and calls {@link #run}; it
 * never needs to know about JSON, change events or saved snapshots.
 */
public final class SampleLoop {

    private final Invocation inv;
    private final Repeater repeater;
    private final SampleCollector collector;

    public SampleLoop(Invocation inv) {
        this(inv, new Repeater(inv.stop()));
    }

    /** A loop on another repeater (tests with a fake clock). */
    public SampleLoop(Invocation inv, Repeater repeater) {
        this.inv = inv;
        this.repeater = repeater;
        this.collector = new SampleCollector(inv.clock(), inv.options().filter());
    }

    /** A backend failure carried through {@link Repeater.Sample}, which may only throw IOException. */
    private static final class SampleFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SampleFailure(Exception failure) {
            super(failure.getMessage(), failure, false, false);
        }

        void rethrow() throws NoBackendException, BackendException {
            if (getCause() instanceof NoBackendException n) {
                throw n;
            }
            throw (BackendException) getCause();
        }
    }

    /** One sample's work; may fail as the backend fails. */
    @FunctionalInterface
    private interface Step {
        int run(int index) throws IOException, NoBackendException, BackendException;
    }

    /**
     * Runs the listing.
     *
     * @param request what one sample collects (for JSON and change tracking)
     * @param interval time between samples, or {@code null} for one sample
     * @param table the dialect's tables
     * @return the exit status
     */
    public int run(ViewRequest request, Duration interval, TableView table)
            throws IOException, NoBackendException, BackendException {
        ExtensionOptions o = inv.options();
        if (!request.listsSockets() && (!o.filter().isEmpty() || o.summary())) {
            inv.err().println("netstatx: " + (o.summary() ? "--summary" : o.filter().clauses().get(0).option())
                    + " works with socket listings only");
            return ExitCodes.USAGE;
        }
        if (o.changes()) {
            String problem = changesProblem(request, interval);
            if (problem != null) {
                inv.err().println("netstatx: " + problem);
                return ExitCodes.USAGE;
            }
        }
        if (o.capture().isPresent() && interval != null) {
            inv.err().println("netstatx: --capture records one sample; it cannot be used with an interval");
            return ExitCodes.USAGE;
        }
        if (o.recorded() && interval != null) {
            inv.err().println("netstatx: " + (o.input().isPresent() ? "a saved snapshot" : "a capture")
                    + " does not change: showing it once (interval ignored)");
            interval = null;
        }
        if (o.summary() && (o.changes() || o.format() == OutputFormat.JC)) {
            inv.err().println("netstatx: --summary cannot be combined with "
                    + (o.changes() ? "--changes" : "--format jc"));
            return ExitCodes.USAGE;
        }
        Step step;
        if (o.format() == OutputFormat.JSON) {
            step = jsonStep(request, interval != null);
        } else if (o.summary()) {
            SummaryText text = table.summaryText();
            step = k -> {
                Sample s = tableSample(request);
                s.requireCollected(Sample.Section.SOCKETS);
                inv.out().print(text.render(SocketSummary.of(s.sockets().items())));
                return ExitCodes.OK;
            };
        } else if (o.changes()) {
            step = changeTableStep(request, table);
        } else {
            step = k -> table.pass(tableSample(request), k);
        }
        boolean repeating = interval != null;
        IdleCollection idle = new IdleCollection();
        try {
            return repeater.run(interval, k -> {
                int status = carrying(step, k);
                if (repeating) {
                    inv.out().flush();
                    inv.err().flush();
                    idle.afterSample();
                }
                return status;
            }, status -> status == ExitCodes.OK);
        } catch (SampleFailure f) {
            f.rethrow();
            throw new IllegalStateException("unreachable", f);
        }
    }

    private static int carrying(Step step, int k) throws IOException {
        try {
            return step.run(k);
        } catch (NoBackendException | BackendException e) {
            throw new SampleFailure(e);
        }
    }

    /** JSON: a full document per sample, or after the first one, with --changes, a change document. */
    private Step jsonStep(ViewRequest request, boolean oneLine) {
        ChangeTracker tracker = inv.options().changes() ? new ChangeTracker() : null;
        DocumentWriter json = new DocumentWriter(inv.out(), oneLine, inv.options().filter(), inv.options().summary());
        return k -> {
            Sample s = collector.collect(inv.backend(), request);
            List<SocketChange> changes = tracker == null ? null : tracker.next(s.sockets().items());
            if (changes == null || k == 0) {
                json.snapshot(s);
            } else {
                json.changes(s, changes);
            }
            return ExitCodes.OK;
        };
    }

    /** A table pass's sample: tolerant of failed sections, and without a backend when it needs none. */
    private Sample tableSample(ViewRequest request) throws NoBackendException, BackendException {
        return request.collectsAnything() ? collector.collectForTables(inv.backend(), request)
                : collector.nothingCollected(request);
    }

    /**
     * Tables with --changes: the first pass is the dialect's full table, and the sockets of its sample are
     * the baseline (the very rows the table showed); later samples print one line per change.
     */
    private Step changeTableStep(ViewRequest request, TableView table) {
        ChangeTracker tracker = new ChangeTracker();
        return k -> {
            if (k == 0) {
                Sample first = tableSample(request);
                int status = table.pass(first, 0);
                tracker.next(first.sockets() == null ? List.of() : first.sockets().items());
                return status;
            }
            Sample s = collector.collect(inv.backend(), request);
            ChangeTable.write(inv.out(), s.collectedAt(), tracker.next(s.sockets().items()), table);
            return ExitCodes.OK;
        };
    }

    private String changesProblem(ViewRequest request, Duration interval) {
        if (inv.options().recorded()) {
            return "--changes compares live samples; it cannot be used with "
                    + (inv.options().input().isPresent() ? "--input" : "--replay");
        }
        if (!request.listsSockets()) {
            return "--changes works with socket listings only";
        }
        if (interval == null) {
            return "--changes needs an interval (a repeating listing)";
        }
        return null;
    }
}
