package io.github.netstatx.backend.macos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A capture directory in the {@code macos-sysctl} format: one file per sysctl, named by its dotted name
 * ({@link Sysctl#dottedName()}), holding the bytes the kernel returned. A missing file stands for a sysctl the
 * captured kernel did not have.
 */
public final class SysctlDirectory implements SysctlSource {

    private final Path root;

    public SysctlDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
        Path file = root.resolve(sysctl.dottedName());
        try {
            return Optional.of(ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SysctlException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes one sysctl's bytes into a capture directory. */
    public static void write(Path root, Sysctl sysctl, ByteBuffer bytes) throws IOException {
        Files.createDirectories(root);
        ByteBuffer b = bytes.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        Files.write(root.resolve(sysctl.dottedName()), out);
    }
}
