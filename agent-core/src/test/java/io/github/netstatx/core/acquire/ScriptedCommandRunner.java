package io.github.netstatx.core.acquire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CommandRunner} for backend tests (shipped in the test-jar): answers each argv with a result
 * the test scripted, records every argv it was asked to run, and fails loudly on an argv nobody scripted
 * (an unexpected command is a bug in the backend, not an empty result).
 */
public final class ScriptedCommandRunner implements CommandRunner {

    private final Map<List<String>, CommandResult> answers = new HashMap<>();
    private final Map<List<String>, IOException> failures = new HashMap<>();
    private final List<List<String>> calls = new ArrayList<>();

    /** Scripts {@code argv} to exit 0 with {@code stdout} (UTF-8) and no error output. */
    public ScriptedCommandRunner answer(List<String> argv, String stdout) {
        return answer(CommandResult.exited(argv, stdout.getBytes(StandardCharsets.UTF_8), new byte[0], 0));
    }

    public ScriptedCommandRunner answer(CommandResult result) {
        answers.put(result.argv(), result);
        return this;
    }

    /** Scripts {@code argv} as a program that cannot be started. */
    public ScriptedCommandRunner failToStart(List<String> argv, String message) {
        failures.put(List.copyOf(argv), new IOException(message));
        return this;
    }

    @Override
    public synchronized CommandResult run(List<String> argv) throws IOException {
        List<String> key = List.copyOf(argv);
        calls.add(key);
        IOException failure = failures.get(key);
        if (failure != null) {
            throw failure;
        }
        CommandResult result = answers.get(key);
        if (result == null) {
            throw new AssertionError("no scripted answer for `" + String.join(" ", key) + "`; scripted: "
                    + answers.keySet());
        }
        return result;
    }

    /** Every argv run so far, in order. */
    public synchronized List<List<String>> calls() {
        return List.copyOf(calls);
    }
}
