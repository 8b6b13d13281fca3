package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AixGrammarTest {

    private static AixOptions listing(String... args) {
        return assertInstanceOf(AixGrammar.Listing.class, AixGrammar.parse(List.of(args))).options();
    }

    private static String usage(String... args) {
        return assertInstanceOf(AixGrammar.Usage.class, AixGrammar.parse(List.of(args))).reason();
    }

    @Test
    void lettersClusterAndValuesGlueOrFollow() {
        AixOptions o = listing("-Aan", "-f", "inet6");
        assertEquals(EnumSet.of(AixFlag.ALL, AixFlag.PCB_ADDRESSES, AixFlag.NUMERIC), EnumSet.copyOf(o.flags()));
        assertEquals(Optional.of("inet6"), o.family());
        assertEquals(Optional.of("inet"), listing("-rnfinet").family());
        assertEquals(Optional.of("en0"), listing("-in", "-I", "en0").interfaceName());
        assertEquals(Optional.of("tcp"), listing("-p", "tcp").protocol());
    }

    @Test
    void theStatisticsLetterTwiceLeavesZerosOut() {
        assertEquals(false, listing("-s").nonZeroOnly());
        assertEquals(true, listing("-ss").nonZeroOnly());
        assertEquals(true, listing("-s", "-s", "-p", "udp").nonZeroOnly());
        assertEquals(false, listing("-sn").nonZeroOnly());
    }

    @Test
    void aBareNumberIsTheInterval() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), listing("-in", "5").interval());
        assertEquals(Optional.empty(), listing("-in", "0").interval());
        assertEquals("a second interval: 6", usage("-in", "5", "6"));
    }

    @Test
    void badCommandLines() {
        assertEquals("illegal option -- x", usage("-anx"));
        assertEquals("option requires an argument -- f", usage("-an", "-f"));
        assertEquals("ipx: unknown address family", usage("-f", "ipx"));
        assertEquals("unexpected argument /unix", usage("-an", "/unix"));
        assertEquals("-Zs clears kernel statistics; netstatx never does", usage("-Zs"));
        assertInstanceOf(AixGrammar.NetstatxHelp.class, AixGrammar.parse(List.of("-an", "--help")));
    }
}
