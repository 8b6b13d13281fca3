package io.github.netstatx.cli.macos;

import java.util.List;

/**
 * Apple's netstat usage text (network_cmds {@code NETSTAT_USAGE}, macOS 10.13 to 15), written to stderr
 * followed by the empty line its {@code "%s\n"} adds after the text's own final newline; exit status 1.
 */
final class AppleUsage {

    static final List<String> LINES = List.of(
            "Usage:\tnetstat [-AaLlnW] [-f address_family | -p protocol]",
            "\tnetstat [-gilns] [-f address_family]",
            "\tnetstat -i | -I interface [-w wait] [-abdgRtS]",
            "\tnetstat -s [-s] [-f address_family | -p protocol] [-w wait]",
            "\tnetstat -i | -I interface -s [-f address_family | -p protocol]",
            "\tnetstat -m [-m]",
            "\tnetstat -r [-Aaln] [-f address_family]",
            "\tnetstat -rs [-s]",
            "");

    private AppleUsage() {
    }
}
