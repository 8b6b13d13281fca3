package io.github.netstatx.cli.windows;

import java.util.List;

/**
 * {@code -x}: netstat.exe's NetworkDirect (RDMA) section. The model has no NetworkDirect endpoints (no
 * backend can see them: Windows has no public API for them, other OSes have no NetworkDirect), so the
 * section is always empty, which is what netstat.exe prints on machines without RDMA adapters. The
 * title and column names are the ones of the only known capture (an OCR'd vendor guide, reference
 * windows.md §2.6); their exact spacing is not known, so the columns are separated by two spaces.
 */
public final class NetworkDirectSection {

    private NetworkDirectSection() {
    }

    /** The section's lines, without line terminators. */
    public static List<String> render() {
        return List.of(
                "",
                "Active NetworkDirect Connections, Listeners, SharedEndpoints",
                "",
                "  Mode  IfIndex  Type  Local Address  Foreign Address  PID");
    }
}
