package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The commands one {@code kdb} run is given on its standard input: {@code sockinfo ADDR tcpcb} for every TCP
 * socket whose PCB address {@code netstat -Aan} printed (the address AIX's own recipe passes, the first column
 * of {@code netstat -Aan}), then {@code quit}. Only TCP: for a {@code tcpcb} address the block kdb prints opens
 * with that same address, which is what ties its process lines to the socket ({@link KdbSockinfoParser}); no
 * output of {@code sockinfo ADDR inpcb} for a UDP socket was found to tie them by.
 */
final class KdbSockinfoScript {

    /** A PCB address as netstat prints it: hex digits only, so nothing else can reach kdb's command line. */
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,16}");

    private KdbSockinfoScript() {
    }

    /** The PCB addresses to ask about, each once, in listing order. */
    static Set<String> addresses(List<SocketEntry> rows) {
        Set<String> out = new LinkedHashSet<>();
        for (SocketEntry e : rows) {
            if (e.protocol() == Protocol.TCP && e.pcbAddress() != null && HEX.matcher(e.pcbAddress()).matches()) {
                out.add(e.pcbAddress());
            }
        }
        return out;
    }

    /** The standard input of the one kdb run for {@code addresses}. */
    static byte[] input(Set<String> addresses) {
        StringBuilder sb = new StringBuilder(addresses.size() * 32 + 8);
        for (String a : addresses) {
            sb.append("sockinfo ").append(a).append(" tcpcb\n");
        }
        return sb.append("quit\n").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
