package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.translate.Translation;
import io.github.netstatx.cli.windows.WindowsShapedModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dialect selection, {@code --translate} and habit hints through a whole netstatx run. */
class DialectsAndHintsTest {

    private static FakeBackend host() {
        return new FakeBackend(WindowsShapedModel.HOST, WindowsShapedModel.sockets(), List.of());
    }

    private static CommandRun run(Map<String, String> env, String os, boolean tty, String... args) {
        return CommandRun.run(List.of(host()), env, os, tty, args);
    }

    private static boolean windowsTable(CommandRun r) {
        return r.out().replace("\r\n", "\n").startsWith("\nActive Connections\n");
    }

    @Test
    void everyRuleOfTheSelectionReachesTheWindowsDialect() {
        assertTrue(windowsTable(run(Map.of(), "Linux", false, "--dialect", "windows", "-an")));
        assertTrue(windowsTable(run(Map.of(), "Linux", false, "-an", "--dialect=windows")));
        assertTrue(windowsTable(run(Map.of("NETSTATX_DIALECT", "windows"), "Linux", false, "-an")));
        assertTrue(windowsTable(run(Map.of(), "Linux", false, "/an")));
        assertTrue(windowsTable(run(Map.of(), "Windows 11", false, "-an")));
        assertFalse(windowsTable(run(Map.of(), "Linux", false, "-an")));
        assertFalse(windowsTable(run(Map.of(), "Windows 11", false, "--dialect", "linux", "/an")));
        assertFalse(windowsTable(run(Map.of("NETSTATX_DIALECT", "linux"), "Windows 10", false, "-an")));
    }

    @Test
    void translateNeedsNoBackendAndFollowsTheSameSelection() {
        CommandRun r = CommandRun.run(List.of(), Map.of(), "Linux", false, "--translate", "/ano");
        assertEquals(0, r.status());
        assertEquals(String.join("\n", Translation.explain(DialectId.WINDOWS, List.of("/ano"))) + "\n", r.out());
        CommandRun linux = CommandRun.run(List.of(), Map.of(), "Linux", false, "--translate", "-ano");
        assertEquals(String.join("\n", Translation.explain(DialectId.LINUX, List.of("-ano"))) + "\n", linux.out());
        CommandRun forced = CommandRun.run(List.of(), Map.of(), "Linux", false, "--dialect", "windows",
                "--translate", "-ano");
        assertTrue(forced.out().startsWith("netstat.exe -ano means:"), forced.out());
        CommandRun table = CommandRun.run(List.of(), Map.of(), "Linux", false, "--translate");
        assertEquals(String.join("\n", Translation.table()) + "\n", table.out());
    }

    @Test
    void hintsGoToStderrOnlyOnATerminalUnlessAsked() {
        String hint = "netstatx: hint: '-tulpn' looks like net-tools options;";
        CommandRun tty = run(Map.of(), "Windows 11", true, "-tulpn");
        assertTrue(tty.err().startsWith(hint), tty.err());
        assertFalse(tty.out().contains("hint"));
        assertEquals(ExitCodes.WINDOWS_USAGE, tty.status(), "the hint does not change what the run does");
        assertFalse(run(Map.of(), "Windows 11", false, "-tulpn").err().contains("hint"));
        assertTrue(run(Map.of("NETSTATX_HINTS", "always"), "Windows 11", false, "-tulpn").err().startsWith(hint));
        assertFalse(run(Map.of("NETSTATX_HINTS", "never"), "Windows 11", true, "-tulpn").err().contains("hint"));
        CommandRun linux = run(Map.of(), "Linux", true, "-ano");
        assertTrue(linux.err().startsWith("netstatx: hint: '-ano' is read as net-tools options; for netstat.exe's "
                + "meaning run 'netstatx --dialect windows -ano'"), linux.err());
        assertFalse(linux.out().contains("hint"));
        assertFalse(run(Map.of(), "Linux", true, "-tulpn").err().contains("hint"));
    }

    @Test
    void aSlashOptionOnARunPinnedToLinuxGetsAHint() {
        CommandRun r = run(Map.of("NETSTATX_DIALECT", "linux"), "Linux", true, "/ano");
        assertTrue(r.err().startsWith("netstatx: hint: '/ano' is read as net-tools options;"), r.err());
    }
}
