package io.github.netstatx.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseResultTest {

    private static Integer number(String line) {
        return line.chars().allMatch(Character::isDigit) ? Integer.valueOf(line) : null;
    }

    @Test
    void eachLineSkipsTheHeaderAndBlanksAndRecordsBadLinesByNumber() {
        ParseResult<Integer> r = ParseResult.eachLine(List.of("Header", "1", "", "x2", "3", "  ", "?"), 1,
                ParseResultTest::number);
        assertEquals(List.of(1, 3), r.items());
        assertEquals(List.of(4, 7), r.skippedLines());
    }

    @Test
    void skippedLinesBecomeOneMalformedLinesDiagnostic() {
        ParseResult<Integer> r = ParseResult.eachLine(List.of("1", "x", "y"), 0, ParseResultTest::number);
        Diagnostic d = r.malformedLines("netstat -Aan", Protocol.TCP).orElseThrow();
        assertEquals(Diagnostic.Code.MALFORMED_LINES, d.code());
        assertEquals("skipped 2 malformed lines in netstat -Aan", d.message());
        assertEquals(2, d.count());
        assertEquals(Protocol.TCP, d.protocol());
        assertTrue(ParseResult.eachLine(List.of("1"), 0, ParseResultTest::number)
                .malformedLines("x", null).isEmpty(), "nothing to say when nothing was skipped");
        assertEquals("skipped 1 malformed line in /proc/net/tcp",
                ParseResult.malformedLines("/proc/net/tcp", Protocol.TCP, 1).message());
    }
}
