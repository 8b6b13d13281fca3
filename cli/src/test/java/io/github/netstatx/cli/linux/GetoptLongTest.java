package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.cli.linux.GetoptLong.ArgumentKind;
import io.github.netstatx.cli.linux.GetoptLong.LongOption;
import io.github.netstatx.core.text.SurrogateEscape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** glibc getopt_long behaviour, on a small table shaped like net-tools' (expected texts from glibc 2.36). */
class GetoptLongTest {

    private static final List<LongOption> TABLE = List.of(
            new LongOption("inet", ArgumentKind.NONE, 1),
            new LongOption("inet6", ArgumentKind.NONE, 1),
            new LongOption("interfaces", ArgumentKind.NONE, 'i'),
            new LongOption("protocol", ArgumentKind.REQUIRED, 'A'),
            new LongOption("numeric", ArgumentKind.NONE, 'n'),
            new LongOption("numeric-hosts", ArgumentKind.NONE, '!'),
            new LongOption("unix", ArgumentKind.NONE, 1),
            new LongOption("udp", ArgumentKind.NONE, 'u'),
            new LongOption("unix", ArgumentKind.NONE, 'x'));

    /** Every event as text: "-t", "-A=inet", "--inet#0", "!message", then "| operands" and "> trailing". */
    private static String parse(boolean posixlyCorrect, String... args) {
        GetoptLong g = new GetoptLong("netstat", "A:intux?", TABLE, List.of(args), posixlyCorrect);
        List<String> events = new ArrayList<>();
        for (GetoptLong.Event e = g.next(); e != null; e = g.next()) {
            if (e instanceof GetoptLong.ShortOption s) {
                events.add("-" + s.option() + (s.argument() == null ? "" : "=" + s.argument()));
            } else if (e instanceof GetoptLong.LongMatch m) {
                events.add("--" + m.option().name() + "#" + m.index() + (m.argument() == null ? "" : "=" + m.argument()));
            } else {
                events.add("!" + ((GetoptLong.Error) e).message());
            }
        }
        return String.join(" ", events) + " | " + String.join(" ", g.operands()) + " > " + g.trailingOperand();
    }

    private static String parse(String... args) {
        return parse(false, args);
    }

    @Test
    void clustersShortOptions() {
        assertEquals("-t -u -x -n |  > null", parse("-tuxn"));
    }

    @Test
    void takesARequiredArgumentGluedOrFromTheNextWord() {
        assertEquals("-A=inet -t -A=inet6 |  > null", parse("-Ainet", "-tA", "inet6"));
        assertEquals("-A=-t |  > null", parse("-A", "-t"));
    }

    @Test
    void reportsAMissingArgumentOfAShortOption() {
        assertEquals("-t !netstat: option requires an argument -- 'A' |  > null", parse("-tA"));
    }

    @Test
    void reportsAnInvalidOptionAndGoesOnInTheCluster() {
        assertEquals("!netstat: invalid option -- 'y' -t |  > null", parse("-yt"));
        assertEquals("!netstat: invalid option -- ':' |  > null", parse("-:"));
    }

    @Test
    void reportsTheFirstByteOfANonAsciiOption() {
        String message = parse("-\u00e9").split(" \\| ")[0];
        assertEquals("!netstat: invalid option -- '" + SurrogateEscape.decode(new byte[] {(byte) 0xC3}) + "'", message);
    }

    @Test
    void acceptsAQuestionMarkThatIsInTheOptionString() {
        assertEquals("-? |  > null", parse("-?"));
    }

    @Test
    void matchesLongOptionsExactlyOrByUniquePrefix() {
        assertEquals("--interfaces#2 --numeric-hosts#5 |  > null", parse("--interf", "--numeric-h"));
        assertEquals("--numeric#4 |  > null", parse("--numeric"));
    }

    @Test
    void treatsPrefixMatchesThatActAlikeAsOne() {
        // inet and inet6 both return 1 without argument: glibc takes the first.
        assertEquals("--inet#0 |  > null", parse("--ine"));
    }

    @Test
    void listsTheConflictingMatchesOfAnAmbiguousPrefix() {
        assertEquals("!netstat: option '--in' is ambiguous; possibilities: '--inet' '--interfaces' |  > null",
                parse("--in"));
        assertEquals("!netstat: option '--u=1' is ambiguous; possibilities: '--unix' '--udp' '--unix' |  > null",
                parse("--u=1"));
    }

    @Test
    void takesLongArgumentsAfterEqualsOrFromTheNextWord() {
        assertEquals("--protocol#3=inet --protocol#3=unix --protocol#3= |  > null",
                parse("--protocol=inet", "--proto", "unix", "--protocol="));
    }

    @Test
    void namesTheFullOptionInArgumentErrors() {
        assertEquals("!netstat: option '--protocol' requires an argument |  > null", parse("--proto"));
        assertEquals("!netstat: option '--interfaces' doesn't allow an argument |  > null", parse("--int=eth0"));
    }

    @Test
    void reportsUnknownLongOptionsWithTheirValue() {
        assertEquals("!netstat: unrecognized option '--foo=bar' |  > null", parse("--foo=bar"));
    }

    @Test
    void permutesNonOptionWords() {
        assertEquals("-t -u | 1 foo > null", parse("1", "-t", "foo", "-u"));
        assertEquals("-t | - 7 > 7", parse("-", "-t", "7"));
    }

    @Test
    void stopsAtDoubleDash() {
        assertEquals("-t | -u 5 > 5", parse("-t", "--", "-u", "5"));
        assertEquals("-t |  > null", parse("-t", "--"));
    }

    @Test
    void stopsAtTheFirstWordWhenPosixlyCorrect() {
        assertEquals("-n | 1 -t > -t", parse(true, "-n", "1", "-t"));
    }

    @Test
    void aConsumedArgumentIsNoTrailingOperand() {
        assertEquals("-A=5 | 5 > null", parse("5", "-A", "5"));
    }

    @Test
    void endsWithNullAndStaysThere() {
        GetoptLong g = new GetoptLong("netstat", "t", List.of(), List.of("-t"), false);
        g.next();
        assertNull(g.next());
        assertNull(g.next());
    }
}
