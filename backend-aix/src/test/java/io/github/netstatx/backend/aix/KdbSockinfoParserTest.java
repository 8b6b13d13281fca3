package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.ProcessRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KdbSockinfoParser} over sessions built from the two real lines in PROVENANCE.md ("kdb"): the blog's
 * control-block heading and UCMDB's process line; the second heading, the second and third process lines are
 * the same lines with other addresses, names and pids, to test the rules.
 */
class KdbSockinfoParserTest {

    private static final String HEADING = "---- TCPCB ----(@ F1000E0000180BB8)----";
    private static final String INETD = "pvproc+00E000   56*inetd    ACTIVE 003808A 00360AC 0000000001244400   0 0001";

    @Test
    void aProcessLineBelongsToTheControlBlockAboveItAndItsPidIsHex() {
        KdbSockinfoParser.Result r = KdbSockinfoParser.parse(HEADING + "\n" + INETD + "\n");
        assertEquals(List.of(ProcessRef.owner(229514, "inetd")), r.of("f1000e0000180bb8"),
                "netstat prints the address in lower case; 0x3808A is 229514");
        assertEquals(0, r.unreadable());
    }

    @Test
    void eachBlockKeepsItsOwnHoldersOnceEach() {
        String session = String.join("\n", HEADING, INETD, INETD,
                "---- TCPCB ----(@ F1000500038203B8)----",
                "pvproc+00F000   60*java     ACTIVE 0041002 0000001 0000000001250000   0 0031",
                "pvproc+00F400   61*java     ACTIVE 0041003 0041002 0000000001251000   0 0002", "");
        KdbSockinfoParser.Result r = KdbSockinfoParser.parse(session);
        assertEquals(List.of(ProcessRef.owner(229514, "inetd")), r.of("F1000E0000180BB8"));
        assertEquals(List.of(ProcessRef.owner(0x41002, "java"), ProcessRef.owner(0x41003, "java")),
                r.of("f1000500038203b8"));
        assertEquals(List.of(), r.of("f1000e000288c3b8"), "a socket kdb was not asked about has no holder");
    }

    @Test
    void aBlockWithoutAProcessLineNamesNoHolderAndNonActiveLinesAreNotHolders() {
        String session = String.join("\n", HEADING,
                "pvproc+00E000   56*inetd    ZOMBIE 003808A 00360AC 0000000001244400   0 0001", "");
        assertEquals(List.of(), KdbSockinfoParser.parse(session).of("f1000e0000180bb8"));
    }

    @Test
    void aProcessLineThatCannotBeTiedOrReadIsCountedNotGuessed() {
        String session = String.join("\n", INETD, HEADING, "pvproc+00E000   ACTIVE", "");
        KdbSockinfoParser.Result r = KdbSockinfoParser.parse(session);
        assertEquals(2, r.unreadable(), "one before any block, one too short to read");
        assertEquals(List.of(), r.of("f1000e0000180bb8"));
    }

    @Test
    void anAddressThatIsNotHexHasNoHolders() {
        assertEquals(List.of(), KdbSockinfoParser.parse(HEADING + "\n" + INETD).of("zzz"));
    }
}
