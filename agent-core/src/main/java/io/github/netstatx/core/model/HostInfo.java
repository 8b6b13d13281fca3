package io.github.netstatx.core.model;

/**
 * The host a snapshot was taken on. Components are {@code null} when unknown.
 *
 * @param hostname host name as the host itself reports it
 * @param os operating system family; {@code null} when the OS is none netstatx knows
 * @param osVersion distribution or product version ({@code Debian GNU/Linux 12 (bookworm)})
 * @param kernel kernel release ({@code 6.1.0-18-amd64}, Windows build number)
 * @param arch machine architecture ({@code x86_64}, {@code amd64})
 * @param networkNamespace the network namespace the data was collected in, when it is not the collector's own
 *     ({@code --netns}); {@code null} otherwise
 */
public record HostInfo(String hostname, OsFamily os, String osVersion, String kernel, String arch,
        NetworkNamespace networkNamespace) {

    /** A host observed from the collector's own network namespace. */
    public HostInfo(String hostname, OsFamily os, String osVersion, String kernel, String arch) {
        this(hostname, os, osVersion, kernel, arch, null);
    }

    /** The same host, observed in another network namespace. */
    public HostInfo inNetworkNamespace(NetworkNamespace namespace) {
        return new HostInfo(hostname, os, osVersion, kernel, arch, namespace);
    }
}
