package io.github.netstatx.backend.windows;

import io.github.netstatx.backend.windows.decode.LayoutReader;
import io.github.netstatx.backend.windows.decode.MalformedBufferException;
import io.github.netstatx.backend.windows.decode.ProcessEntry32Decoder;
import io.github.netstatx.backend.windows.decode.ProcessEntry32Decoder.ProcessEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names, paths and start times of the processes that own sockets, for one collection. Each PID is asked
 * once: image path and creation time with {@code PROCESS_QUERY_LIMITED_INFORMATION} (granted for most
 * processes, even other users' when elevated); when that is refused (access denied, protected process,
 * PID 0 / 4) the name comes from a Toolhelp snapshot, which needs no rights. Processes that exit between
 * the socket table and the lookup are normal: they keep their PID and get no name.
 */
final class ProcessResolver {

    /** Not a process: the System Idle "process" that netstat -o shows for TIME_WAIT rows. */
    private static final long IDLE_PID = 0;

    private final IpHelperSource source;
    private final Map<Long, Resolved> cache = new HashMap<>();
    private Map<Long, String> snapshot;
    private String snapshotFailure;
    private int denied;
    private int fromSnapshot;

    private record Resolved(String name, String path, Instant startTime) {
    }

    ProcessResolver(IpHelperSource source) {
        this.source = source;
    }

    /** The owner record for a PID, with the module name of {@code -b} when known. */
    ProcessRef owner(long pid, String module) {
        Resolved r = cache.computeIfAbsent(pid, this::resolve);
        return new ProcessRef(pid, r.name(), r.path(), null, module, r.startTime(), ProcessRef.Role.OWNER);
    }

    private Resolved resolve(long pid) {
        if (pid != IDLE_PID) {
            ProcessImage image = source.processImage(pid);
            if (image.error() == 0 && image.imagePath() != null) {
                String path = LayoutReader.of("QueryFullProcessImageNameW", image.imagePath())
                        .wcharzToEnd(0, "lpExeName");
                return new Resolved(baseName(path), path, LayoutReader.filetimeToInstant(image.creationTime()));
            }
            denied++;
        }
        String name = snapshotNames().get(pid);
        if (name != null) {
            fromSnapshot++;
        }
        return new Resolved(name, null, null);
    }

    private Map<Long, String> snapshotNames() {
        if (snapshot == null) {
            snapshot = new HashMap<>();
            try {
                for (ProcessEntry e : ProcessEntry32Decoder.decode(source.processEntries().data())) {
                    snapshot.put(e.pid(), e.exeFile());
                }
            } catch (IpHelperException | MalformedBufferException e) {
                snapshotFailure = e.getMessage();
            }
        }
        return snapshot;
    }

    /** What could not be seen, as diagnostics. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        if (denied > 0) {
            out.add(new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.INFO, "QueryFullProcessImageNameW",
                    "the image path of " + denied + " owning process(es) could not be read; "
                            + fromSnapshot + " of them were named from a process snapshot",
                    null, denied, null));
        }
        if (snapshotFailure != null) {
            out.add(Diagnostic.of(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "CreateToolhelp32Snapshot",
                    "process names are missing: " + snapshotFailure));
        }
        return out;
    }

    /** The file name of a Windows path ({@code C:\Windows\System32\svchost.exe} → {@code svchost.exe}). */
    static String baseName(String path) {
        int cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        return path.substring(cut + 1);
    }
}
