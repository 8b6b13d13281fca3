package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: {@code --input} reads at most its limit and parses as it reads, so {@code /dev/zero},
 * {@code yes |} or a runaway string end in one clear, located message; documents in another encoding and
 * documents that contradict themselves are refused; a bad value is never echoed at length.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {

    private static final String PRETTY = GoldenJsonTest.write(SampleFixtures.tcpListeners(), false);

    @TempDir
    Path dir;

    /** An endless stream repeating {@code unit} after {@code head}, counting what was read from it. */
    private static final class Endless extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        long read;

        Endless(String head, String unit) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long i = read++;
            return i < head.length ? head[(int) i] : unit[(int) ((i - head.length) % unit.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux", Backends.discover(),
                BackendConfig.live(), StopSignal.manual(), false, Clock.systemUTC(), stdin).run(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String error(String document) {
        return assertThrows(SnapshotFormatException.class,
                () -> new DocumentReader("web01.json").read(document.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    @Test
    void devZeroIsRefusedAtItsFirstByte() {
        Run r = run(InputStream.nullInputStream(), "--input", "/dev/zero", "-tan");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("netstatx: /dev/zero: holds NUL bytes at its start: UTF-16 or UTF-32 text, or not text at all;"
                + " --input reads UTF-8 JSON as --json writes it (convert with iconv -t UTF-8)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void yesIntoStandardInputIsRefusedAtOnce() {
        Endless yes = new Endless("", "y\n");
        Run r = run(yes, "--input", "-", "-tan");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertTrue(r.err().startsWith("netstatx: standard input:1:1: not valid JSON: Unrecognized token 'y"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().length() < 400, "a bounded echo of the bad token: " + r.err());
        assertTrue(yes.read < 1 << 20, "read " + yes.read + " bytes of an endless stream");
    }

    @Test
    void anEndlessValidLookingStreamStopsAtTheLimit() {
        Endless s = new Endless("{\"schema_version\": \"1.0\", \"padding\": [", "0,");
        Run r = run(s, "--input", "-", "--input-limit", "1M", "-tan");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("netstatx: standard input: is larger than the --input limit of 1 MiB; raise it with"
                + " --input-limit SIZE (such as 512M) if the document is meant to be this big\n", r.err());
        assertTrue(s.read <= (1 << 20) + (1 << 16) + 1, "read " + s.read);
    }

    @Test
    void aRegularFileAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = Files.writeString(dir.resolve("big.json"), PRETTY);
        Run r = run(InputStream.nullInputStream(), "--input", big.toString(), "--input-limit=1K", "-tln");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertTrue(r.err().startsWith("netstatx: " + big + ": is larger than the --input limit of 1024 bytes"), r.err());
        Run ok = run(InputStream.nullInputStream(), "--input", big.toString(), "-tln");
        assertEquals(ExitCodes.OK, ok.status(), ok.err());
    }

    @Test
    void aBadInputLimitIsAUsageError() {
        Run r = run(InputStream.nullInputStream(), "--input-limit", "lots", "--input", "-", "-tan");
        assertEquals(ExitCodes.USAGE, r.status());
        assertEquals("netstatx: option '--input-limit' needs a size such as 256M or 2G, not 'lots'\n", r.err());
    }

    /** A parser limit (here Jackson's longest string) is reported where the parser was, not at 0:0. */
    @Test
    void aParserLimitCarriesTheRealLocation() {
        Endless s = new Endless("{\n  \"kind\": \"", "x");
        Run r = run(s, "--input", "-", "--input-limit", "1G", "-tan");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertTrue(r.err().startsWith("netstatx: standard input:2:"), r.err());
        assertTrue(!r.err().startsWith("netstatx: standard input:0:0"), r.err());
        assertTrue(r.err().contains("String value length"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        String deep = "[".repeat(5000);
        String msg = error(deep);
        assertTrue(msg.startsWith("web01.json:1:10"), msg);
        assertTrue(msg.contains("nesting depth"), msg);
    }

    @Test
    void otherEncodingsAreRefusedWithAClearMessage() {
        byte[] utf16 = ("\uFEFF" + PRETTY).getBytes(StandardCharsets.UTF_16BE);
        assertEquals("web01.json: is UTF-16 (it starts with a byte order mark); --input reads UTF-8 JSON as --json"
                + " writes it (convert with iconv -t UTF-8)", message(utf16));
        assertTrue(message(PRETTY.getBytes(StandardCharsets.UTF_16LE)).startsWith("web01.json: holds NUL bytes"));
        byte[] bom = ("\uFEFF" + PRETTY).getBytes(StandardCharsets.UTF_8);
        assertTrue(message(bom).startsWith("web01.json: starts with a UTF-8 byte order mark;"), message(bom));
    }

    private static String message(byte[] document) {
        return assertThrows(SnapshotFormatException.class, () -> new DocumentReader("web01.json").read(document))
                .getMessage();
    }

    @Test
    void anIpv4SocketWithAnIpv6AddressIsALocatedError() {
        String forged = PRETTY.replaceFirst("\"local_address\":\"[0-9.]+\"", "\"local_address\":\"::1\"");
        assertTrue(!forged.equals(PRETTY));
        String msg = error(forged);
        assertTrue(msg.matches("web01\\.json:\\d+:\\d+: sockets\\[0\\]\\.local_address: \"::1\" is an IPv6 address,"
                + " but the socket's family is ipv4"), msg);
    }

    @Test
    void aHugeBadValueIsEchoedOnlyInPart() {
        String huge = "x".repeat(100_000);
        String msg = error(PRETTY.replaceFirst("\"kind\": \"snapshot\"", "\"kind\": \"" + huge + "\""));
        assertTrue(msg.length() < 300, msg.length() + " characters: " + msg.substring(0, Math.min(300, msg.length())));
        assertTrue(msg.contains("\"" + "x".repeat(64) + "...\""), msg);
    }
}
