package io.github.netstatx.cli.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.DialectId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HabitHintsTest {

    private static List<String> words(String line) {
        return Arrays.asList(line.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-ano", "-abno", "-nao", "-a -n -o", "-no", "-o", "-b", "-f", "-q", "-y", "-anoq",
        "-p tcp", "-anp TCPv6", "-s -p udp", "-e", "/ano", "/?", "-an /p tcp"})
    void windowsHabitsInALinuxRun(String line) {
        assertTrue(HabitHints.windowsHabit(words(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tulpn", "-antp", "-an", "-tnp", "-ntlp", "-r", "-rn", "-s", "-i", "-t -o", "-tno",
        "-e -t", "-ee", "-ape", "-c", "-l", "/tmp/x", "-A inet", "--numeric -o -t", "5"})
    void netToolsCommandLinesAreLeftAlone(String line) {
        assertFalse(HabitHints.windowsHabit(words(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tulpn", "-antp", "-lt", "-tnp", "-c", "--listening", "-an -W", "-4"})
    void linuxHabitsInAWindowsRun(String line) {
        assertTrue(HabitHints.linuxHabit(words(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-ano", "/ano", "-anp tcp", "-s -p ip", "--help", "-e", "5", "-abno", "/nat", "-y",
        "-ANO"})
    void netstatExeCommandLinesAreLeftAlone(String line) {
        assertFalse(HabitHints.linuxHabit(words(line)), line);
    }

    @Test
    void hintsNameTheOtherSpelling() {
        assertEquals(Optional.of("netstatx: hint: '-ano' is read as net-tools options; for netstat.exe's meaning run "
                + "'netstatx --dialect windows -ano' (in net-tools terms: netstat -antup)"),
                HabitHints.hint(DialectId.LINUX, List.of("-ano")));
        assertEquals(Optional.of("netstatx: hint: '-tulpn' looks like net-tools options; run 'netstatx --dialect "
                + "linux -tulpn' (in netstat.exe terms: netstat -ano | findstr \"LISTENING UDP\")"),
                HabitHints.hint(DialectId.WINDOWS, List.of("-tulpn")));
        assertEquals(Optional.empty(), HabitHints.hint(DialectId.LINUX, List.of("-tulpn")));
        assertEquals(Optional.empty(), HabitHints.hint(DialectId.WINDOWS, List.of("-ano")));
        assertEquals(Optional.of("netstatx: hint: '-p tcp' is read as net-tools options; for netstat.exe's meaning run "
                + "'netstatx --dialect windows -p tcp' (in net-tools terms: netstat -t -4)"),
                HabitHints.hint(DialectId.LINUX, List.of("-p", "tcp")));
    }

    @Test
    void hintsNeedATerminalUnlessAsked() {
        assertTrue(HabitHints.enabled(Map.of(), true));
        assertFalse(HabitHints.enabled(Map.of(), false));
        assertTrue(HabitHints.enabled(Map.of("NETSTATX_HINTS", "always"), false));
        assertFalse(HabitHints.enabled(Map.of("NETSTATX_HINTS", "never"), true));
        assertTrue(HabitHints.enabled(Map.of("NETSTATX_HINTS", "auto"), true));
    }
}
