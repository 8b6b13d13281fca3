package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The captured scenario read by this backend against real net-tools netstat run in the same
 * namespace right after the copy (crosscheck/): every row netstat printed must be one of our
 * entries with the same queues, state, uid, inode and first owner, and we must list nothing it did
 * not. This checks the model, not the layout (the CLI's golden tests check the bytes).
 */
class NetstatCrossCheckTest {

    private static final Path CROSSCHECK = Fixtures.root(Fixtures.NETNS).resolve("crosscheck");
    private static final Pattern UNIX_ROW = Pattern.compile(
            "unix  (\\d+)\\s+\\[ ([A-Z ]*)\\]\\s+(\\S+)\\s+(LISTENING|CONNECTED)?\\s+(\\d+)\\s+(\\S+)\\s*(.*)");

    private final List<SocketEntry> entries;

    NetstatCrossCheckTest() throws Exception {
        entries = Fixtures.backend(Fixtures.NETNS).sockets(SocketQuery.everything()).items();
    }

    /** Output of the captured run of {@code command}, as bytes decoded one to one. */
    private static List<String> output(String command) throws IOException {
        for (String row : Files.readAllLines(CROSSCHECK.resolve("index.tsv"))) {
            String[] f = row.split("\t");
            if (f[2].equals("root") && f[3].equals(command)) {
                byte[] out = Files.readAllBytes(CROSSCHECK.resolve(f[0] + ".out"));
                return new String(out, StandardCharsets.ISO_8859_1).lines().toList();
            }
        }
        throw new AssertionError("no captured run of " + command);
    }

    @Test
    void tcpAndUdpRowsOfNetstatTuanxpeW() throws Exception {
        List<SocketEntry> ours = new ArrayList<>(entries.stream()
                .filter(e -> e.protocol() == Protocol.TCP || e.protocol() == Protocol.UDP).toList());
        int rows = 0;
        for (String line : output("netstat -tuanxpeW")) {
            if (!line.startsWith("tcp") && !line.startsWith("udp")) {
                continue;
            }
            rows++;
            List<String> t = List.of(line.trim().split("\\s+"));
            boolean stateless = t.get(5).chars().allMatch(Character::isDigit);   // UDP prints no state for 7
            int at = stateless ? 5 : 6;
            SocketEntry e = find(ours, t.get(0), endpoint(t.get(3)), endpoint(t.get(4)));
            ours.remove(e);
            String row = line + "\n  vs " + e;
            assertEquals(Long.parseLong(t.get(1)), e.recvQueue(), row);
            assertEquals(Long.parseLong(t.get(2)), e.sendQueue(), row);
            if (e.protocol() == Protocol.TCP) {
                assertEquals(t.get(5), e.platformState(), row);
            } else {
                assertEquals(stateless ? 7 : 1, e.stateCode(), row);
            }
            assertEquals(Long.parseLong(t.get(at)), e.uid(), row);
            assertEquals(Long.parseLong(t.get(at + 1)), e.inode(), row);
            assertEquals(String.join(" ", t.subList(at + 2, t.size())), programColumn(e), row);
        }
        assertTrue(rows >= 29, "rows compared: " + rows);
        assertEquals(List.of(), ours, "entries netstat did not print");
    }

    @Test
    void unixRowsOfNetstatTuanxpeW() throws Exception {
        List<SocketEntry> ours = new ArrayList<>(entries.stream().filter(e -> e.protocol() == Protocol.UNIX).toList());
        for (String line : output("netstat -tuanxpeW")) {
            if (!line.startsWith("unix ")) {
                continue;
            }
            Matcher m = UNIX_ROW.matcher(line);
            assertTrue(m.matches(), line);
            long inode = Long.parseLong(m.group(5));
            SocketEntry e = ours.stream().filter(x -> x.inode() == inode).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for " + line));
            ours.remove(e);
            String row = line + "\n  vs " + e;
            assertEquals(Long.parseLong(m.group(1)), e.unix().refCount(), row);
            assertEquals(m.group(2).contains("ACC"), e.unix().listening(), row);
            assertEquals(m.group(3), e.unix().type().name(), row);
            assertEquals(m.group(4) == null ? "UNCONNECTED" : m.group(4), e.platformState(), row);
            assertEquals(m.group(6), programColumn(e), row);
            // net-tools reads the path with %s: it stops at the first blank
            String path = e.unix().path() == null ? "" : e.unix().path().display();
            byte[] bytes = SurrogateEscape.encode(path);
            String shown = new String(bytes, StandardCharsets.ISO_8859_1).split(" ", -1)[0];
            assertEquals(m.group(7), shown, row);
        }
        assertEquals(List.of(), ours, "entries netstat did not print");
    }

    @Test
    void rawRowsShowTheKernelStateNumber() throws Exception {
        List<SocketEntry> ours = new ArrayList<>(entries.stream().filter(e -> e.protocol() == Protocol.RAW).toList());
        for (String line : output("netstat --raw -an")) {
            if (!line.startsWith("raw")) {
                continue;
            }
            List<String> t = List.of(line.trim().split("\\s+"));
            SocketEntry e = find(ours, t.get(0), endpoint(t.get(3)), endpoint(t.get(4)));
            ours.remove(e);
            assertEquals(Integer.parseInt(t.get(5)), e.stateCode(), line);
        }
        assertEquals(List.of(), ours);
    }

    /** net-tools' {@code PID/Program name}: pid and name of the first owner, cut at 19 characters. */
    private static String programColumn(SocketEntry e) {
        ProcessRef first = e.firstOwner();
        if (first == null) {
            return "-";
        }
        String s = first.pid() + "/" + first.name();
        return s.length() > 19 ? s.substring(0, 19) : s;
    }

    private static SocketEntry find(List<SocketEntry> ours, String proto, InetEndpoint local, InetEndpoint remote) {
        Protocol p = proto.startsWith("tcp") ? Protocol.TCP : proto.startsWith("udp") ? Protocol.UDP : Protocol.RAW;
        AddressFamily f = proto.endsWith("6") ? AddressFamily.IPV6 : AddressFamily.IPV4;
        return ours.stream()
                .filter(e -> e.protocol() == p && e.family() == f && e.local().equals(local) && e.remote().equals(remote))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + proto + " entry " + local + " -> " + remote));
    }

    /** {@code host:port} as netstat -n prints it ({@code *} for port 0; IPv6 without brackets). */
    private static InetEndpoint endpoint(String s) throws Exception {
        int colon = s.lastIndexOf(':');
        String port = s.substring(colon + 1);
        return new InetEndpoint(InetAddress.getByName(s.substring(0, colon)), port.equals("*") ? 0 : Integer.parseInt(port));
    }
}
