package io.github.netstatx.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (root for namespaces, a real tool on PATH). In CI
 * ({@code CI=true}: root, every package of {@code .ci/run} installed) a missing prerequisite is a broken
 * machine and the test FAILS; on a developer's machine it is skipped with the reason. Shipped in the
 * agent-core test-jar so every module checks the same way; no test calls {@code Assumptions} directly.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** True when the build runs in CI. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** True when this JVM runs with effective uid 0. */
    public static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    // Uid: real effective saved filesystem
                    return "0".equals(line.substring(4).strip().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no procfs: fall back to the name.
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /** Passes only as root: fails in CI, skips elsewhere, saying {@code why} root is needed. */
    public static void requireRoot(String why) {
        require(isRoot(), "needs root: " + why);
    }

    /** Passes when {@code met}; else fails in CI and skips elsewhere with {@code what}. */
    public static void require(boolean met, String what) {
        if (met) {
            return;
        }
        if (inCi()) {
            fail(what + " (CI=true: the CI machine must provide it)");
        }
        Assumptions.abort(what + "; skipped outside CI");
    }
}
