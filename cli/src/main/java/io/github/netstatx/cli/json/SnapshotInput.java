package io.github.netstatx.cli.json;

import io.github.netstatx.core.spi.NetstatBackend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens {@code --input FILE} ({@code -}: standard input) as a {@link SnapshotBackend}. */
public final class SnapshotInput {

    private SnapshotInput() {
    }

    /**
     * @param name the argument of {@code --input}
     * @param stdin standard input, read when {@code name} is {@code -}
     */
    public static NetstatBackend open(String name, InputStream stdin) throws SnapshotFormatException {
        String source = name.equals("-") ? "standard input" : name;
        byte[] bytes;
        try {
            bytes = name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new SnapshotFormatException(source + ": no such file");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new SnapshotFormatException(source + ": cannot be read: " + e.getMessage());
        }
        return new SnapshotBackend(new DocumentReader(source).read(bytes), source);
    }
}
