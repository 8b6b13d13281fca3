package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start time and user of socket owners: the two parsers, and the collector on the "process-details"
 * scenario, whose provenance records what {@code ps -o lstart,user} said about the holder at capture.
 */
class OwnerProcessDetailsTest {

    private static final String SCENARIO = "process-details";

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void startTicksAreField22CountedFromTheLastParenthesis() throws Exception {
        Properties p = Fixtures.provenance(SCENARIO);
        byte[] captured = Fixtures.read(SCENARIO, "proc/" + p.getProperty("holder.pid") + "/stat");
        assertEquals(262109L, ProcPidStatParser.startTicks(captured));
        // a command name with blanks and parentheses of its own
        String tail = " S 1 1 1 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 777 0 0\n";
        assertEquals(777L, ProcPidStatParser.startTicks(b("42 (a) b (c)" + tail)));
        assertEquals(777L, ProcPidStatParser.startTicks(b("42 ())" + tail)));
        assertNull(ProcPidStatParser.startTicks(b("42 no parenthesis" + tail)));
        assertNull(ProcPidStatParser.startTicks(b("42 (x) S 1 1 1\n")), "too few fields");
        assertNull(ProcPidStatParser.startTicks(b("42 (x) S 1 1 1 0 -1 4 0 0 0 0 0 0 0 0 20 0 1 0 7x7 0\n")));
        assertNull(ProcPidStatParser.startTicks(b("42 (x)  S 1 1 1 0 -1 4 0 0 0 0 0 0 0 0 20 0 1 0 777 0\n")),
                "an empty field");
        assertNull(ProcPidStatParser.startTicks(b("")));
    }

    @Test
    void bootTimeIsTheBtimeLine() throws Exception {
        assertEquals(1795335578L, ProcStatParser.bootTimeSeconds(Fixtures.read(SCENARIO, "proc/stat")));
        assertEquals(12L, ProcStatParser.bootTimeSeconds(b("cpu 1 2\nbtime 12\n")));
        assertNull(ProcStatParser.bootTimeSeconds(b("cpu 1 2\nbtimex 12\n")));
        assertNull(ProcStatParser.bootTimeSeconds(b("btime 12s\n")));
        assertNull(ProcStatParser.bootTimeSeconds(b("btime\n")));
        assertNull(ProcStatParser.bootTimeSeconds(b("")));
    }

    @Test
    void startTimeAddsTicksAtOneHundredPerSecond() throws Exception {
        assertEquals(Instant.parse("2026-11-22T09:03:19.090Z"), OwnerProcessDetails.startTime(1795335578L, 262109L));
        assertEquals(Instant.ofEpochSecond(10), OwnerProcessDetails.startTime(10, 0));
    }

    @Test
    void ownersCarryStartTimeAndProcessUserWhenProcessDetailsAreAsked() throws Exception {
        Properties p = Fixtures.provenance(SCENARIO);
        long pid = Long.parseLong(p.getProperty("holder.pid"));
        Instant psStart = LocalDateTime.parse(p.getProperty("ps.lstart"),
                DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT)).toInstant(ZoneOffset.UTC);
        assertEquals("100", p.getProperty("clk.tck"), "the capture host's clock ticks are USER_HZ");

        Snapshot<SocketEntry> s = Fixtures.backend(SCENARIO).sockets(listeners(true));
        SocketEntry tcp = only(s, Protocol.TCP);
        ProcessRef owner = tcp.firstOwner();
        assertEquals(pid, owner.pid());
        assertEquals(psStart, owner.startTime().truncatedTo(ChronoUnit.SECONDS), "ps -o lstart at capture");
        assertEquals(p.getProperty("ps.user"), owner.user(), "ps -o user: the process's effective user");
        assertEquals("root", tcp.user(), "the socket was created before the process dropped root");
        assertEquals(owner, only(s, Protocol.UDP).firstOwner(), "one description per process");

        Snapshot<SocketEntry> plain = Fixtures.backend(SCENARIO).sockets(listeners(false));
        ProcessRef owner2 = only(plain, Protocol.TCP).firstOwner();
        assertNull(owner2.startTime(), "not asked for: not read");
        assertNull(owner2.user());
        assertEquals("root", only(plain, Protocol.TCP).user(), "socket users are still named");
    }

    @Test
    void anUnreadableBootTimeIsADiagnosticAndLeavesStartTimesUnknown(@TempDir Path dir) throws Exception {
        Path root = Fixtures.root(SCENARIO);
        try (var files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(root.relativize(f).toString());
                if (Files.isSymbolicLink(f)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(f));
                } else if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.endsWith("proc/stat")) {
                    Files.copy(f, target);
                }
            }
        }
        Snapshot<SocketEntry> s = new LinuxBackend(Fixtures.config(SCENARIO).withFsRoot(dir)).sockets(listeners(true));
        ProcessRef owner = only(s, Protocol.TCP).firstOwner();
        assertNull(owner.startTime());
        assertEquals("nobody", owner.user(), "the user does not depend on the boot time");
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.SOURCE_MISSING
                && d.source().endsWith("proc/stat")), s.diagnostics().toString());
    }

    private static SocketQuery listeners(boolean details) {
        return new SocketQuery(EnumSet.of(Protocol.TCP, Protocol.UDP), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                Scope.LISTENING, true, true, false, details);
    }

    private static SocketEntry only(Snapshot<SocketEntry> s, Protocol protocol) {
        var list = s.items().stream().filter(e -> e.protocol() == protocol).toList();
        assertEquals(1, list.size(), s.items().toString());
        return list.get(0);
    }
}
