package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * The network namespace a snapshot was taken in, when it was not the collector's own ({@code --netns}).
 *
 * @param path the namespace file that was entered ({@code /run/netns/blue}, {@code /proc/4242/ns/net})
 * @param inode the namespace's inode number (what {@code readlink /proc/PID/ns/net} shows as {@code net:[N]}),
 *     or {@code null} when it could not be read
 */
public record NetworkNamespace(String path, Long inode) {

    public NetworkNamespace {
        Objects.requireNonNull(path, "path");
    }
}
