package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {

    @TempDir
    Path dir;

    private static void write(AtomicFileOutput out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachFlushReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("netstatx.prom");
        AtomicFileOutput out = new AtomicFileOutput(f);
        out.check();
        write(out, "first\n");
        assertEquals("first\n", Files.readString(f));
        write(out, "second\n");
        assertEquals("second\n", Files.readString(f));
        assertEquals(List.of("netstatx.prom"), names());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                "readable by the exporter, which runs as another user");
    }

    @Test
    void aFlushWithNothingNewKeepsTheFileButTheFirstFlushAlwaysCreatesIt() throws IOException {
        Path f = dir.resolve("empty.prom");
        AtomicFileOutput out = new AtomicFileOutput(f);
        out.flush();
        assertTrue(Files.exists(f));
        assertEquals(0, Files.size(f));
        write(out, "data\n");
        out.flush();
        assertEquals("data\n", Files.readString(f));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("facts.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        write(new AtomicFileOutput(f), "new");
        assertEquals("new", Files.readString(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aMissingDirectoryIsAClearFailure() {
        AtomicFileOutput out = new AtomicFileOutput(dir.resolve("no/such/dir/x.prom"));
        AtomicFileOutput.OutputFileException e = assertThrows(AtomicFileOutput.OutputFileException.class, out::check);
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        out.write('x');
        e = assertThrows(AtomicFileOutput.OutputFileException.class, out::flush);
        assertTrue(e.getMessage().startsWith("cannot write " + dir.resolve("no/such/dir/x.prom")), e.getMessage());
        assertThrows(AtomicFileOutput.OutputFileException.class, () -> new AtomicFileOutput(dir).check());
    }

    /**
     * A reader that opens the file again and again while it is replaced sees only whole versions:
     * 4 MiB of one letter, never a mix, never a short file.
     */
    @Test
    void readersNeverSeeAPartialFile() throws Exception {
        Path f = dir.resolve("big.prom");
        int size = 4 << 20;
        AtomicFileOutput out = new AtomicFileOutput(f);
        byte[] a = new byte[size];
        Arrays.fill(a, (byte) 'a');
        out.write(a);
        out.flush();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get() && problem.get() == null) {
                try {
                    byte[] got = Files.readAllBytes(f);
                    reads.incrementAndGet();
                    if (got.length != size) {
                        problem.set("read " + got.length + " bytes");
                    } else {
                        for (byte b : got) {
                            if (b != got[0]) {
                                problem.set("a mixed file");
                                break;
                            }
                        }
                    }
                } catch (IOException e) {
                    problem.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) {
            byte[] v = new byte[size];
            Arrays.fill(v, (byte) ('b' + i % 20));
            out.write(v);
            out.flush();
        }
        done.set(true);
        reader.join(30_000);
        assertEquals(null, problem.get());
        assertTrue(reads.get() > 0);
        byte[] last = Files.readAllBytes(f);
        assertEquals(size, last.length);
        assertEquals('b' + 19, last[0]);
        assertFalse(names().stream().anyMatch(n -> n.endsWith(".tmp")));
        assertArrayEquals(new String[] {"big.prom"}, names().toArray());
    }
}
