package io.github.netstatx.backend.windows.wine;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.TcpState;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The kernel's own socket list, read from captured {@code /proc/net/{tcp,tcp6,udp,udp6}} of the same
 * namespace, as the reference the Wine-produced tables are compared with (the Linux backend is developed
 * on another branch; this reads only the columns the comparison needs: addresses, ports, state).
 */
final class ProcNetSockets {

    /** What is compared: protocol, family, endpoints, TCP state ({@code null} for UDP). */
    record Socket(Protocol protocol, AddressFamily family, InetEndpoint local, InetEndpoint remote, TcpState state) {
    }

    private static final TcpState[] LINUX_STATES = {null, TcpState.ESTABLISHED, TcpState.SYN_SENT,
        TcpState.SYN_RECEIVED, TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT, TcpState.CLOSED,
        TcpState.CLOSE_WAIT, TcpState.LAST_ACK, TcpState.LISTEN, TcpState.CLOSING};

    private ProcNetSockets() {
    }

    /**
     * Parses one table. {@code   0: 0100007F:1B59 00000000:0000 0A ...}: addresses are 32-bit words in host
     * (here little-endian) order, ports big-endian hex, state hex.
     */
    static List<Socket> parse(Path file, Protocol protocol, AddressFamily family) throws IOException {
        List<Socket> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !f[0].endsWith(":")) {
                continue;
            }
            InetEndpoint local = endpoint(f[1]);
            InetEndpoint remote = endpoint(f[2]);
            TcpState state = protocol == Protocol.TCP ? LINUX_STATES[Integer.parseInt(f[3], 16)] : null;
            out.add(new Socket(protocol, family, local, remote, state));
        }
        return out;
    }

    private static InetEndpoint endpoint(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] words = HexFormat.of().parseHex(parts[0]);
        ByteBuffer in = ByteBuffer.wrap(words).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(words.length).order(ByteOrder.LITTLE_ENDIAN);
        while (in.hasRemaining()) {
            out.putInt(in.getInt());
        }
        return new InetEndpoint(InetAddress.getByAddress(out.array()), Integer.parseInt(parts[1], 16));
    }
}
