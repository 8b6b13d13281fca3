package io.github.netstatx.backend.macos;

import io.github.netstatx.core.capture.CaptureSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Replay in the {@code macos-sysctl} capture format: each sysctl is the file named by its dotted name
 * ({@link Sysctl#dottedName()}). A sysctl the capture lacks is one the captured kernel did not have (ENOENT);
 * one recorded as failed fails again.
 */
final class CapturedSysctls implements SysctlSource {

    private final CaptureSource capture;

    CapturedSysctls(CaptureSource capture) {
        this.capture = capture;
    }

    @Override
    public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
        try {
            return Optional.of(ByteBuffer.wrap(capture.file(sysctl.dottedName())).order(ByteOrder.LITTLE_ENDIAN));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SysctlException(sysctl.dottedName() + ": " + e.getMessage());
        }
    }
}
