package io.github.netstatx.backend.macos;

import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.SourceFailure;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Records every sysctl and libproc call the live source answers into a capture ({@code --capture}), in the
 * {@code macos-sysctl} format: the bytes under the dotted name, an absent sysctl as a {@code missing} failure, an
 * unreadable one as {@code failed}; libproc answers and failures under {@link LibprocCaptureNames}, process names
 * and paths as UTF-8 text.
 */
final class CapturingSysctls implements SysctlSource {

    private final SysctlSource live;
    private final CaptureSink sink;

    CapturingSysctls(SysctlSource live, CaptureSink sink) {
        this.live = live;
        this.sink = sink;
    }

    @Override
    public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
        Optional<ByteBuffer> got;
        try {
            got = live.read(sysctl);
        } catch (SysctlException e) {
            sink.failure(sysctl.dottedName(), new SourceFailure(SourceFailure.Kind.FAILED, e.getMessage()));
            throw e;
        }
        if (got.isEmpty()) {
            sink.failure(sysctl.dottedName(), new SourceFailure(SourceFailure.Kind.MISSING, ""));
            return got;
        }
        sink.file(sysctl.dottedName(), bytes(got.get()));
        return got;
    }

    @Override
    public Optional<String> processName(int pid) {
        return text(LibprocCaptureNames.name(pid), live.processName(pid));
    }

    @Override
    public Optional<String> processPath(int pid) {
        return text(LibprocCaptureNames.path(pid), live.processPath(pid));
    }

    @Override
    public LibprocAnswer listAllPids() {
        return record(LibprocCaptureNames.PIDS, live.listAllPids());
    }

    @Override
    public LibprocAnswer descriptors(int pid) {
        return record(LibprocCaptureNames.descriptors(pid), live.descriptors(pid));
    }

    @Override
    public LibprocAnswer socketInfo(int pid, int fd) {
        return record(LibprocCaptureNames.socketInfo(pid, fd), live.socketInfo(pid, fd));
    }

    private Optional<String> text(String name, Optional<String> got) {
        if (got.isPresent()) {
            sink.file(name, got.get().getBytes(StandardCharsets.UTF_8));
        } else {
            sink.failure(name, new SourceFailure(SourceFailure.Kind.MISSING, ""));
        }
        return got;
    }

    private LibprocAnswer record(String name, LibprocAnswer answer) {
        if (answer.ok()) {
            sink.file(name, bytes(answer.bytes()));
        } else {
            sink.failure(name, LibprocCaptureNames.failure(answer.errno()));
        }
        return answer;
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        d.position(0);
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
