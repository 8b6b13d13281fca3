package io.github.netstatx.cli.views;

import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A capture of {@code scripts/capture-view-fixtures.sh} under {@code fixtures/views/}: an fs-root
 * ({@code tree/}) and, per real netstat invocation, its arguments, stdout, stderr and exit status
 * ({@code netstat/NAME.args|out|err|rc}).
 */
final class ViewCapture {

    /** One recorded netstat run. */
    record Case(String name, List<String> args, byte[] stdout, byte[] stderr, int status) {
        @Override
        public String toString() {
            return name + " " + String.join(" ", args);
        }
    }

    /** What netstatx did for one command line. */
    record Result(byte[] stdout, byte[] stderr, int status) {
    }

    private final Path dir;

    ViewCapture(String name) {
        this.dir = Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", name);
    }

    Path tree() {
        return dir.resolve("tree");
    }

    List<Case> cases() {
        try (Stream<Path> files = Files.list(dir.resolve("netstat"))) {
            List<Case> out = new ArrayList<>();
            for (Path args : files.filter(p -> p.toString().endsWith(".args")).sorted().toList()) {
                String name = args.getFileName().toString().replaceFirst("\\.args$", "");
                Path base = dir.resolve("netstat");
                out.add(new Case(name, Files.readAllLines(args), Files.readAllBytes(base.resolve(name + ".out")),
                        Files.readAllBytes(base.resolve(name + ".err")),
                        Integer.parseInt(Files.readString(base.resolve(name + ".rc")).trim())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs netstatx in-process over the capture's tree with the real backends (ServiceLoader). */
    Result run(List<String> args) {
        return run(args, new ByteArrayOutputStream(), StopSignal.manual());
    }

    /** As {@link #run(List)}, writing stdout to {@code out} as it goes and stopping on {@code stop}. */
    Result run(List<String> args, ByteArrayOutputStream out, StopSignal stop) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx netstatx = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux",
                Backends.discover(), BackendConfig.live(), stop, false, Clock.systemUTC());
        List<String> all = new ArrayList<>(List.of("--fs-root", tree().toString()));
        all.addAll(args);
        int status = netstatx.run(all);
        return new Result(out.toByteArray(), err.toByteArray(), status);
    }
}
