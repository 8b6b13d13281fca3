package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sources for one collection and turns every failure into a diagnostic, so that a missing or
 * unreadable source is always visible and never an empty result.
 */
final class ReportingReader {

    private final LinuxRawSource source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ReportingReader(LinuxRawSource source) {
        this.source = source;
    }

    /**
     * The file's bytes, or {@code null} after recording why not: {@link Diagnostic.Code#SOURCE_MISSING}
     * with {@code ifMissing} severity when it does not exist, {@link Diagnostic.Code#SOURCE_UNREADABLE}
     * (an error) when it exists but cannot be read.
     *
     * @param protocol the protocol the file serves, or {@code null}
     */
    byte[] read(String relative, Protocol protocol, Severity ifMissing) {
        try {
            return source.read(relative);
        } catch (IOException e) {
            failed(relative, protocol, ifMissing, e);
            return null;
        }
    }

    /**
     * The file as a stream ({@link LinuxRawSource#stream}), or {@code null} after recording why not, as
     * {@link #read}. A failure while reading it is recorded with {@link #failed}.
     */
    InputStream stream(String relative, Protocol protocol, Severity ifMissing) {
        try {
            return source.stream(relative);
        } catch (IOException e) {
            failed(relative, protocol, ifMissing, e);
            return null;
        }
    }

    /**
     * Records why a source could not be read: {@link Diagnostic.Code#SOURCE_MISSING} with {@code ifMissing}
     * severity when it does not exist, {@link Diagnostic.Code#SOURCE_UNREADABLE} (an error) otherwise.
     */
    void failed(String relative, Protocol protocol, Severity ifMissing, IOException e) {
        String where = source.where(relative);
        if (e instanceof NoSuchFileException) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_MISSING, ifMissing, where,
                    where + " does not exist" + (protocol == null ? "" : ": no " + protocol.id() + " sockets can be listed"),
                    protocol, 0, null));
        } else {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.ERROR, where,
                    "cannot read " + where + ": " + reason(e), protocol, 0, null));
        }
    }

    /**
     * Records a file that {@link RegularFileReader} would not read (a FIFO, a device, a link loop, an endless
     * file): a warning, since the collection goes on without it.
     */
    void refused(String relative, RegularFileReader.RefusedException e) {
        add(refusal(source.where(relative), e));
    }

    /** The diagnostic of a refused file at {@code where}. */
    static Diagnostic refusal(String where, RegularFileReader.RefusedException e) {
        return new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, where,
                "cannot read " + where + ": " + e.getReason(), null, 0, null);
    }

    /** Records that {@code count} lines of a source were skipped. */
    void malformed(String relative, Protocol protocol, int count) {
        diagnostics.add(ParseResult.malformedLines(source.where(relative), protocol, count));
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName();
    }
}
