package io.github.netstatx.cli;

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
 *     containers that mount the host's /proc elsewhere)
 * @param remaining the arguments for the dialect, in their original order
 * @param translate {@code --translate}: explain {@code remaining} in the other dialect instead of running it
 */
public record ExtensionOptions(Optional<String> dialect, Optional<String> backend, boolean listBackends,
        Optional<Path> fsRoot, List<String> remaining, boolean translate) {

    /** A bad use of a netstatx option. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private static final List<String> WITH_VALUE = List.of("--dialect", "--backend", "--fs-root");

    public static ExtensionOptions extract(List<String> args) throws UsageException {
        Optional<String> dialect = Optional.empty();
        Optional<String> backend = Optional.empty();
        Optional<Path> fsRoot = Optional.empty();
        boolean list = false;
        boolean translate = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                rest.addAll(args.subList(i, args.size()));
                break;
            }
            if (a.equals("--list-backends")) {
                list = true;
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
                default -> fsRoot = Optional.of(Path.of(value));
            }
        }
        return new ExtensionOptions(dialect, backend, list, fsRoot, List.copyOf(rest), translate);
    }
}
