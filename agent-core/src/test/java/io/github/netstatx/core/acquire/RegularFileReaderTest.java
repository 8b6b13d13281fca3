package io.github.netstatx.core.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, bounded reads: only regular files are opened, links are judged by where they lead, sizes are capped. */
class RegularFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReadWhole() throws IOException {
        Path f = Files.write(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n".getBytes());
        assertEquals("root:x:0:0::/root:/bin/sh\n", new String(RegularFileReader.whole(f, 1000)));
        assertEquals(26, RegularFileReader.whole(f, 26).length, "exactly the limit is allowed");
    }

    @Test
    void aFileBeyondTheLimitIsRefusedWhole() throws IOException {
        Path f = Files.write(dir.resolve("big"), new byte[4097]);
        FileSystemException e = assertThrows(RegularFileReader.TooLargeException.class,
                () -> RegularFileReader.whole(f, 4096));
        assertTrue(e.getMessage().contains("more than the 4096 bytes"), e.getMessage());
        assertEquals(100, RegularFileReader.prefix(f, 100).length, "a prefix read takes the start");
    }

    /** procfs files report size 0: they are read to their end all the same, and capped the same way. */
    @Test
    void procfsFilesAreReadAlthoughTheyReportSizeZero() throws IOException {
        Path status = Path.of("/proc/self/status");
        assertEquals(0, Files.size(status));
        String text = new String(RegularFileReader.whole(status, RegularFileReader.STANDARD_LIMIT));
        assertTrue(text.startsWith("Name:") && text.contains("\nUid:"), text);
        assertThrows(RegularFileReader.TooLargeException.class, () -> RegularFileReader.whole(status, 10));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsNotOpened() throws Exception {
        Path fifo = dir.resolve("cmdline");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        RegularFileReader.NotRegularFileException e = assertThrows(RegularFileReader.NotRegularFileException.class,
                () -> RegularFileReader.whole(fifo, 4096));
        assertEquals(FileKind.FIFO, e.kind());
        assertTrue(e.getMessage().endsWith("is a FIFO, not a regular file; not read"), e.getMessage());
        assertThrows(RegularFileReader.NotRegularFileException.class, () -> RegularFileReader.prefix(fifo, 10));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkToDevZeroOrADirectoryIsRefused() throws IOException {
        Path passwd = Files.createSymbolicLink(dir.resolve("passwd"), Path.of("/dev/zero"));
        assertEquals(FileKind.CHARACTER_DEVICE, assertThrows(RegularFileReader.NotRegularFileException.class,
                () -> RegularFileReader.whole(passwd, RegularFileReader.STANDARD_LIMIT)).kind());
        assertEquals(FileKind.DIRECTORY, assertThrows(RegularFileReader.NotRegularFileException.class,
                () -> RegularFileReader.whole(dir, 10)).kind());
    }

    @Test
    void aLinkLoopEndsInAnErrorAndALinkIsFollowedUnlessForbidden() throws IOException {
        Path a = Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        FileSystemException loop = assertThrows(FileSystemException.class, () -> RegularFileReader.whole(a, 10));
        assertTrue(String.valueOf(loop.getReason()).contains("symbolic links"), loop.toString());

        Path real = Files.write(dir.resolve("real"), new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertArrayEquals(new byte[] {1, 2, 3}, RegularFileReader.whole(link, 10));
        assertEquals(FileKind.SYMBOLIC_LINK, assertThrows(RegularFileReader.NotRegularFileException.class,
                () -> RegularFileReader.whole(link, 10, LinkOption.NOFOLLOW_LINKS)).kind());
    }
}
