package io.github.netstatx.cli.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Linux-dialect views against real net-tools 2.10 output for the same frozen namespace
 * ({@code fixtures/views/ns1}): every recorded invocation ({@code -i -ia -ie -iae -in}, {@code -r -rn -re -rne
 * -ree -rnee -rC -rFC -r6 -rn6 -r46}, {@code -s -st -su -sw -sU -s6 -st6 -su6 -sw6}, {@code -g -gn}) must give
 * the same stdout, stderr and exit status, byte for byte.
 */
class LinuxViewsGoldenTest {

    /** Intentional differences, each tested on its own in {@link LinuxViewsTest}. */
    private static final Set<String> DEVIATIONS = Set.of(
            "M"); // 2.10 cannot read masquerading on any current kernel; netstatx reads connection tracking

    @TestFactory
    Stream<DynamicTest> sameBytesAsNetTools() {
        return cases(new ViewCapture("ns1"));
    }

    /**
     * The interface views of {@code fixtures/views/nl1}: a namespace whose sysfs showed the host, recorded as
     * rtnetlink dumps (flags, MTU, addresses, asked-for PROMISC/ALLMULTI, a tun, a down pair).
     */
    @TestFactory
    Stream<DynamicTest> netlinkCaptureSameBytesAsNetTools() {
        return cases(new ViewCapture("nl1"));
    }

    private static Stream<DynamicTest> cases(ViewCapture capture) {
        return capture.cases().stream().filter(c -> !DEVIATIONS.contains(c.name()))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    ViewCapture.Result r = capture.run(c.args());
                    assertAll(
                            () -> assertEquals(text(c.stdout()), text(r.stdout()), "stdout"),
                            () -> assertEquals(text(c.stderr()), text(r.stderr()), "stderr"),
                            () -> assertEquals(c.status(), r.status(), "exit status"));
                }));
    }

    /** Bytes as text one-to-one, so a difference shows where it is. */
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
