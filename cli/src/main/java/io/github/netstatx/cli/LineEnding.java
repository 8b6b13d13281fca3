package io.github.netstatx.cli;

import io.github.netstatx.core.model.OsFamily;
import java.util.List;
import java.util.Optional;

/**
 * How output lines end. Native tools end lines the way their OS does: netstat.exe writes CRLF
 * (through the console's text mode), Unix tools write LF. netstatx follows the host it runs on, not
 * the dialect: a Windows-dialect run on Linux writes LF so pipes into {@code grep} and friends work,
 * and a run on Windows writes CRLF in both dialects.
 */
public enum LineEnding {
    LF("\n"),
    CRLF("\r\n");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    /** CRLF on Windows, else LF (an OS netstatx does not know is taken for a Unix). */
    public static LineEnding forOs(Optional<OsFamily> hostOs) {
        return hostOs.orElse(null) == OsFamily.WINDOWS ? CRLF : LF;
    }

    /** The terminator itself. */
    public String text() {
        return text;
    }

    /** Writes each line followed by this terminator. */
    public void write(OutputSink sink, List<String> lines) {
        for (String line : lines) {
            sink.print(line).print(text);
        }
    }
}
