package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The observed host: host name and kernel release from {@code proc/sys/kernel}, the distribution's
 * {@code PRETTY_NAME} from {@code etc/os-release} (or {@code usr/lib/os-release}), the machine from
 * {@code proc/sys/kernel/arch}. Whatever cannot be read is {@code null}; a file that was refused for what
 * it is (a FIFO or a link to {@code /dev/zero} planted under {@code --fs-root}) is also a diagnostic, as
 * every refused file is, while a missing one is normal (older kernels, containers without os-release).
 */
final class HostInfoReader {

    /** The host, and the refused files that left fields of it unknown. */
    record Read(HostInfo host, List<Diagnostic> refusals) {
    }

    private final LinuxRawSource source;
    private final List<Diagnostic> refusals = new ArrayList<>();

    private HostInfoReader(LinuxRawSource source) {
        this.source = source;
    }

    static Read read(LinuxRawSource source) {
        HostInfoReader r = new HostInfoReader(source);
        String arch = r.line("proc/sys/kernel/arch");
        if (arch == null && source.isLiveRoot()) {
            arch = source.runtimeArch();    // kernels before 6.1 have no kernel/arch
        }
        HostInfo host = new HostInfo(r.line("proc/sys/kernel/hostname"), OsFamily.LINUX, r.osVersion(),
                r.line("proc/sys/kernel/osrelease"), arch);
        return new Read(host, List.copyOf(r.refusals));
    }

    private String osVersion() {
        for (String file : new String[] {"etc/os-release", "usr/lib/os-release"}) {
            byte[] b = bytes(file);
            if (b != null) {
                return OsReleaseParser.value(b, "PRETTY_NAME");
            }
        }
        return null;
    }

    /** The first line of a one-line file, or {@code null}. */
    private String line(String relative) {
        byte[] b = bytes(relative);
        if (b == null) {
            return null;
        }
        int end = 0;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        return end == 0 ? null : SurrogateEscape.decode(b, 0, end);
    }

    /** The file's bytes, or {@code null} when it cannot be read (a refusal is noted). */
    private byte[] bytes(String relative) {
        try {
            return source.read(relative);
        } catch (RegularFileReader.RefusedException e) {
            refusals.add(ReportingReader.refusal(source.where(relative), e));
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
