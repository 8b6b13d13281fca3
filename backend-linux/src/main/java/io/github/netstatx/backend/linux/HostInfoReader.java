package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;

/**
 * The observed host: host name and kernel release from {@code proc/sys/kernel}, the distribution's
 * {@code PRETTY_NAME} from {@code etc/os-release} (or {@code usr/lib/os-release}), the machine from
 * {@code proc/sys/kernel/arch}. Whatever cannot be read is {@code null}.
 */
final class HostInfoReader {

    private HostInfoReader() {
    }

    static HostInfo read(LinuxRawSource source) {
        String arch = line(source, "proc/sys/kernel/arch");
        if (arch == null && source.isLiveRoot()) {
            arch = source.runtimeArch();    // kernels before 6.1 have no kernel/arch
        }
        return new HostInfo(line(source, "proc/sys/kernel/hostname"), OsFamily.LINUX, osVersion(source),
                line(source, "proc/sys/kernel/osrelease"), arch);
    }

    private static String osVersion(LinuxRawSource source) {
        for (String file : new String[] {"etc/os-release", "usr/lib/os-release"}) {
            try {
                return OsReleaseParser.value(source.read(file), "PRETTY_NAME");
            } catch (IOException e) {
                // try the next location
            }
        }
        return null;
    }

    /** The first line of a one-line file, or {@code null}. */
    private static String line(LinuxRawSource source, String relative) {
        try {
            byte[] b = source.read(relative);
            int end = 0;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            return end == 0 ? null : SurrogateEscape.decode(b, 0, end);
        } catch (IOException e) {
            return null;
        }
    }
}
