package io.github.netstatx.cli.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --capture} and {@code --replay} on the command line: what they refuse, and how they say so. */
class CaptureOptionsTest {

    private static final Path TREE = Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", "ns1",
            "tree");

    @TempDir
    Path tmp;

    /** The providers on the class path, as the real command finds them. */
    private static List<BackendProvider> providers() {
        List<BackendProvider> out = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class).forEach(out::add);
        return out;
    }

    private static CommandRun run(String... args) {
        return CommandRun.run(providers(), Map.of(), "Linux", false, args);
    }

    @Test
    void aCaptureOfAFixtureTreeReplaysOnceWhenAnIntervalIsGiven() throws Exception {
        Path cap = tmp.resolve("cap");
        CommandRun live = run("--fs-root", TREE.toString(), "--capture", cap.toString(), "-tanpe");
        assertEquals(ExitCodes.OK, live.status(), live.err());
        assertTrue(live.out().contains("127.0.0.1:32898         127.0.0.1:54483         TIME_WAIT"), live.out());
        assertTrue(Files.readString(cap.resolve("capture.json")).contains("\"backend\": \"linux-procfs\""));

        CommandRun replay = run("--replay", cap.toString(), "-tanpe", "1");
        assertEquals(ExitCodes.OK, replay.status(), replay.err());
        assertEquals(live.out(), replay.out());
        assertEquals("netstatx: a capture does not change: showing it once (interval ignored)\n" + live.err(),
                replay.err());
    }

    @Test
    void misuseIsAUsageErrorAndBrokenDirectoriesAreNamed() throws Exception {
        Path cap = tmp.resolve("cap");
        CommandRun interval = run("--fs-root", TREE.toString(), "--capture", cap.toString(), "-tan", "2");
        assertEquals(ExitCodes.USAGE, interval.status());
        assertEquals("netstatx: --capture records one sample; it cannot be used with an interval\n", interval.err());

        CommandRun both = run("--replay", cap.toString(), "--input", "x.json", "-tan");
        assertEquals(ExitCodes.USAGE, both.status());
        assertTrue(both.err().startsWith("netstatx: --replay renders a capture with the backend that made it"),
                both.err());

        CommandRun changes = run("--replay", cap.toString(), "--changes", "-tan", "1");
        assertEquals(ExitCodes.USAGE, changes.status(), changes.err());
        assertTrue(changes.err().contains("cannot be used with --replay"), changes.err());

        Files.writeString(tmp.resolve("note.txt"), "not a capture");
        CommandRun notEmpty = run("--fs-root", TREE.toString(), "--capture", tmp.toString(), "-tan");
        assertEquals(ExitCodes.FAILURE, notEmpty.status());
        assertEquals("", notEmpty.out());
        assertTrue(notEmpty.err().startsWith("netstatx: --capture: " + tmp + " is not empty"), notEmpty.err());

        CommandRun missing = run("--replay", tmp.resolve("nothing").toString(), "-tan");
        assertEquals(ExitCodes.FAILURE, missing.status());
        assertTrue(missing.err().startsWith("netstatx: cannot open capture " + tmp.resolve("nothing")), missing.err());

        Path foreign = tmp.resolve("foreign");
        DirectoryCaptureSink.create(foreign).finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, "hpux-pstat",
                new HostInfo("p7", null, null, null, null), Instant.EPOCH, null));
        CommandRun unknown = run("--replay", foreign.toString(), "-tan");
        assertEquals(ExitCodes.FAILURE, unknown.status());
        assertEquals("netstatx: capture " + foreign + " was made by backend hpux-pstat, which this netstatx does"
                + " not have (see --list-backends)\n", unknown.err());
    }

    @Test
    void aBackendThatCannotCaptureIsNotAskedTo() {
        FakeBackend fake = new FakeBackend(new HostInfo("h", null, null, null, null), List.of(), List.of());
        Path cap = tmp.resolve("cap");
        CommandRun r = CommandRun.onLinux(fake, "--capture", cap.toString(), "-tan");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("netstatx: backend " + fake.id() + " cannot capture its sources\n", r.err());
        assertFalse(Files.exists(cap.resolve("capture.json")), "no manifest without a backend");
    }
}
