package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketOwnerScanTest {

    private static SocketOwnerIndex scan(String scenario, int parallelism) {
        return SocketOwnerScan.start(new LinuxRawSource(Fixtures.root(scenario)), parallelism).finish();
    }

    private static long inodeOf(String scenario, ProcNetTable table, java.util.function.Predicate<SocketEntry> p) {
        return Fixtures.table(scenario, table).entries().stream().filter(p).findFirst().orElseThrow().inode();
    }

    private static List<String> names(List<ProcessRef> owners) {
        return owners.stream().map(ProcessRef::name).toList();
    }

    @Test
    void everyProcessHoldingASocketIsListedByAscendingPid() {
        LinuxRawSource source = new LinuxRawSource(Fixtures.root(Fixtures.NETNS));
        SocketOwners owners = new SocketOwners(source, scan(Fixtures.NETNS, 2));

        long ssh = inodeOf(Fixtures.NETNS, ProcNetTable.TCP, e -> e.local().port() == 22 && e.state() == TcpState.LISTEN);
        List<ProcessRef> sshOwners = owners.of(ssh);
        assertEquals(List.of("python3", "srv"), names(sshOwners), "parent first, then the child it passed the fd to");
        assertTrue(sshOwners.get(0).pid() < sshOwners.get(1).pid());
        assertEquals("/usr/bin/python3.11", sshOwners.get(0).path());
        assertEquals(ProcessRef.Role.OWNER, sshOwners.get(0).role());

        long mdns = inodeOf(Fixtures.NETNS, ProcNetTable.UDP, e -> e.local().port() == 5353);
        assertEquals(List.of("python3", "averyveryverylongprogramname-worker"), names(owners.of(mdns)));

        long spaced = ProcNetUnixParser.parse(Fixtures.read(Fixtures.NETNS, "proc/net/unix")).entries().stream()
                .filter(e -> e.unix().path() != null && e.unix().path().name().contains("with space"))
                .findFirst().orElseThrow().inode();
        assertEquals(List.of("python3", "avahi-daemon: running [demo.local]"), names(owners.of(spaced)));

        long nobody = inodeOf(Fixtures.NETNS, ProcNetTable.TCP, e -> e.local().port() == 7070);
        assertEquals(List.of("nobody-daemon"), names(owners.of(nobody)));

        long timeWait = inodeOf(Fixtures.NETNS, ProcNetTable.TCP, e -> e.state() == TcpState.TIME_WAIT);
        assertEquals(List.of(), owners.of(timeWait), "inode 0 belongs to no process");
        assertNull(owners.diagnostic(0L), "root saw every process");
    }

    @Test
    void theResultDoesNotDependOnHowManyThreadsScanned() {
        for (String scenario : List.of(Fixtures.NETNS, Fixtures.EDGE)) {
            Map<Long, List<Long>> one = asLists(scan(scenario, 1));
            assertEquals(one, asLists(scan(scenario, 2)), scenario);
            assertEquals(one, asLists(scan(scenario, 7)), scenario);
            LinuxRawSource source = new LinuxRawSource(Fixtures.root(scenario));
            for (int slice : new int[] {1, 2, 5}) {   // every process large: the second round does all the work
                assertEquals(one, asLists(SocketOwnerScan.start(source, 3, slice).finish()), scenario + " " + slice);
                assertEquals(one, asLists(SocketOwnerScan.start(source, 1, slice).finish()), scenario + " " + slice);
            }
            assertTrue(one.size() > 0, scenario);
        }
    }

    private static Map<Long, List<Long>> asLists(SocketOwnerIndex index) {
        Map<Long, List<Long>> out = new TreeMap<>();
        index.pidsByInode().forEach((k, v) -> out.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return out;
    }

    @Test
    void handMadeProcessesEmptyLongOldFormVanished() {
        LinuxRawSource source = new LinuxRawSource(Fixtures.root(Fixtures.EDGE));
        SocketOwnerIndex index = scan(Fixtures.EDGE, 2);
        assertArrayEquals(new long[] {100, 200}, index.pids(24840), "pid 200 holds it on two fds: listed once");
        assertArrayEquals(new long[] {300, 400}, index.pids(12209), "the old [0000]:N form counts");
        assertEquals(0, index.deniedProcesses());

        SocketOwners owners = new SocketOwners(source, index);
        List<ProcessRef> listener = owners.of(24840L);
        assertEquals(List.of("", "tail-"), names(listener), "empty cmdline; argv[0] cut at 511 bytes");
        assertNull(listener.get(0).path(), "no exe link");
        List<ProcessRef> old = owners.of(12209L);
        assertEquals(1, old.size(), "pid 400 vanished before its cmdline was read");
        assertEquals("srv", old.get(0).name());
        assertEquals("/usr/sbin/srv", old.get(0).path());
        assertEquals(List.of("relative-name"), names(owners.of(23634L)));
    }

    @Test
    void aRootWithoutProcIsReportedNotEmpty(@TempDir Path empty) {
        LinuxRawSource source = new LinuxRawSource(empty);
        SocketOwnerIndex index = SocketOwnerScan.start(source, 2).finish();
        assertNotNull(index.procError());
        var d = new SocketOwners(source, index).diagnostic(null);
        assertEquals(io.github.netstatx.core.model.Diagnostic.Code.OWNERS_UNAVAILABLE, d.code());
    }
}
