package io.github.netstatx.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.RealTools;
import io.github.netstatx.cli.json.NetstatxRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: forged {@code /proc/net/tcp} rows, shown by the real net-tools netstat 2.10 and by netstatx.
 * net-tools reads {@code /proc} itself, so it runs in a private mount namespace whose {@code /proc} is a
 * tmpfs holding the forged tables (a bind mount over a procfs file does not hold: procfs drops it on the
 * next lookup); netstatx reads the same tables through {@code --fs-root}.
 */
class ForgedTableParityTest {

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode\n";

    /** Rows net-tools prints and netstatx must print alike: odd uids and a timer at the top of its range. */
    private static final String FORGED = HEADER
            + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000    -5        0 1001 1"
            + " 0000000000000000 100 0 0 10 0\n"
            + "   1: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000 12345678901234567890"
            + "        0 1002 1 0000000000000000 100 0 0 10 0\n"
            + "   2: 0100007F:1F93 00000000:0000 0A 00000000:00000000 00:00000000 00000000 4294967295        0"
            + " 1004 1 0000000000000000 100 0 0 10 0\n"
            + "   3: 0100007F:1F94 0100007F:2000 01 00000000:00000000 01:FFFFFFFFFFFFFFFF 00000000     0        0"
            + " 1005 1 0000000000000000 100 0 0 10 0\n"
            + "   4: 0100007F:1F95 0100007F:2001 01 00000001:00000002 02:0000000000001733 00000003  1000        7"
            + " 1006 1 0000000000000000 100 0 0 10 0\n";

    /** An IPv4 table row with a 16-digit address: net-tools prints memory it never initialised. */
    private static final String LONG_ADDRESS = "   5: 000000000100007F:1F92 00000000:0000 0A 00000000:00000000"
            + " 00:00000000 00000000     0        0 1003 1 0000000000000000 100 0 0 10 0\n";

    @TempDir
    Path tmp;

    private Path root(String tcp) throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root.resolve("proc/net"));
        Files.writeString(root.resolve("proc/net/tcp"), tcp);
        Files.writeString(root.resolve("proc/net/tcp6"), HEADER);
        return root;
    }

    /** net-tools netstat with {@code args}, its /proc holding only the tables under {@code root}. */
    private static RealTools.Result netTools(Path root, String... args) throws IOException {
        String script = "mount -t tmpfs none /proc && mkdir -p /proc/net && cp \"$1\" /proc/net/tcp"
                + " && cp \"$2\" /proc/net/tcp6 && shift 2 && exec netstat \"$@\"";
        List<String> argv = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script,
                "sh", root.resolve("proc/net/tcp").toString(), root.resolve("proc/net/tcp6").toString()));
        argv.addAll(List.of(args));
        return RealTools.run(argv, null, Map.of("LC_ALL", "C"), 60);
    }

    private static NetstatxRun netstatx(Path root, String... args) {
        List<String> argv = new ArrayList<>(List.of("--fs-root", root.toString()));
        argv.addAll(List.of(args));
        return NetstatxRun.of(argv);
    }

    @Test
    void oddUidsAndAHugeTimerPrintAsNetTools() throws IOException {
        RealTools.require("netstat", "net-tools");
        RealTools.requireRoot("a private mount namespace for net-tools' /proc");
        Path root = root(FORGED);
        for (String[] args : new String[][] {{"-tane", "--inet"}, {"-tano", "--inet"}, {"-tanoe", "--inet"}}) {
            RealTools.Result real = netTools(root, args);
            assertEquals(0, real.exitCode(), real.stderr());
            assertTrue(real.stdout().contains("127.0.0.1:8084"), real.stdout());
            NetstatxRun ours = netstatx(root, args);
            assertEquals(real.stdout(), ours.out(), String.join(" ", args) + "\nstderr: " + ours.err());
        }
        String timers = netTools(root, "-tano", "--inet").stdout();
        assertTrue(timers.contains("on (184467440737095520.00/0/0)"), timers);
        String users = netTools(root, "-tane", "--inet").stdout();
        assertTrue(users.contains(" -5 ") && users.contains(" -1 "), users);
    }

    @Test
    void anOverlongAddressIsSkippedWithADiagnosticWhereNetToolsPrintsGarbage() throws IOException {
        RealTools.require("netstat", "net-tools");
        RealTools.requireRoot("a private mount namespace for net-tools' /proc");
        Path root = root(FORGED + LONG_ADDRESS);
        RealTools.Result real = netTools(root, "-tane", "--inet");
        assertTrue(real.stdout().contains(":8082"), "net-tools shows a row for it: " + real.stdout());
        NetstatxRun ours = netstatx(root, "-tane", "--inet");
        assertTrue(!ours.out().contains(":8082"), ours.out());
        assertTrue(ours.err().contains("warning, got bogus tcp line."), ours.err());
        // every other row as net-tools has it
        List<String> realRows = real.stdout().lines().filter(l -> !l.contains(":8082")).toList();
        assertEquals(realRows, ours.out().lines().toList());
    }
}
