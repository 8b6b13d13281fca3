package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-line formats: fd link targets, cmdline, status, passwd, os-release. */
class SmallParsersTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void socketLinkTargets() {
        assertEquals(33336, SocketLinkParser.socketInode("socket:[33336]"));
        assertEquals(12209, SocketLinkParser.socketInode("[0000]:12209"));
        assertEquals(-1, SocketLinkParser.socketInode("pipe:[35968]"));
        assertEquals(-1, SocketLinkParser.socketInode("/dev/null"));
        assertEquals(-1, SocketLinkParser.socketInode("socket:[]"));
        assertEquals(-1, SocketLinkParser.socketInode("socket:[12x]"));
        assertEquals(-1, SocketLinkParser.socketInode("anon_inode:[eventpoll]"));
    }

    @Test
    void programNameIsArgvZeroWithTheBasenameOnlyForAbsolutePaths() {
        assertEquals("python3", ProcCmdlineParser.programName(b("/usr/bin/python3\0socket-set.py\0")));
        assertEquals("srv", ProcCmdlineParser.programName(b("/opt/some dir/srv\0-c\0")));
        assertEquals("avahi-daemon: running [demo.local]",
                ProcCmdlineParser.programName(b("avahi-daemon: running [demo.local]\0-c\0")));
        assertEquals("bin/tool", ProcCmdlineParser.programName(b("bin/tool\0")), "relative: verbatim");
        assertEquals("", ProcCmdlineParser.programName(b("")), "kernel threads and zombies");
        assertEquals("", ProcCmdlineParser.programName(b("/usr/bin/\0")));
        assertEquals("no-nul-at-all", ProcCmdlineParser.programName(b("/x/no-nul-at-all")));
        // net-tools reads 511 bytes: a longer argv[0] is cut there, before taking the basename
        String longArg = "/" + "deep/".repeat(101) + "tail-name";
        assertEquals("tail-", ProcCmdlineParser.programName(b(longArg + "\0")));
        assertEquals("tail-", ProcCmdlineParser.programName(Fixtures.read(Fixtures.EDGE, "proc/200/cmdline")));
        assertEquals("caf\u00e9", ProcCmdlineParser.programName("caf\u00e9\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals("\udcff", ProcCmdlineParser.programName(new byte[] {(byte) 0xFF, 0}), "not UTF-8: escaped");
    }

    @Test
    void effectiveUidFromStatus() {
        assertEquals(1001L, ProcStatusParser.effectiveUid(Fixtures.read(Fixtures.EDGE, "proc/self/status")));
        assertEquals(0L, ProcStatusParser.effectiveUid(Fixtures.read(Fixtures.NETNS, "proc/self/status")));
        assertNull(ProcStatusParser.effectiveUid(b("Name:\tx\nGid:\t0\t0\t0\t0\n")));
        assertNull(ProcStatusParser.effectiveUid(b("Uid:\t5\n")));
    }

    @Test
    void passwdNamesFirstEntryWins() {
        byte[] passwd = Fixtures.read(Fixtures.EDGE, "etc/passwd");
        Map<Long, String> names = EtcPasswdParser.namesOf(passwd, Set.of(0L, 1000L, 65534L, 4242L));
        assertEquals(Map.of(0L, "root", 1000L, "alice", 65534L, "nobody"), names);
        assertEquals(Map.of(), EtcPasswdParser.namesOf(b("x:y:notanumber:0::/:/bin/sh\n:x\n"), Set.of(0L)));
    }

    @Test
    void osReleasePrettyName() {
        assertEquals("Hand \"made\" Linux",
                OsReleaseParser.value(Fixtures.read(Fixtures.EDGE, "etc/os-release"), "PRETTY_NAME"));
        assertEquals("Handmade", OsReleaseParser.value(Fixtures.read(Fixtures.EDGE, "etc/os-release"), "NAME"));
        assertEquals("it's", OsReleaseParser.value(b("X='it's'\n"), "X"));
        assertNull(OsReleaseParser.value(b("A=1\n"), "PRETTY_NAME"));
    }
}
