package io.github.netstatx.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options netstatx adds to both dialects, taken out of the command line before the dialect's
 * own grammar sees it. They are long options in {@code --name value} or {@code --name=value} form;
 * a {@code --} ends them like any other option.
 *
 * @param dialect {@code --dialect linux|windows}, if given
 * @param backend {@code --backend ID}, if given
 * @param listBackends {@code --list-backends}
 * @param fsRoot {@code --fs-root PATH}: read the Linux sources under another root (fixtures,
 *     containers that mount the host's /proc elsewhere); with {@code --input}, only the name databases
 *     ({@code etc/hosts}, {@code etc/services}) are read there
 * @param format {@code --format table|json|jc|prometheus}; {@code --json} is {@code --format json}
 * @param changes {@code --changes}: after the first sample of a repeating run, only what changed
 * @param input {@code --input FILE} ({@code -} for standard input): render a saved JSON document
 *     instead of the live system
 * @param jsonSchema {@code --json-schema}: print the JSON Schema of {@code --json} output
 * @param facts {@code --facts} or {@code --facts=ansible}: print the listener facts for configuration
 *     management instead of running a dialect
 * @param output {@code --output FILE}: write standard output to FILE instead, replacing it atomically
 *     with each complete sample (see {@link AtomicFileOutput} for what may be replaced); {@code --output -}
 *     means standard output, as in most tools ({@code ./-} names a file called {@code -})
 * @param remaining the arguments for the dialect, in their original order
 * @param translate {@code --translate}: explain {@code remaining} in the other dialect instead of running it
 * @param capture {@code --capture DIR}: also write the raw sources the backend reads into DIR (docs/CAPTURE.md)
 * @param replay {@code --replay DIR}: render from a capture instead of the live system
 * @param netns {@code --netns NAME|PATH|PID}: collect in that network namespace (Linux)
 */
public record ExtensionOptions(Optional<String> dialect, Optional<String> backend, boolean listBackends,
        Optional<Path> fsRoot, OutputFormat format, boolean changes, Optional<String> input, boolean jsonSchema,
        Optional<FactsLayout> facts, Optional<Path> output, List<String> remaining, boolean translate,
        Optional<Path> capture, Optional<Path> replay, Optional<NetnsTarget> netns) {

    /** Whether the data comes from a recording (a saved snapshot or a capture), which does not change. */
    public boolean recorded() {
        return input.isPresent() || replay.isPresent();
    }

    /** A bad use of a netstatx option. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private static final List<String> WITH_VALUE = List.of("--dialect", "--backend", "--fs-root", "--format",
            "--input", "--output", "--capture", "--replay", "--netns");

    /** Options without a value, as the user may repeat them. */
    private static final List<String> FLAGS = List.of("--list-backends", "--json", "--changes", "--json-schema",
            "--facts");

    public static ExtensionOptions extract(List<String> args) throws UsageException {
        Optional<String> dialect = Optional.empty();
        Optional<String> backend = Optional.empty();
        Optional<Path> fsRoot = Optional.empty();
        Optional<String> input = Optional.empty();
        OutputFormat format = OutputFormat.TABLE;
        boolean list = false;
        boolean changes = false;
        boolean jsonSchema = false;
        boolean translate = false;
        Optional<NetnsTarget> netns = Optional.empty();
        Optional<FactsLayout> facts = Optional.empty();
        Optional<Path> output = Optional.empty();
        Optional<Path> capture = Optional.empty();
        Optional<Path> replay = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                rest.addAll(args.subList(i, args.size()));
                break;
            }
            if (FLAGS.contains(a)) {
                switch (a) {
                    case "--list-backends" -> list = true;
                    case "--json" -> format = OutputFormat.JSON;
                    case "--changes" -> changes = true;
                    case "--facts" -> facts = Optional.of(FactsLayout.NAMESPACED);
                    default -> jsonSchema = true;
                }
                continue;
            }
            if (a.startsWith("--facts=")) {
                String layout = a.substring("--facts=".length());
                facts = Optional.of(FactsLayout.byId(layout).orElseThrow(() -> new UsageException(
                        "unknown facts layout '" + layout + "' for --facts (" + FactsLayout.words() + ")")));
                continue;
            }
            if (a.equals("--translate")) {
                translate = true;
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!WITH_VALUE.contains(name)) {
                rest.add(a);
                continue;
            }
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option '" + name + "' requires an argument");
            }
            switch (name) {
                case "--dialect" -> dialect = Optional.of(value);
                case "--backend" -> backend = Optional.of(value);
                case "--format" -> format = OutputFormat.byId(value).orElseThrow(() -> new UsageException(
                        "unknown output format '" + value + "' for --format (" + OutputFormat.words() + ")"));
                case "--input" -> input = Optional.of(requireNonEmpty(name, value,
                        "a file name ('-' for standard input)"));
                case "--output" -> output = requireNonEmpty(name, value, "a file name ('-' for standard output)")
                        .equals("-") ? Optional.empty() : Optional.of(path(name, value));
                case "--capture" -> capture = Optional.of(path(name, requireNonEmpty(name, value, "a directory")));
                case "--replay" -> replay = Optional.of(path(name, requireNonEmpty(name, value, "a directory")));
                case "--netns" -> netns = Optional.of(NetnsTarget.parse(value));
                default -> fsRoot = Optional.of(path(name, value));
            }
        }
        if (input.isPresent() && backend.isPresent()) {
            throw new UsageException("--input renders a saved snapshot; it cannot be combined with --backend");
        }
        if (replay.isPresent() && (input.isPresent() || backend.isPresent() || capture.isPresent())) {
            throw new UsageException("--replay renders a capture with the backend that made it; it cannot be"
                    + " combined with --input, --backend or --capture");
        }
        if (capture.isPresent() && input.isPresent()) {
            throw new UsageException("--capture records what a backend reads; it cannot be combined with --input");
        }
        if (facts.isPresent() && format != OutputFormat.TABLE) {
            throw new UsageException("--facts prints its own JSON document; it cannot be combined with --format "
                    + format.id());
        }
        if (netns.isPresent() && (input.isPresent() || replay.isPresent() || fsRoot.isPresent())) {
            throw new UsageException("--netns looks into a namespace of the live system; it cannot be combined with "
                    + (input.isPresent() ? "--input" : replay.isPresent() ? "--replay" : "--fs-root"));
        }
        return new ExtensionOptions(dialect, backend, list, fsRoot, format, changes, input, jsonSchema, facts,
                output, List.copyOf(rest), translate, capture, replay, netns);
    }

    private static Path path(String name, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("option '" + name + "': not a valid path: " + e.getReason());
        }
    }

    private static String requireNonEmpty(String name, String value, String what) throws UsageException {
        if (value.isEmpty()) {
            throw new UsageException("option '" + name + "' requires " + what);
        }
        return value;
    }
}
