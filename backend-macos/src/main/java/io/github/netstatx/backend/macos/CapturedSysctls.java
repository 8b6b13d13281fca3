package io.github.netstatx.backend.macos;

import io.github.netstatx.core.capture.CaptureSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Replay in the {@code macos-sysctl} capture format: each sysctl is the file named by its dotted name
 * ({@link Sysctl#dottedName()}). A sysctl the capture lacks is one the captured kernel did not have (ENOENT);
 * one recorded as failed fails again. libproc answers replay from {@link LibprocCaptureNames}; a capture without
 * a pid list (written before libproc was recorded) answers libproc as absent.
 */
final class CapturedSysctls implements SysctlSource {

    private final CaptureSource capture;

    CapturedSysctls(CaptureSource capture) {
        this.capture = capture;
    }

    @Override
    public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
        try {
            return Optional.of(wrap(capture.file(sysctl.dottedName())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SysctlException(sysctl.dottedName() + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<String> processName(int pid) {
        return text(LibprocCaptureNames.name(pid));
    }

    @Override
    public Optional<String> processPath(int pid) {
        return text(LibprocCaptureNames.path(pid));
    }

    @Override
    public LibprocAnswer listAllPids() {
        try {
            return LibprocAnswer.of(wrap(capture.file(LibprocCaptureNames.PIDS)));
        } catch (NoSuchFileException e) {
            return LibprocAnswer.failed(LibprocAnswer.ENOTSUP); // proc_listallpids has no ESRCH: not recorded
        } catch (IOException e) {
            return LibprocAnswer.failed(LibprocCaptureNames.errno(e));
        }
    }

    @Override
    public LibprocAnswer descriptors(int pid) {
        return answer(LibprocCaptureNames.descriptors(pid));
    }

    @Override
    public LibprocAnswer socketInfo(int pid, int fd) {
        return answer(LibprocCaptureNames.socketInfo(pid, fd));
    }

    private LibprocAnswer answer(String name) {
        try {
            return LibprocAnswer.of(wrap(capture.file(name)));
        } catch (IOException e) {
            return LibprocAnswer.failed(LibprocCaptureNames.errno(e));
        }
    }

    private Optional<String> text(String name) {
        try {
            return Optional.of(new String(capture.file(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ByteBuffer wrap(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
