package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.json.NetstatxRun;
import io.github.netstatx.core.text.Echo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: a message repeats a file name as it repeats a bad value, a bounded prefix with controls dotted
 * ({@link Echo}), so a 100 KB name on the command line gives one short stderr line, not a 100 KB one, and a
 * line feed in it cannot start a forged line.
 */
class LongNamesInMessagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--input", "--fs-root", "--replay", "--output"})
    void aHugeFileNameIsEchoedOnlyInPart(String option) {
        String name = dir.resolve("x".repeat(100_000) + "\nnetstatx: forged").toString();
        NetstatxRun r = NetstatxRun.of(List.of(option, name, "-tan"));
        assertNotEquals(ExitCodes.OK, r.status(), r.err().substring(0, Math.min(300, r.err().length())));
        assertTrue(r.err().length() < 1500, r.err().length() + " characters: " + r.err().substring(0, 300));
        // one line, or (--fs-root: no backend for the tree) the list of backends with their reasons
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("netstatx: ") || l.startsWith("  - ")), r.err());
        assertTrue(r.err().contains(Echo.name(name)), r.err());
        assertTrue(!r.err().contains("forged"), r.err());
    }
}
