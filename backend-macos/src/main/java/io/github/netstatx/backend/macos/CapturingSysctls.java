package io.github.netstatx.backend.macos;

import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.SourceFailure;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Records every sysctl the live source answers into a capture ({@code --capture}), in the {@code macos-sysctl}
 * format: the bytes under the dotted name, an absent sysctl as a {@code missing} failure, an unreadable one as
 * {@code failed}. Process names are not captured (the replay shows owners by pid only).
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
        ByteBuffer d = got.get().duplicate();
        byte[] bytes = new byte[d.remaining()];
        d.get(bytes);
        sink.file(sysctl.dottedName(), bytes);
        return got;
    }

    @Override
    public Optional<String> processName(int pid) {
        return live.processName(pid);
    }
}
