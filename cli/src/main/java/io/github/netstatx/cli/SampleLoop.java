package io.github.netstatx.cli;

import io.github.netstatx.cli.changes.ChangeTable;
import io.github.netstatx.cli.changes.ChangeTracker;
import io.github.netstatx.cli.changes.SocketChange;
import io.github.netstatx.cli.json.DocumentWriter;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The one sampling loop behind every dialect's listings: collect a {@link Sample} for the dialect's
 * {@link ViewRequest}, then write it as the dialect's table or, with {@code --format json}, as a JSON
 * document; once, or at a steady cadence when there is an interval (one NDJSON line per sample, flushed
 * at once). With {@code --changes} every sample after the first reports only what changed in the
 * socket listing ({@link ChangeTracker}).
 *
 * <p>A dialect parses its options, builds the request and its {@link TableView}, and calls
 * {@link #run}; it never needs to know about JSON, change events or saved snapshots.
 */
public final class SampleLoop {

    private final Invocation inv;
    private final Repeater repeater;

    public SampleLoop(Invocation inv) {
        this(inv, new Repeater(inv.stop()));
    }

    /** A loop on another repeater (tests with a fake clock). */
    public SampleLoop(Invocation inv, Repeater repeater) {
        this.inv = inv;
        this.repeater = repeater;
    }

    /** A backend failure carried through {@link Repeater.Sample}, which may only throw IOException. */
    private static final class SampleFailure extends RuntimeException {
        private final BackendException failure;

        SampleFailure(BackendException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /**
     * Runs the listing.
     *
     * @param interval time between samples, or {@code null} for one sample
     * @return the exit status
     */
    public int run(ViewRequest request, Duration interval, TableView table)
            throws IOException, NoBackendException, BackendException {
        ExtensionOptions o = inv.options();
        if (o.changes()) {
            String problem = changesProblem(request, interval);
            if (problem != null) {
                inv.err().println("netstatx: " + problem);
                return ExitCodes.USAGE;
            }
        }
        if (o.input().isPresent() && interval != null) {
            inv.err().println("netstatx: a saved snapshot does not change: showing it once (interval ignored)");
            interval = null;
        }
        NetstatBackend backend = inv.backend();
        SampleCollector collector = new SampleCollector(inv.clock());
        ChangeTracker tracker = o.changes() ? new ChangeTracker() : null;
        DocumentWriter json = o.format() == OutputFormat.JSON ? new DocumentWriter(inv.out(), interval != null) : null;
        boolean repeating = interval != null;
        try {
            return repeater.run(interval, k -> {
                Sample s = collect(collector, backend, request);
                List<SocketChange> changes = tracker == null ? null : tracker.next(s.sockets().items());
                boolean full = changes == null || k == 0;
                if (json != null) {
                    if (full) {
                        json.snapshot(s);
                    } else {
                        json.changes(s, changes);
                    }
                } else if (full) {
                    table.render(s, k, inv);
                } else {
                    ChangeTable.write(inv.out(), s.collectedAt(), changes, table);
                }
                if (repeating) {
                    inv.out().flush();
                    inv.err().flush();
                }
                return ExitCodes.OK;
            });
        } catch (SampleFailure f) {
            throw f.failure;
        }
    }

    private static Sample collect(SampleCollector collector, NetstatBackend backend, ViewRequest request) {
        try {
            return collector.collect(backend, request);
        } catch (BackendException e) {
            throw new SampleFailure(e);
        }
    }

    private String changesProblem(ViewRequest request, Duration interval) {
        if (inv.options().input().isPresent()) {
            return "--changes compares live samples; it cannot be used with --input";
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
