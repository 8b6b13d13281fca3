package io.github.netstatx.core.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CaptureDirectoryTest {

    private static final CaptureManifest MANIFEST = new CaptureManifest(CaptureManifest.FORMAT_VERSION,
            "linux-procfs", new HostInfo("web1", OsFamily.LINUX, "Debian GNU/Linux 12 (bookworm)", "6.1.0-18-amd64",
                    null), Instant.parse("2026-12-02T09:40:12.345678901Z"), "0.1.0-SNAPSHOT");

    @TempDir
    Path tmp;

    @Test
    void whatIsRecordedIsReplayedUnderTheSameNames() throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
        byte[] tcp = "  sl  local_address\n   0: 0100007F:0016\n".getBytes(StandardCharsets.US_ASCII);
        sink.file("proc/net/tcp", tcp);
        sink.file("proc/net/tcp", new byte[] {1});           // read again later: the first read wins
        sink.link("proc/42/fd/3", "socket:[81234]");
        sink.link("proc/42/exe", "/usr/sbin/odd\tname\nwith breaks\\");
        sink.listing("proc/42/fd", List.of("0", "3"));
        sink.listing("proc/43/fd", List.of());
        sink.present("proc/net/sctp");
        sink.failure("proc/1/fd", new SourceFailure(SourceFailure.Kind.DENIED, ""));
        sink.failure("proc/net/udplite", new SourceFailure(SourceFailure.Kind.MISSING, ""));
        sink.failure("GetIpForwardTable2.AF_UNSPEC", new SourceFailure(SourceFailure.Kind.FAILED, "1168"));
        List<String> getentArgv = List.of("getent", "passwd", "0", "4711");
        CommandResult getentRun = CommandResult.exited(getentArgv,
                "root:x:0:0::/root:/bin/sh\n".getBytes(StandardCharsets.US_ASCII),
                "oops\n".getBytes(StandardCharsets.US_ASCII), 2);
        CommandRunner recording = CapturedCommands.recording(sink, ".commands/", argv -> getentRun);
        assertEquals(getentRun, recording.run(getentArgv));
        CommandResult slowRun = new CommandResult(List.of("netstat", "-Aan"), new byte[] {'x'}, new byte[0], null,
                true, false, false);
        CapturedCommands.recording(sink, "", argv -> slowRun).run(List.of("netstat", "-Aan"));
        CommandRunner missing = CapturedCommands.recording(sink, "", argv -> {
            throw new IOException("Cannot run program \"entstat\": error=2, No such file or directory");
        });
        assertThrows(IOException.class, () -> missing.run(List.of("entstat", "-d", "ent0")));
        sink.finish(MANIFEST);

        DirectoryCaptureSource src = DirectoryCaptureSource.open(dir);
        assertEquals(MANIFEST, src.manifest());
        assertArrayEquals(tcp, src.file("proc/net/tcp"));
        assertArrayEquals(tcp, Files.readAllBytes(dir.resolve("proc/net/tcp")), "files lie at their names");
        assertEquals("socket:[81234]", src.link("proc/42/fd/3"));
        assertEquals("/usr/sbin/odd\tname\nwith breaks\\", src.link("proc/42/exe"));
        assertEquals(List.of("0", "3"), src.listing("proc/42/fd"));
        assertEquals(List.of(), src.listing("proc/43/fd"));
        assertTrue(src.exists("proc/net/sctp"));
        assertTrue(src.exists("proc/42/fd"));
        assertTrue(src.exists("proc/net/tcp"));
        assertFalse(src.exists("proc/net/udplite"));
        assertFalse(src.exists("proc/net/raw"));
        assertThrows(AccessDeniedException.class, () -> src.listing("proc/1/fd"));
        assertThrows(NoSuchFileException.class, () -> src.file("proc/net/udplite"));
        assertThrows(NoSuchFileException.class, () -> src.file("proc/net/raw"));
        assertThrows(NoSuchFileException.class, () -> src.link("proc/42/fd/9"));
        FileSystemException failed = assertThrows(FileSystemException.class,
                () -> src.file("GetIpForwardTable2.AF_UNSPEC"));
        assertEquals("1168", failed.getReason());
        CommandRunner replaying = CapturedCommands.replaying(src, ".commands/");
        assertEquals(getentRun, replaying.run(getentArgv));
        assertEquals("2", Files.readString(dir.resolve(".commands/getent passwd 0 4711.status")));
        assertEquals("oops\n", Files.readString(dir.resolve(".commands/getent passwd 0 4711.stderr")));
        assertEquals(slowRun, CapturedCommands.replaying(src, "").run(List.of("netstat", "-Aan")));
        assertEquals("timed out", Files.readString(dir.resolve("netstat -Aan.status")));
        FileSystemException notRun = assertThrows(FileSystemException.class,
                () -> CapturedCommands.replaying(src, "").run(List.of("entstat", "-d", "ent0")));
        assertTrue(notRun.getReason().contains("No such file or directory"), notRun.getReason());
        assertThrows(NoSuchFileException.class, () -> replaying.run(List.of("getent", "passwd", "0")));
    }

    @Test
    void aCommandGivenInputKeepsItBesideItsOutputAndReplaysWhateverTheInput() throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
        List<String> kdb = List.of("kdb");
        byte[] script = "sockinfo f1000e0000180bb8 tcpcb\nquit\n".getBytes(StandardCharsets.US_ASCII);
        CommandResult answer = CommandResult.exited(kdb, "---- TCPCB ----\n".getBytes(StandardCharsets.US_ASCII),
                new byte[0], 0);
        List<byte[]> given = new java.util.ArrayList<>();
        CommandRunner live = new CommandRunner() {
            @Override
            public CommandResult run(List<String> argv) {
                throw new AssertionError("the input must reach the live runner");
            }

            @Override
            public CommandResult run(List<String> argv, byte[] input) {
                given.add(input);
                return answer;
            }
        };
        assertEquals(answer, CapturedCommands.recording(sink, "", live).run(kdb, script));
        assertArrayEquals(script, given.get(0));
        sink.finish(MANIFEST);
        assertArrayEquals(script, Files.readAllBytes(dir.resolve("kdb.stdin")), "what was asked is kept");
        DirectoryCaptureSource src = DirectoryCaptureSource.open(dir);
        assertEquals(answer, CapturedCommands.replaying(src, "").run(kdb, "quit\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aCaptureGoesIntoANewOrEmptyDirectoryOnly() throws Exception {
        Files.writeString(tmp.resolve("x"), "x");
        IOException e = assertThrows(IOException.class, () -> DirectoryCaptureSink.create(tmp));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertThrows(IOException.class, () -> DirectoryCaptureSink.create(tmp.resolve("x")));
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreRefused() {
        for (String bad : List.of("", "/etc/passwd", "proc/../../x", "proc//net", "a\\b", "a\nb", "./a",
                "capture.json", "capture.index", "proc/")) {
            assertFalse(CaptureNames.isValid(bad), bad);
        }
        assertTrue(CaptureNames.isValid("netstat -Aan.stderr"));
        assertTrue(CaptureNames.isValid("GetExtendedTcpTable.AF_INET.TCP_TABLE_OWNER_PID_ALL"));
        assertThrows(IllegalArgumentException.class, () -> CaptureNames.command("", List.of("ls", "../x/..")));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileFilesGiveErrorsNotHangs() throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink.create(dir).finish(MANIFEST);
        Files.createDirectories(dir.resolve("proc/net"));
        Path fifo = dir.resolve("proc/net/tcp");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Files.createSymbolicLink(dir.resolve("proc/net/udp"), Path.of("/etc/hostname"));
        Files.createSymbolicLink(dir.resolve("etc"), Path.of("/etc"));
        Files.write(dir.resolve("proc/net/raw"), new byte[4097]);
        Files.createDirectories(dir.resolve("proc/net/dev"));

        DirectoryCaptureSource src = DirectoryCaptureSource.open(dir, new DirectoryCaptureSource.Limits(4096, 4096));
        assertRefused(src, "proc/net/tcp", "a FIFO");
        assertRefused(src, "proc/net/udp", "symbolic link");
        assertRefused(src, "etc/hostname", "outside the capture");
        assertRefused(src, "proc/net/raw", "more than the 4096");
        assertRefused(src, "proc/net/dev", "a directory");
        assertFalse(src.exists("proc/net/tcp"));
        assertThrows(IllegalArgumentException.class, () -> src.file("../cap/capture.json"));
    }

    private static void assertRefused(DirectoryCaptureSource src, String name, String why) {
        FileSystemException e = assertThrows(FileSystemException.class, () -> src.file(name));
        assertTrue(e.getMessage().contains(why), name + ": " + e.getMessage());
    }

    @Test
    void brokenCapturesAreNamedAsSuch() throws Exception {
        InvalidCaptureException none = assertThrows(InvalidCaptureException.class,
                () -> DirectoryCaptureSource.open(tmp.resolve("nothing")));
        assertTrue(none.getMessage().contains("cannot open capture"), none.getMessage());

        Path dir = tmp.resolve("cap");
        Files.createDirectories(dir);
        InvalidCaptureException noManifest = assertThrows(InvalidCaptureException.class,
                () -> DirectoryCaptureSource.open(dir));
        assertTrue(noManifest.getMessage().contains("no readable capture.json"), noManifest.getMessage());

        String newer = new String(CaptureManifestJson.write(MANIFEST), StandardCharsets.UTF_8)
                .replace("\"format_version\": 1", "\"format_version\": 99");
        Files.writeString(dir.resolve("capture.json"), newer);
        InvalidCaptureException tooNew = assertThrows(InvalidCaptureException.class,
                () -> DirectoryCaptureSource.open(dir));
        assertTrue(tooNew.getMessage().contains("version 99 is not known"), tooNew.getMessage());

        Files.write(dir.resolve("capture.json"), CaptureManifestJson.write(MANIFEST));
        Files.writeString(dir.resolve("capture.index"), CaptureIndex.HEADER + "\nlink\tproc/1/exe\n");
        InvalidCaptureException badIndex = assertThrows(InvalidCaptureException.class,
                () -> DirectoryCaptureSource.open(dir));
        assertEquals("capture.index: line 2: a link record has 3 fields, found 2", badIndex.getMessage());

        Files.writeString(dir.resolve("capture.index"), CaptureIndex.HEADER + "\nfail\tproc/1/fd\tgone\n");
        assertThrows(InvalidCaptureException.class, () -> DirectoryCaptureSource.open(dir));
    }

    @Test
    void manifestRoundTripsAndIgnoresKeysItDoesNotKnow() throws Exception {
        String text = new String(CaptureManifestJson.write(MANIFEST), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"collected_at\": \"2026-12-02T09:40:12.345678901Z\""), text);
        assertTrue(text.contains("\"arch\": null"), text);
        assertEquals(MANIFEST, CaptureManifestJson.read(text.getBytes(StandardCharsets.UTF_8)));
        String later = text.replace("{\n", "{\n  \"later_key\": \"x\\u00e9\\n\",\n");
        assertEquals(MANIFEST, CaptureManifestJson.read(later.getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidCaptureException.class,
                () -> CaptureManifestJson.read("{\"format\": \"netstatx-capture\"} x".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidCaptureException.class, () -> CaptureManifestJson.read(
                text.replace("\"backend\"", "\"host\": 1, \"b\"").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void indexEscapesRoundTrip() throws Exception {
        String odd = "a\tb\nc\rd\\e\u0001f\u007fg" + '\uD800' + "h";
        assertEquals(odd, CaptureIndex.unescape(CaptureIndex.escape(odd)));
        assertEquals("plain", CaptureIndex.escape("plain"));
        assertThrows(IllegalArgumentException.class, () -> CaptureIndex.unescape("\\u12"));
        assertThrows(IllegalArgumentException.class, () -> CaptureIndex.unescape("x\\"));
        assertThrows(IllegalArgumentException.class, () -> CaptureIndex.unescape("\\q"));
    }
}
