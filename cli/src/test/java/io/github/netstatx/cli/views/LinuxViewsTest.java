package io.github.netstatx.cli.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the Linux-dialect views differ from net-tools 2.10 on purpose (README "where we differ"), checked
 * over the captured namespace {@code fixtures/views/ns1} against what 2.10 itself printed there.
 */
class LinuxViewsTest {

    private final ViewCapture capture = new ViewCapture("ns1");

    private ViewCapture.Result run(String... args) {
        return capture.run(List.of(args));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private String netstat(String name) {
        return capture.cases().stream().filter(c -> c.name().equals(name)).map(c -> text(c.stdout())).findFirst()
                .orElseThrow();
    }

    /** The lines of a real netstat output that start with {@code prefix}. */
    private String netstatRows(String name, String prefix) {
        StringBuilder sb = new StringBuilder();
        netstat(name).lines().filter(l -> l.startsWith(prefix)).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    @Test
    void dashCapitalIPicksOneRowOfTheTable() {
        String title = "Kernel Interface table\n";
        String header = netstat("ia").lines().skip(1).findFirst().orElseThrow() + "\n";
        assertEquals(title + header + netstatRows("ia", "v0 "), text(run("-I", "v0").stdout()));
        assertEquals(title + header + netstatRows("ia", "lo "), text(run("-I=lo").stdout()));
        // a down interface is shown when asked for by name
        assertEquals(title + header + netstatRows("ia", "ifb9 "), text(run("-Iifb9").stdout()));
    }

    @Test
    void longInterfacesOptionTakesTheNameOfAnAliasToo() {
        String ie = netstat("ie");
        String block = ie.substring(ie.indexOf("\nv0:1: ") + 1);
        block = block.substring(0, block.indexOf("\n\n") + 2);
        assertEquals("Kernel Interface table\n" + block, text(run("--interfaces=v0:1", "-e").stdout()));
        assertEquals(netstat("i"), text(run("--interfaces").stdout()));
    }

    @Test
    void anUnknownInterfaceIsAnError() {
        ViewCapture.Result r = run("-I", "eth9");
        assertEquals("eth9: error fetching interface information: Device not found\n", text(r.stderr()));
        assertEquals(1, r.status());
    }

    @Test
    void masqueradeListsTheSourceNatOfConnectionTracking() {
        // 2.10 printed "no support for `ip_masquerade'" (netstat/M.err); the tree's nf_conntrack has one
        // source-NATed flow: 10.1.0.1:40000 -> 10.1.0.77:53, replies to 10.1.0.2:40000, 23 s left.
        assertEquals("netstat: no support for `ip_masquerade' on this system.\n",
                capture.cases().stream().filter(c -> c.name().equals("M")).map(c -> text(c.stderr())).findFirst()
                        .orElseThrow());
        assertEquals("IP masquerading entries\n"
                + "prot   expire source               destination          ports\n"
                + "udp   0:23.00 10.1.0.1             10.1.0.77            40000 -> domain (40000)\n",
                text(run("-M").stdout()));
        assertEquals("IP masquerading entries\n"
                + "prot   expire    initseq delta prevd source               destination          ports\n"
                + "udp   0:23.00          0     0     - 10.1.0.1             10.1.0.77            40000 -> 53 (40000)\n",
                text(run("-Mne").stdout()));
    }

    @Test
    void repeatedInterfaceTablePrintsItsTitleOnceAndTheHeaderEachPass() throws Exception {
        String header = netstat("i").lines().skip(1).findFirst().orElseThrow();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        io.github.netstatx.cli.StopSignal stop = io.github.netstatx.cli.StopSignal.manual();
        Thread stopper = new Thread(() -> {
            // stop once the second pass is out (each pass is flushed before the one-second wait)
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (text(out.toByteArray()).split(header, -1).length < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            stop.requestStop();
        });
        stopper.start();
        ViewCapture.Result r = capture.run(List.of("-ic"), out, stop);
        stopper.join();
        String pass = netstat("i").substring("Kernel Interface table\n".length());
        assertEquals("Kernel Interface table\n" + pass + pass, text(out.toByteArray()));
        assertEquals(130, r.status());
    }
}
