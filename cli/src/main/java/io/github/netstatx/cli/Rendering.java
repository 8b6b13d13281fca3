package io.github.netstatx.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a renderer may use besides the {@link Sample}: the two output streams, the environment and where
 * the name files (hosts, services, networks) of the run live. It holds no backend, on purpose: a renderer
 * cannot collect anything, so every output of a run shows the same sample.
 *
 * @param out standard output
 * @param err standard error
 * @param env environment variables
 * @param fsRoot the root the backend reads ({@code /}, or the {@code --fs-root} tree)
 * @param foreignRoot true with {@code --fs-root}: the root is another system, whose name files alone count
 */
public record Rendering(OutputSink out, OutputSink err, Map<String, String> env, Path fsRoot, boolean foreignRoot) {
}
