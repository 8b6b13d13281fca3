package io.github.netstatx.core.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptedCommandRunnerTest {

    @Test
    void answersWhatWasScriptedRecordsCallsAndRejectsTheRest() throws IOException {
        ScriptedCommandRunner runner = new ScriptedCommandRunner()
                .answer(List.of("netstat", "-Aan"), "Active Internet connections\n")
                .failToStart(List.of("lsof"), "lsof: not found");
        assertEquals("Active Internet connections\n",
                new String(runner.run(List.of("netstat", "-Aan")).stdout(), StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> runner.run(List.of("lsof")));
        assertThrows(AssertionError.class, () -> runner.run(List.of("netstat", "-rn")));
        assertEquals(List.of(List.of("netstat", "-Aan"), List.of("lsof"), List.of("netstat", "-rn")), runner.calls());
    }
}
