package io.github.netstatx.cli.linux;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large forged {@code /proc/net/tcp} (and an empty {@code tcp6}) under a test's {@code --fs-root}, in the
 * kernel's line format: line {@code i} is 127.0.0.1:(1024 + i % 60000) to 127.0.0.2:(1024 + i / 60000),
 * ESTABLISHED, uid 1000, inode 100000 + i; every {@code listenerEvery}-th line (from line 0) is a listener on
 * its local port instead.
 */
final class ForgedTcpTable {

    static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode\n";

    private ForgedTcpTable() {
    }

    /** Writes the tables; {@code listenerEvery} 0 for no listeners. */
    static void write(Path root, int lines, int listenerEvery) throws IOException {
        Files.createDirectories(root.resolve("proc/net"));
        Files.writeString(root.resolve("proc/net/tcp6"), HEADER);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(root.resolve("proc/net/tcp")),
                1 << 16)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < lines; i++) {
                boolean listener = listenerEvery > 0 && i % listenerEvery == 0;
                out.write(String.format("%6d: 0100007F:%04X %s %s 00000000:00000000 00:00000000 00000000  1000"
                        + "        0 %d 1 0000000000000000 20 4 30 10 -1\n", i, 1024 + i % 60000,
                        listener ? "00000000:0000" : String.format("0200007F:%04X", 1024 + i / 60000),
                        listener ? "0A" : "01", 100_000 + i).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
