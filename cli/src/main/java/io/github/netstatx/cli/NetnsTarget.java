package io.github.netstatx.cli;

import java.nio.file.Path;

/**
 * What {@code --netns} names, as {@code ip netns exec} and {@code ss -N} take it: a name under
 * {@code /run/netns} ({@code blue}), a path to a namespace file ({@code /var/run/docker/netns/1a2b},
 * {@code ./ns}), or a process id whose namespace to use ({@code 4242}, read as {@code /proc/4242/ns/net}).
 *
 * @param given the words the user gave
 * @param file the namespace file to enter
 */
public record NetnsTarget(String given, Path file) {

    /** Where {@code ip netns add NAME} mounts named namespaces. */
    static final Path NAMED = Path.of("/run/netns");

    static NetnsTarget parse(String value) throws ExtensionOptions.UsageException {
        if (value.isEmpty()) {
            throw new ExtensionOptions.UsageException(
                    "option '--netns' requires a namespace name, a path to a namespace file or a process id");
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() <= 10) {
            return new NetnsTarget(value, Path.of("/proc", Long.toString(Long.parseLong(value)), "ns", "net"));
        }
        if (value.contains("/")) {
            return new NetnsTarget(value, Path.of(value));
        }
        if (value.equals(".") || value.equals("..")) {
            throw new ExtensionOptions.UsageException("invalid network namespace name '" + value + "' for --netns");
        }
        return new NetnsTarget(value, NAMED.resolve(value));
    }
}
