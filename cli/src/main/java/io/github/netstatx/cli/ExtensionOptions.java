package io.github.netstatx.cli;

import io.github.netstatx.cli.filters.FilterBuilder;
import io.github.netstatx.cli.filters.FilterOption;
import io.github.netstatx.cli.options.OptionScope;
import io.github.netstatx.cli.options.OptionTable;
import io.github.netstatx.cli.options.ValueArity;
import io.github.netstatx.core.filter.SocketFilter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
 * @param aixOwners {@code --aix-owners read-only|rmsock|none}: how the AIX backend finds socket owners
 *     (rmsock can remove orphaned sockets, so it is used only when named here)
 * @param inputLimit {@code --input-limit SIZE}: the most bytes {@code --input} reads (default
 *     {@link #DEFAULT_INPUT_LIMIT}); a bigger document is refused, so a wrong file or an endless stream
 *     ({@code /dev/zero}, {@code yes |}) cannot exhaust the memory
 * @param filter the filter options ({@code --state}, {@code --port}, ...): which sockets a listing shows
 * @param summary {@code --summary}: counts of the listed sockets by protocol, family and state instead of
 *     the sockets
 */
public record ExtensionOptions(Optional<String> dialect, Optional<String> backend, boolean listBackends,
        Optional<Path> fsRoot, OutputFormat format, boolean changes, Optional<String> input, boolean jsonSchema,
        Optional<FactsLayout> facts, Optional<Path> output, List<String> remaining, boolean translate,
        Optional<Path> capture, Optional<Path> replay, Optional<NetnsTarget> netns, Optional<String> aixOwners,
        long inputLimit, SocketFilter filter, boolean summary) {

    /** Whether the data comes from a recording (a saved snapshot or a capture), which does not change. */
    public boolean recorded() {
        return input.isPresent() || replay.isPresent();
    }

    /**
     * 64 MiB: a document of about 120,000 sockets (one of 50,000 is 27 MB). Reading one takes about ten
     * times its size in memory, which the default heap of a 1 GB machine (256 MB) does not hold beyond that.
     */
    public static final long DEFAULT_INPUT_LIMIT = 64L << 20;

    /** A bad use of a netstatx option. */
    public static class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * A bad value of a filter option. It is reported after the whole command line is read, with the
     * dialect it chose, so the run can end with that dialect's status for bad usage.
     */
    public static final class FilterValueException extends UsageException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<String> dialect;
        private final transient List<String> remaining;

        FilterValueException(String message, Optional<String> dialect, List<String> remaining) {
            super(message);
            this.dialect = dialect;
            this.remaining = List.copyOf(remaining);
        }

        /** {@code --dialect}, if the command line gave it. */
        public Optional<String> dialect() {
            return dialect;
        }

        /** The dialect's arguments of the command line. */
        public List<String> remaining() {
            return remaining;
        }
    }

    /** The words {@code --aix-owners} accepts. */
    private static final List<String> AIX_OWNERS = List.of("read-only", "rmsock", "none");

    /** Options that take a value, from the one options table. */
    private static final List<String> WITH_VALUE = namesOf(ValueArity.REQUIRED);

    /** Options without a value, as the user may repeat them ({@code --facts} also takes {@code =LAYOUT}). */
    private static final List<String> FLAGS = Stream.concat(namesOf(ValueArity.NONE).stream(),
            namesOf(ValueArity.OPTIONAL_ATTACHED).stream()).toList();

    private static List<String> namesOf(ValueArity arity) {
        return OptionTable.of(OptionScope.BOTH).stream().filter(o -> o.arity() == arity)
                .flatMap(o -> o.names().stream()).toList();
    }

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
        Optional<String> aixOwners = Optional.empty();
        long inputLimit = DEFAULT_INPUT_LIMIT;
        Optional<Path> capture = Optional.empty();
        Optional<Path> replay = Optional.empty();
        FilterBuilder filter = new FilterBuilder();
        String filterProblem = null;
        boolean summary = false;
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
                    case "--json-schema" -> jsonSchema = true;
                    case "--summary" -> summary = true;
                    default -> throw new IllegalStateException("no parser case for the table's " + a);
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
            } else if (FilterOption.byName(name).isPresent()) {
                filterProblem = filterProblem != null ? filterProblem : name + " requires a value";
                continue;
            } else {
                throw new UsageException("option '" + name + "' requires an argument");
            }
            Optional<FilterOption> filterOption = FilterOption.byName(name);
            if (filterOption.isPresent()) {
                try {
                    filter.add(filterOption.get(), value);
                } catch (FilterOption.BadValueException e) {
                    filterProblem = filterProblem != null ? filterProblem : e.getMessage();
                }
                continue;
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
                case "--input-limit" -> inputLimit = byteSize(name, value);
                case "--capture" -> capture = Optional.of(path(name, requireNonEmpty(name, value, "a directory")));
                case "--replay" -> replay = Optional.of(path(name, requireNonEmpty(name, value, "a directory")));
                case "--netns" -> netns = Optional.of(NetnsTarget.parse(value));
                case "--aix-owners" -> {
                    if (!AIX_OWNERS.contains(value)) {
                        throw new UsageException("unknown owner strategy '" + value + "' for --aix-owners ("
                                + String.join(", ", AIX_OWNERS) + ")");
                    }
                    aixOwners = Optional.of(value);
                }
                case "--fs-root" -> fsRoot = Optional.of(path(name, value));
                default -> throw new IllegalStateException("no parser case for the table's " + name);
            }
        }
        if (filterProblem != null) {
            throw new FilterValueException(filterProblem, dialect, rest);
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
        if (summary && (facts.isPresent() || format == OutputFormat.PROMETHEUS)) {
            throw new UsageException("--summary counts the sockets of a listing; it cannot be combined with "
                    + (facts.isPresent() ? "--facts" : "--format prometheus"));
        }
        if (netns.isPresent() && (input.isPresent() || replay.isPresent() || fsRoot.isPresent())) {
            throw new UsageException("--netns looks into a namespace of the live system; it cannot be combined with "
                    + (input.isPresent() ? "--input" : replay.isPresent() ? "--replay" : "--fs-root"));
        }
        return new ExtensionOptions(dialect, backend, list, fsRoot, format, changes, input, jsonSchema, facts,
                output, List.copyOf(rest), translate, capture, replay, netns, aixOwners, inputLimit, filter.build(),
                summary);
    }

    /** {@code 1048576}, {@code 512K}, {@code 256M}, {@code 2G}: bytes, or binary multiples of them. */
    private static long byteSize(String name, String value) throws UsageException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,12})([KkMmGg]?)").matcher(value);
        if (!m.matches()) {
            throw new UsageException("option '" + name + "' needs a size such as 256M or 2G, not '"
                    + TerminalSafe.excerpt(value) + "'");
        }
        int shift = switch (m.group(2).toUpperCase(java.util.Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new UsageException("option '" + name + "' needs a size above 0");
        }
        return n << shift;
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
