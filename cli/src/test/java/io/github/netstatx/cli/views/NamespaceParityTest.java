package io.github.netstatx.cli.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.ExternalCommands;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a live private network namespace ({@code src/test/resources/views/namespace-parity.sh}):
 * after a fixed bit of traffic, the real netstat 2.10 and {@code java -cp <test classpath>
 * io.github.netstatx.cli.Main} run one right after the other on the same quiet kernel state; the Linux dialect
 * must print the same bytes, and the Windows-dialect {@code -e -s -r} must carry the namespace's /proc numbers.
 * The namespace's /sys is not remounted (it shows the host's interfaces). Needs root (unshare -n -m, mount),
 * iproute2, python3 and net-tools 2.10.
 */
class NamespaceParityTest {

    private static final Path SCRIPT = Path.of("src/test/resources/views/namespace-parity.sh");

    /** The Linux-dialect invocations compared byte for byte. */
    private static final List<String> LINUX = List.of("-i", "-in", "-ie", "-ia", "-iae", "-r", "-rn", "-rne", "-ree", "-r6",
            "-rn6", "-s", "-st", "-su", "-sw", "-s6", "-g", "-gn");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> sameKernelStateSameOutput() throws Exception {
        Prerequisites.requireRoot("unshare -n -m and mount");
        Prerequisites.require(ExternalCommands.version("netstat", "-V").startsWith("net-tools 2.10"),
                "needs net-tools netstat 2.10");
        Prerequisites.require(!ExternalCommands.version("ip", "-V").isEmpty(), "needs iproute2's ip");
        List<String> cases = new ArrayList<>();
        for (String a : LINUX) {
            cases.add(name(a) + " both " + a);
        }
        cases.add("win-e windows -e");
        cases.add("win-s windows -s");
        cases.add("win-r windows -r");
        Path list = Files.write(tmp.resolve("cases"), cases);
        Path out = Files.createDirectories(tmp.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalCommands.run(List.of("bash", SCRIPT.toString(), out.toString(), java,
                System.getProperty("java.class.path"), list.toString()), Duration.ofSeconds(300));

        List<DynamicTest> tests = new ArrayList<>();
        for (String a : LINUX) {
            String n = name(a);
            tests.add(DynamicTest.dynamicTest("netstat " + a, () -> assertAll(
                    () -> assertEquals(read(out, n + ".netstat.out"), read(out, n + ".netstatx.out"), "stdout"),
                    () -> assertEquals(read(out, n + ".netstat.err"), read(out, n + ".netstatx.err"), "stderr"),
                    () -> assertEquals(read(out, n + ".netstat.rc"), read(out, n + ".netstatx.rc"), "status"))));
        }
        ProcNumbers proc = new ProcNumbers(out.resolve("proc-net"));
        tests.add(DynamicTest.dynamicTest("windows -e", () -> {
            List<String> e = read(out, "win-e.netstatx.out").lines().toList();
            assertEquals(String.format("%-21s%14d  %14d", "Bytes", proc.devSum(0), proc.devSum(8)), e.get(4));
            assertEquals(String.format("%-21s%14d  %14d", "Unicast packets", proc.devSum(1) - proc.devSum(7),
                    proc.devSum(9)), e.get(5));
        }));
        tests.add(DynamicTest.dynamicTest("windows -s", () -> {
            String s = read(out, "win-s.netstatx.out");
            assertTrue(s.contains("\n  Packets Received                   = " + proc.snmp("Ip", "InReceives") + "\n"));
            assertTrue(s.contains("\n  Packets Received                   = " + proc.snmp6("Ip6InReceives") + "\n"));
            assertTrue(s.contains("\n  Segments Received                   = " + proc.snmp("Tcp", "InSegs") + "\n"));
            assertTrue(s.contains("\n  Datagrams Sent        = " + proc.snmp("Udp", "OutDatagrams") + "\n"));
        }));
        tests.add(DynamicTest.dynamicTest("windows -r", () -> {
            String r = read(out, "win-r.netstatx.out");
            assertTrue(r.contains("\n          0.0.0.0          0.0.0.0      10.77.0.254        10.77.0.1      0\n"),
                    r);
            assertTrue(r.contains("\n        10.78.0.0      255.255.0.0        10.77.0.9        10.77.0.1      9\n"),
                    r);
            assertEquals(proc.routeLines().size() - 1, r.lines().filter(l -> l.matches(" +\\d+\\.\\d+\\.\\d+\\.\\d+ .*"))
                    .count(), "every route but the unreachable one");
        }));
        return tests.stream();
    }

    private static String name(String args) {
        return args.replace("-", "");
    }

    private static String read(Path dir, String file) throws IOException {
        return new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.ISO_8859_1);
    }
}
