package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderers never look at the OS: Windows-shaped model data (PIDs without names, module names,
 * scope ids, BOUND and DELETE_TCB rows, long IPv6 pairs) rendered through the Linux dialect comes out in
 * net-tools' layout, with the words documented in the linux dialect for states net-tools never sees.
 */
class LinuxDialectOnWindowsDataTest {

    private static CommandRun linux(String... args) {
        FakeBackend b = new FakeBackend(WindowsShapedModel.HOST, WindowsShapedModel.sockets(), List.of());
        String[] all = new String[args.length + 2];
        all[0] = "--dialect";
        all[1] = "linux";
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.onLinux(b, all);
    }

    /**
     * Reviewed by hand against net-tools 2.10's rules (linux.md A.6, A.7, A.10): host:port cut to 23
     * without -W, no scope suffix, UDP state blank, `PID/` for a process without a name (PID 4, System),
     * and BOUND and DELETE_TCB printed as CLOSE, the word net-tools uses for a TCB that is neither
     * listening nor connected.
     */
    @Test
    void tuanpInNetToolsLayout() {
        CommandRun r = linux("-tuanp");
        assertEquals(0, r.status());
        assertEquals("", r.err());
        assertEquals(""
                + "Active Internet connections (servers and established)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n"
                + "tcp        0      0 10.0.2.15:54628         172.226.117.113:443     ESTABLISHED 5012/firefox.exe    \n"
                + "tcp        0      0 0.0.0.0:445             0.0.0.0:*               LISTEN      4/                  \n"
                + "tcp        0      0 0.0.0.0:135             0.0.0.0:*               LISTEN      748/svchost.exe     \n"
                + "tcp        0      0 10.0.2.15:54630         2.19.78.144:80          TIME_WAIT   -                   \n"
                + "tcp        0      0 0.0.0.0:50100           0.0.0.0:*               CLOSE       44328/app.exe       \n"
                + "tcp        0      0 10.0.2.15:54700         10.0.2.2:3389           CLOSE       1200/svchost.exe    \n"
                + "tcp        0      0 127.0.0.1:1521          127.0.0.1:49692         ESTABLISHED 3100/oracle.exe     \n"
                + "tcp        0      0 10.0.2.15:139           0.0.0.0:*               LISTEN      4/                  \n"
                + "tcp        0      0 10.0.2.15:54701         93.184.216.34:80        SYN_SENT    5012/firefox.exe    \n"
                + "tcp6       0      0 ::1:49670               ::1:49671               CLOSE_WAIT  3100/oracle.exe     \n"
                + "tcp6       0      0 fe80::e900:66ee:c9a:389 fe80::e900:66ee:c:52934 ESTABLISHED 628/lsass.exe       \n"
                + "tcp6       0      0 2001:db8:85a3:123:49800 2001:db8:ffff:ffff::443 FIN_WAIT1   5012/firefox.exe    \n"
                + "tcp6       0      0 :::135                  :::*                    LISTEN      748/svchost.exe     \n"
                + "udp        0      0 0.0.0.0:5353            0.0.0.0:*                           2000/svchost.exe    \n"
                + "udp        0      0 0.0.0.0:123             0.0.0.0:*                           1234/svchost.exe    \n"
                + "udp        0      0 0.0.0.0:5353            0.0.0.0:*                           2001/svchost.exe    \n"
                + "udp6       0      0 fe80::88a3:7388:e822:53 :::*                                3000/dns.exe        \n"
                + "udp6       0      0 :::5353                 :::*                                2000/svchost.exe    \n", r.out());
    }

    /** With -W the long IPv6 pairs push the columns right, TCP padding to max(23, length), UDP to 23. */
    @Test
    void tuanWideKeepsLongIpv6() {
        CommandRun r = linux("-tuanW");
        assertEquals(""
                + "Active Internet connections (servers and established)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
                + "tcp        0      0 10.0.2.15:54628         172.226.117.113:443     ESTABLISHED\n"
                + "tcp        0      0 0.0.0.0:445             0.0.0.0:*               LISTEN     \n"
                + "tcp        0      0 0.0.0.0:135             0.0.0.0:*               LISTEN     \n"
                + "tcp        0      0 10.0.2.15:54630         2.19.78.144:80          TIME_WAIT  \n"
                + "tcp        0      0 0.0.0.0:50100           0.0.0.0:*               CLOSE      \n"
                + "tcp        0      0 10.0.2.15:54700         10.0.2.2:3389           CLOSE      \n"
                + "tcp        0      0 127.0.0.1:1521          127.0.0.1:49692         ESTABLISHED\n"
                + "tcp        0      0 10.0.2.15:139           0.0.0.0:*               LISTEN     \n"
                + "tcp        0      0 10.0.2.15:54701         93.184.216.34:80        SYN_SENT   \n"
                + "tcp6       0      0 ::1:49670               ::1:49671               CLOSE_WAIT \n"
                + "tcp6       0      0 fe80::e900:66ee:c9a5:cec9:389 fe80::e900:66ee:c9a5:cec9:52934 ESTABLISHED\n"
                + "tcp6       0      0 2001:db8:85a3:1234:5678:8a2e:370:7334:49800 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff:443 FIN_WAIT1  \n"
                + "tcp6       0      0 :::135                  :::*                    LISTEN     \n"
                + "udp        0      0 0.0.0.0:5353            0.0.0.0:*                          \n"
                + "udp        0      0 0.0.0.0:123             0.0.0.0:*                          \n"
                + "udp        0      0 0.0.0.0:5353            0.0.0.0:*                          \n"
                + "udp6       0      0 fe80::88a3:7388:e822:ac71:53 :::*                               \n"
                + "udp6       0      0 :::5353                 :::*                               \n", r.out());
    }
}
