package io.github.netstatx.cli.json;

import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the netstatx command with the backends found on the class path, and what it
 * wrote. Output is kept as ISO-8859-1 text so every byte maps to one character and a difference shows
 * where it is.
 */
public record NetstatxRun(String out, String err, int status) {

    public static NetstatxRun of(List<String> args) {
        return of(new byte[0], args);
    }

    /** A run whose standard input holds {@code stdin} ({@code --input -}). */
    public static NetstatxRun of(byte[] stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx n = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux", Backends.discover(),
                BackendConfig.live(), StopSignal.manual(), false, Clock.systemUTC(), new ByteArrayInputStream(stdin));
        int status = n.run(args);
        return new NetstatxRun(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1),
                status);
    }

    /** Standard output as the UTF-8 it is. */
    public String outUtf8() {
        return new String(out.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
