package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Apple netstat's command line: getopt's diagnostics, errx messages, the usage text and exit status 1. */
class AppleGrammarTest {

    private static final String USAGE = String.join("\n", AppleUsage.LINES) + "\n";

    private static CommandRun run(String... args) throws Exception {
        return new AppleRun(new FakeBackend(new HostInfo("mac", OsFamily.MACOS, "14.5", null, "arm64"), List.of(),
                List.of())).run(args);
    }

    @Test
    void anUnknownLetterIsGetoptsIllegalOptionThenTheUsage() throws Exception {
        CommandRun r = run("-an", "-y");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("netstat: illegal option -- y\n" + USAGE, r.err());
        assertTrue(USAGE.startsWith("Usage:\tnetstat [-AaLlnW] [-f address_family | -p protocol]\n"));
        assertTrue(USAGE.endsWith("\tnetstat -rs [-s]\n\n"), "fprintf(\"%s\\n\") after the text's own newline");
    }

    @Test
    void aMissingArgumentIsGetoptsOtherDiagnostic() throws Exception {
        CommandRun r = run("-p");
        assertEquals(1, r.status());
        assertEquals("netstat: option requires an argument -- p\n" + USAGE, r.err());
    }

    @Test
    void unknownFamilyAndProtocolAreErrxMessages() throws Exception {
        assertEquals("netstat: appletalk: unknown address family\n", run("-f", "appletalk").err());
        CommandRun r = run("-an", "-psctp");
        assertEquals(1, r.status());
        assertEquals("netstat: sctp: unknown or uninstrumented protocol\n", r.err());
    }

    @Test
    void protocolAliasesAndAttachedArguments() {
        AppleGrammar.Listing l = (AppleGrammar.Listing) AppleGrammar.parse(List.of("-anvptcp"));
        assertTrue(l.options().all() && l.options().numeric());
        assertEquals(1, l.options().verbose());
        assertEquals("tcp", l.options().protocol().orElseThrow().name());
        AppleGrammar.Listing alias = (AppleGrammar.Listing) AppleGrammar.parse(List.of("-p", "TCP"));
        assertEquals("tcp", alias.options().protocol().orElseThrow().name());
    }

    @Test
    void aBareNumberIsAnIntervalAndImpliesInterfaces() {
        AppleGrammar.Listing l = (AppleGrammar.Listing) AppleGrammar.parse(List.of("-n", "5"));
        assertTrue(l.options().interfaces());
        assertEquals(5, l.options().interval().orElseThrow());
        assertTrue(AppleGrammar.parse(List.of("0")) instanceof AppleGrammar.Usage, "interval <= 0 is the usage");
        AppleGrammar.Listing w = (AppleGrammar.Listing) AppleGrammar.parse(List.of("-w", "2", "-I", "en0"));
        assertEquals(2, w.options().interval().orElseThrow());
        assertEquals("en0", w.options().interfaceName().orElseThrow());
    }

    @Test
    void anEmptyHostPrintsNothingAtAll() throws Exception {
        CommandRun r = run("-an");
        assertEquals(0, r.status());
        assertEquals("", r.out(), "netstat prints a title only before its first row");
    }
}
