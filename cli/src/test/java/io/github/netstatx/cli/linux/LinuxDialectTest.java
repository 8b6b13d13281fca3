package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.TcpState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinuxDialectTest {

    /** What net-tools printed for {@code netstat -y} (golden case err-y, captured from netstat 2.10). */
    private static String realUsageAfterBadOption() throws IOException {
        GoldenScenario s = GoldenScenario.all().get(0);
        return Files.readString(s.dir().resolve("cases/err-y/stderr"), StandardCharsets.UTF_8);
    }

    @Test
    void badOptionPrintsGlibcMessageAndNetToolsUsage() throws IOException {
        DialectRun r = DialectRun.withoutBackend("-y");
        assertEquals(realUsageAfterBadOption(), r.err());
        assertEquals("", r.out());
        assertEquals(ExitCodes.NET_TOOLS_USAGE, r.status());
    }

    @Test
    void helpIsNetToolsUsagePlusNetstatxOptions() throws IOException {
        DialectRun r = DialectRun.withoutBackend("-h");
        String real = realUsageAfterBadOption();
        String usage = real.substring(real.indexOf('\n') + 1, real.indexOf("    inet (DARPA"));
        assertEquals(usage, r.out().replace(NetToolsUsage.NETSTATX_OPTIONS, ""));
        assertTrue(r.out().contains("--fs-root PATH"));
        assertEquals(real.substring(real.indexOf("    inet (DARPA")), r.err(), "the family list goes to stderr");
        assertEquals(0, r.status());
    }

    @Test
    void versionNamesNetstatx() {
        DialectRun r = DialectRun.withoutBackend("--vers");
        assertTrue(r.out().startsWith("netstatx "), r.out());
        assertTrue(r.out().contains("this is not net-tools"));
        assertEquals(3, r.out().lines().count(), "net-tools' shape: release, signature, features");
        assertEquals(0, r.status());
    }

    @Test
    void viewsAskTheBackendAndSayWhenItCannotProvideThem() {
        for (String[] c : List.of(new String[] {"-i", "interfaces"}, new String[] {"-rn", "routes"},
                new String[] {"-s", "statistics"}, new String[] {"-g", "multicast groups"})) {
            DialectRun r = DialectRun.of(new SnapshotBackend(List.of()), c[0]);
            assertEquals("netstatx: backend snapshot cannot provide " + c[1] + "\n", r.err(), c[0]);
            assertEquals(1, r.status());
        }
        // -M without connection tracking: what net-tools says without /proc/net/ip_masquerade
        DialectRun m = DialectRun.of(new SnapshotBackend(List.of()), "-M");
        assertEquals("netstat: no support for `ip_masquerade' on this system.\n", m.err());
        assertEquals(1, m.status());
    }

    @Test
    void aRepeatingListingPrintsTitleAndHeaderEachPassUntilCtrlC() {
        StopSignal stop = StopSignal.manual();
        SnapshotBackend b = new SnapshotBackend(List.of(tcp(AddressFamily.IPV4, "127.0.0.1", 1, "127.0.0.1", 2,
                TcpState.ESTABLISHED).build()));
        b.onQuery = () -> {
            if (b.queries.size() == 2) {
                stop.requestStop();
            }
        };
        DialectRun r = DialectRun.of(List.of(b), stop, "-tnc");
        String pass = "Active Internet connections (w/o servers)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
                + "tcp        0      0 127.0.0.1:1             127.0.0.1:2             ESTABLISHED\n";
        assertEquals(pass + pass, r.out());
        assertEquals(ExitCodes.INTERRUPTED, r.status());
    }

    @Test
    void aFailedPassEndsTheRepetition() {
        SnapshotBackend b = new SnapshotBackend(List.of(), q -> List.of(new io.github.netstatx.core.model.Diagnostic(
                io.github.netstatx.core.model.Diagnostic.Code.SOURCE_MISSING,
                io.github.netstatx.core.model.Severity.WARNING, "sctp", "no sctp",
                io.github.netstatx.core.model.Protocol.SCTP, 0, null)));
        DialectRun r = DialectRun.of(List.of(b), StopSignal.manual(), "-Sc");
        assertEquals(1, r.status());
        assertEquals(1, b.queries.size() - 1, "one pass (plus the IPv4 check), no repetition");
    }
}
