package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: an {@code --fs-root} tree may hold anything. A FIFO as {@code proc/PID/cmdline} must not hang
 * the owner scan, {@code etc/passwd -> /dev/zero} must not exhaust the heap, link loops and oversized files
 * must not stop the run: each is a diagnostic and the rest of the listing is still there.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileRootTest {

    @TempDir
    Path tmp;

    /** A copy of the captured namespace scenario, links copied as links. */
    private Path copyOfNetns() throws IOException {
        Path from = Fixtures.root(Fixtures.NETNS).toAbsolutePath();
        Path to = tmp.resolve("root");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static LinuxBackend backendOn(Path root) {
        return new LinuxBackend(new BackendConfig(root, Fixtures.byteOrder(Fixtures.NETNS), Duration.ofSeconds(5), 2));
    }

    private static SocketQuery everythingWithOwnersAndUsers() {
        return new SocketQuery(EnumSet.allOf(Protocol.class), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                Scope.ALL, true, true, true);
    }

    private static void mkfifo(Path p) throws Exception {
        Files.delete(p);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
    }

    private static Diagnostic about(Snapshot<?> s, Path source) {
        return s.diagnostics().stream().filter(d -> source.toString().equals(d.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostic for " + source + " in " + s.diagnostics()));
    }

    @Test
    void plantedFilesAreDiagnosticsAndTheListingGoesOn() throws Exception {
        Path root = copyOfNetns();
        Snapshot<SocketEntry> clean = backendOn(root).sockets(everythingWithOwnersAndUsers());

        Path cmdline = root.resolve("proc/18207/cmdline");
        mkfifo(cmdline);
        Path passwd = root.resolve("etc/passwd");
        Files.delete(passwd);
        Files.createSymbolicLink(passwd, Path.of("/dev/zero"));
        Path udp = root.resolve("proc/net/udp");
        Files.delete(udp);
        Files.createSymbolicLink(udp, Path.of("udp"));
        Path raw = root.resolve("proc/net/raw");
        Files.delete(raw);
        Files.createSymbolicLink(raw, Path.of("/dev/zero"));

        Snapshot<SocketEntry> s = backendOn(root).sockets(everythingWithOwnersAndUsers());
        assertTrue(about(s, cmdline).message().contains("is a FIFO, not a regular file"), about(s, cmdline).message());
        assertTrue(about(s, passwd).message().contains("is a character device"), about(s, passwd).message());
        assertTrue(about(s, udp).message().contains("symbolic links"), about(s, udp).message());
        assertTrue(about(s, raw).message().contains("is a character device"), about(s, raw).message());
        assertEquals(Diagnostic.Code.SOURCE_UNREADABLE, about(s, udp).code());

        // tcp, tcp6 and the rest are all there; the socket whose owner's command line was a FIFO keeps its pid
        List<SocketEntry> tcp = s.items().stream().filter(e -> e.protocol() == Protocol.TCP).toList();
        assertEquals(clean.items().stream().filter(e -> e.protocol() == Protocol.TCP).count(), tcp.size());
        assertTrue(tcp.stream().anyMatch(e -> e.owners().stream().anyMatch(o -> o.pid() == 18207)),
                "the owner is still known by its pid");
    }

    @Test
    void everyReadIsCapped() throws Exception {
        Path root = copyOfNetns();
        LinuxRawSource source = new LinuxRawSource(root, 1000);
        assertThrows(RegularFileReader.TooLargeException.class, () -> source.read("proc/net/tcp"));
        assertEquals(100, source.readPrefix("proc/net/tcp", 100).length);
        assertTrue(source.read("etc/hosts").length > 0);
    }
}
