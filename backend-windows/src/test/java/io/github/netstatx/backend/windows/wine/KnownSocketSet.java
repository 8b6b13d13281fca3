package io.github.netstatx.backend.windows.wine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a fixed set of sockets in the current (private) network namespace, writes the ready file, and holds
 * them until the stop file appears (at most two minutes). Families are explicit (NIO channels), so IPv4
 * sockets are real AF_INET sockets and land in the IPv4 tables:
 * <ul>
 *   <li>TCP listeners 127.0.0.1:7001, 0.0.0.0:7003, [::1]:7002;</li>
 *   <li>an established TCP pair over 127.0.0.1:7001 and one over [::1]:7002;</li>
 *   <li>UDP bound to 127.0.0.1:7004 and [::1]:7005, and UDP 127.0.0.1:7007 connected to 127.0.0.1:7004.</li>
 * </ul>
 * Usage: {@code KnownSocketSet READY_FILE STOP_FILE}.
 */
public final class KnownSocketSet {

    private KnownSocketSet() {
    }

    public static void main(String[] args) throws Exception {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        InetAddress v6 = InetAddress.getByName("::1");
        List<AutoCloseable> open = new ArrayList<>();
        ServerSocketChannel l1 = listen(StandardProtocolFamily.INET, new InetSocketAddress(v4, 7001), open);
        listen(StandardProtocolFamily.INET, new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 7003), open);
        ServerSocketChannel l2 = listen(StandardProtocolFamily.INET6, new InetSocketAddress(v6, 7002), open);
        SocketChannel c1 = SocketChannel.open(StandardProtocolFamily.INET);
        c1.connect(new InetSocketAddress(v4, 7001));
        open.add(c1);
        open.add(l1.accept());
        SocketChannel c2 = SocketChannel.open(StandardProtocolFamily.INET6);
        c2.connect(new InetSocketAddress(v6, 7002));
        open.add(c2);
        open.add(l2.accept());
        DatagramChannel u1 = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress(v4, 7004));
        open.add(u1);
        open.add(DatagramChannel.open(StandardProtocolFamily.INET6).bind(new InetSocketAddress(v6, 7005)));
        DatagramChannel u3 = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress(v4, 7007));
        u3.connect(new InetSocketAddress(v4, 7004));
        open.add(u3);
        Files.writeString(Path.of(args[0]), "ready\n");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(Path.of(args[1])) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static ServerSocketChannel listen(StandardProtocolFamily family, InetSocketAddress at,
            List<AutoCloseable> open) throws Exception {
        ServerSocketChannel s = ServerSocketChannel.open(family);
        s.bind(at, 5);
        open.add(s);
        return s;
    }
}
