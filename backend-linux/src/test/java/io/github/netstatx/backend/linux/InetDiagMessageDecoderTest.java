package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sock_diag decoder on real dumps ({@code fixtures/linux/sock-diag}, recorded with
 * {@code tools/capture-sock-diag.py} in a private namespace on kernel 6.18, each {@code *-all} dump taken right
 * before its {@code /proc/net/tcp{,6}} copy): every record must be the entry {@link ProcNetInetParser} makes of the
 * same socket's line, in the same order; the remote-port-0 dumps (the kernel filter of {@code -l}) must be exactly
 * the listening entries of the table, which real {@code netstat -tln} printed at capture.
 */
class InetDiagMessageDecoderTest {

    private static final String SCENARIO = "sock-diag";
    private static final Path ROOT = Fixtures.root(SCENARIO);

    private static byte[] file(String relative) throws IOException {
        return Files.readAllBytes(ROOT.resolve(relative));
    }

    private static List<SocketEntry> proc(String table, AddressFamily family) throws IOException {
        ParsedTable t = ProcNetInetParser.parse(file("proc/net/" + table), Protocol.TCP, family,
                ByteOrder.LITTLE_ENDIAN, false);
        assertEquals(0, t.malformed());
        return t.entries();
    }

    private static ParsedTable diag(String dump, AddressFamily family) throws IOException {
        return InetDiagMessageDecoder.decodeTcp(file("sock_diag/" + dump), family, ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void recordedOnThisKindOfMachine() {
        assertEquals("little-endian", Fixtures.provenance(SCENARIO).getProperty("byte.order"));
        assertTrue(Fixtures.provenance(SCENARIO).getProperty("kernel").startsWith("6.18."));
    }

    @Test
    void everyIpv4RecordIsTheProcLineInProcOrder() throws IOException {
        sameAsProc("tcp4-all.bin", "tcp", AddressFamily.IPV4, 589);
    }

    @Test
    void everyIpv6RecordIsTheProcLineInProcOrder() throws IOException {
        sameAsProc("tcp6-all.bin", "tcp6", AddressFamily.IPV6, 126);
    }

    private static void sameAsProc(String dump, String table, AddressFamily family, int sockets) throws IOException {
        ParsedTable decoded = diag(dump, family);
        List<SocketEntry> proc = proc(table, family);
        assertEquals(0, decoded.malformed());
        assertEquals(sockets, proc.size());
        assertEquals(proc.size(), decoded.entries().size());
        for (int i = 0; i < proc.size(); i++) {
            assertEquals(proc.get(i), decoded.entries().get(i), "socket " + i + " of " + table);
        }
    }

    @Test
    void theSetHasTheStatesThatMatter() throws IOException {
        List<SocketEntry> all = new ArrayList<>(diag("tcp4-all.bin", AddressFamily.IPV4).entries());
        all.addAll(diag("tcp6-all.bin", AddressFamily.IPV6).entries());
        for (TcpState s : List.of(TcpState.LISTEN, TcpState.ESTABLISHED, TcpState.TIME_WAIT, TcpState.SYN_SENT,
                TcpState.FIN_WAIT_2, TcpState.CLOSE_WAIT)) {
            assertTrue(all.stream().anyMatch(e -> e.state() == s), s + " is in the recorded set");
        }
        // the values that tell the fields apart: unread bytes, a listener's accept queue, an unsent SYN
        assertTrue(all.stream().anyMatch(e -> e.state() == TcpState.ESTABLISHED && e.recvQueue() == 100));
        assertTrue(all.stream().anyMatch(e -> e.state() == TcpState.LISTEN && e.recvQueue() == 1));
        assertTrue(all.stream().anyMatch(e -> e.state() == TcpState.SYN_SENT && e.sendQueue() == 1));
        assertTrue(all.stream().anyMatch(e -> e.local().address().getAddress().length == 16));
    }

    /** sock_diag reports a listener's backlog limit as its write queue; /proc (and net-tools) show 0. */
    @Test
    void aListenersSendQueueIsProcsNotTheBacklog() throws IOException {
        byte[] dump = file("sock_diag/tcp4-remote-port-0.bin");
        ByteBuffer b = ByteBuffer.wrap(dump).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0A, dump[16 + 1], "the first record is a listener");
        assertEquals(16, b.getInt(16 + 60), "whose write queue field holds its backlog of 16");
        assertEquals(0, diag("tcp4-remote-port-0.bin", AddressFamily.IPV4).entries().get(0).sendQueue());
    }

    @Test
    void theRemotePortZeroFilterKeepsWhatNetstatListensShows() throws IOException {
        List<SocketEntry> listening = new ArrayList<>();
        List<SocketEntry> shown = new ArrayList<>();
        for (String[] t : new String[][] {{"tcp4", "tcp"}, {"tcp6", "tcp6"}}) {
            AddressFamily family = t[1].equals("tcp") ? AddressFamily.IPV4 : AddressFamily.IPV6;
            List<SocketEntry> filtered = diag(t[0] + "-remote-port-0.bin", family).entries();
            assertEquals(proc(t[1], family).stream().filter(SocketEntry::listening).toList(), filtered);
            listening.addAll(filtered);
        }
        for (String line : new String(file("netstat-tln.out"), StandardCharsets.US_ASCII).split("\n")) {
            if (line.startsWith("tcp")) {
                String[] words = line.trim().split(" +");
                shown.add(listening.get(shown.size()));
                SocketEntry e = shown.get(shown.size() - 1);
                assertEquals(words[5], e.platformState(), line);
                assertEquals(Long.parseLong(words[1]), e.recvQueue(), line);
                assertEquals(Long.parseLong(words[2]), e.sendQueue(), line);
                assertTrue(words[3].endsWith(":" + e.local().port()), line + " vs " + e);
            }
        }
        assertEquals(16, shown.size());
        assertEquals(listening.size(), shown.size());
        assertTrue(listening.stream().anyMatch(e -> e.state() == TcpState.SYN_SENT),
                "netstat -l lists a SYN_SENT to remote port 0, and so does the filter");
    }

    @Test
    void aCutDumpKeepsItsWholeRecordsAndCountsTheCutOne() throws IOException {
        byte[] dump = file("sock_diag/tcp4-remote-port-0.bin");
        ParsedTable cut = InetDiagMessageDecoder.decodeTcp(Arrays.copyOf(dump, 124 + 100), AddressFamily.IPV4,
                ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, cut.entries().size());
        assertEquals(1, cut.malformed());
    }

    @Test
    void recordsOfAnotherFamilyTypeOrStateAreMalformed() throws IOException {
        byte[] one = Arrays.copyOf(file("sock_diag/tcp4-remote-port-0.bin"), 124);
        byte[] otherFamily = one.clone();
        otherFamily[16] = 10;
        byte[] otherType = one.clone();
        otherType[4] = 2;
        byte[] badState = one.clone();
        badState[17] = 0x0E;
        for (byte[] bad : List.of(otherFamily, otherType, badState)) {
            ParsedTable t = InetDiagMessageDecoder.decodeTcp(bad, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN);
            assertEquals(List.of(), t.entries());
            assertEquals(1, t.malformed());
        }
        byte[] shortRecord = Arrays.copyOf(one, 16 + 40);
        ByteBuffer.wrap(shortRecord).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 16 + 40);
        assertEquals(1, InetDiagMessageDecoder.decodeTcp(shortRecord, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN)
                .malformed());
    }

    @Test
    void aBigEndianHostsNumbersAreReadInItsOrder() throws IOException {
        byte[] one = Arrays.copyOf(file("sock_diag/tcp4-remote-port-0.bin"), 124);
        ByteBuffer little = ByteBuffer.wrap(one).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer big = ByteBuffer.wrap(one.clone()).order(ByteOrder.BIG_ENDIAN);
        big.putInt(0, little.getInt(0)).putShort(4, little.getShort(4)).putShort(6, little.getShort(6));
        for (int field = 16 + 52; field < 16 + 72; field += 4) {
            big.putInt(field, little.getInt(field));
        }
        SocketEntry fromBig = InetDiagMessageDecoder.decodeTcp(big.array(), AddressFamily.IPV4, ByteOrder.BIG_ENDIAN)
                .entries().get(0);
        assertEquals(InetDiagMessageDecoder.decodeTcp(one, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN).entries(),
                List.of(fromBig));
        assertEquals(20002, fromBig.local().port());
        assertEquals(1113852L, fromBig.inode());
    }
}
