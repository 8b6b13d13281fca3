package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.views.ProcNetDevParser;
import io.github.netstatx.backend.linux.views.ProcNetIfInet6Parser;
import io.github.netstatx.backend.linux.views.ProcNetIgmp6Parser;
import io.github.netstatx.backend.linux.views.ProcNetIgmpParser;
import io.github.netstatx.backend.linux.views.ProcNetIpv6RouteParser;
import io.github.netstatx.backend.linux.views.ProcNetNfConntrackParser;
import io.github.netstatx.backend.linux.views.ProcNetRouteParser;
import io.github.netstatx.backend.linux.views.ProcNetRtCacheParser;
import io.github.netstatx.backend.linux.views.ProcNetSnmp6Parser;
import io.github.netstatx.backend.linux.views.ProcNetSnmpParser;
import io.github.netstatx.core.fuzz.Fuzz;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: every {@code /proc} parser, fed the fixture files with random edits and arbitrary bytes,
 * returns a result and never throws: a bad line is skipped and counted, never an exception.
 */
class ProcParsersFuzzTest {

    /** Bytes the procfs formats are made of. */
    private static final byte[] ALPHABET = "0123456789abcdefABCDEF: -+\n\t.xF".getBytes(StandardCharsets.US_ASCII);

    /** The file {@code relative} of every fixture scenario that has one. */
    private static List<byte[]> fixtures(String relative) {
        List<byte[]> found = new ArrayList<>();
        try (Stream<Path> roots = Files.list(Path.of("src/test/resources/fixtures/linux"))) {
            for (Path root : roots.sorted().toList()) {
                Path f = root.resolve(relative);
                if (Files.isRegularFile(f)) {
                    found.add(Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no fixture has " + relative);
        }
        return found;
    }

    private static Fuzz.Generator<byte[]> mutated(String relative) {
        List<byte[]> seeds = fixtures(relative);
        return r -> Fuzz.mutate(r, Fuzz.oneOf(r, seeds), ALPHABET);
    }

    @Test
    void inetTablesNeverThrow() {
        Fuzz.forAll("proc/net/tcp", mutated("proc/net/tcp"), data -> {
            ProcNetInetParser.parse(data, Protocol.TCP, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN, true);
            ProcNetInetParser.parse(data, Protocol.UDP, AddressFamily.IPV4, ByteOrder.BIG_ENDIAN, true);
        });
        Fuzz.forAll("proc/net/tcp6", mutated("proc/net/tcp6"), data -> ProcNetInetParser.parse(data, Protocol.TCP,
                AddressFamily.IPV6, ByteOrder.LITTLE_ENDIAN, true));
    }

    @Test
    void unixTableNeverThrows() {
        Fuzz.forAll("proc/net/unix", mutated("proc/net/unix"), ProcNetUnixParser::parse);
    }

    /** The per-process and /etc parsers and every view parser, on arbitrary bytes. */
    @Test
    void everyOtherParserNeverThrows() {
        Fuzz.forAll("arbitrary bytes", r -> Fuzz.bytes(r, 4096), data -> {
            ProcCmdlineParser.programName(data);
            ProcStatParser.bootTimeSeconds(data);
            ProcPidStatParser.startTicks(data);
            ProcStatusParser.effectiveUid(data);
            EtcPasswdParser.namesOf(data, Set.of(0L, 1000L, 4294967295L));
            OsReleaseParser.value(data, "PRETTY_NAME");
            ProcNetInetParser.parse(data, Protocol.RAW, AddressFamily.IPV6, ByteOrder.LITTLE_ENDIAN, true);
            ProcNetUnixParser.parse(data);
            views(data);
        });
    }

    /** The view tables recorded in the namespace fixture of the repository ({@code fixtures/views}), edited. */
    @Test
    void viewParsersNeverThrowOnEditedTables() throws IOException {
        Path tree = Path.of("../fixtures/views/ns1/tree/proc/net");
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(tree)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    seeds.add(Files.readAllBytes(f));
                }
            }
        }
        Fuzz.forAll("view tables", r -> Fuzz.mutate(r, Fuzz.oneOf(r, seeds), ALPHABET), ProcParsersFuzzTest::views);
    }

    private static void views(byte[] data) {
        List<String> l = SurrogateEscape.decode(data).lines().toList();
        ProcNetDevParser.parse(l);
        ProcNetIfInet6Parser.parse(l);
        ProcNetIgmpParser.parse(l, ByteOrder.LITTLE_ENDIAN);
        ProcNetIgmp6Parser.parse(l);
        ProcNetRouteParser.parse(l, ByteOrder.LITTLE_ENDIAN);
        ProcNetIpv6RouteParser.parse(l);
        ProcNetRtCacheParser.parse(l, ByteOrder.LITTLE_ENDIAN);
        ProcNetNfConntrackParser.parse(l);
        ProcNetSnmpParser.parse(l, section -> null);
        ProcNetSnmp6Parser.parse(l);
    }
}
