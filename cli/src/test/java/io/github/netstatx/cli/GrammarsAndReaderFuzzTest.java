package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.json.DocumentReader;
import io.github.netstatx.cli.json.SnapshotFormatException;
import io.github.netstatx.cli.linux.GetoptLong;
import io.github.netstatx.cli.linux.NetToolsCommandLine;
import io.github.netstatx.cli.windows.WindowsGrammar;
import io.github.netstatx.core.fuzz.Fuzz;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: both dialect grammars and the JSON reader on generated input. The Linux grammar is compared
 * with GNU {@code getopt_long} itself, through util-linux {@code getopt}, which runs glibc's parser on the
 * same option string and long-option table and prints what it found; the Windows grammar and the reader
 * must only ever answer or refuse, never throw anything but their documented exception.
 */
class GrammarsAndReaderFuzzTest {

    /** net-tools' option string and long options, as the Linux grammar holds them. */
    private static final String SHORT = "A:CFMacdeghilnNoprsStuUvVWw2fx64?ZI:";

    private static final List<String> LONG_NAMES = List.of("ax25", "x25", "ip", "ipx", "appletalk", "netrom",
            "inet", "inet6", "ddp", "rose", "unix", "bluetooth", "tcpip", "version", "interfaces", "help", "route",
            "masquerade", "protocol", "tcp", "sctp", "udp", "udplite", "raw", "unix", "l2cap", "rfcomm",
            "listening", "all", "timers", "continuous", "extend", "programs", "verbose", "statistics", "wide",
            "numeric", "numeric-hosts", "numeric-ports", "numeric-users", "symbolic", "cache", "fib", "groups",
            "context");

    /**
     * A word of a command line: short clusters (valid and not), whole long options, values, operands. No
     * {@code -?}: net-tools takes it as an option, but getopt_long returns {@code '?'} for it, which
     * util-linux getopt cannot tell from an error (the golden tests cover {@code -?}).
     */
    private static String word(SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> {
                StringBuilder sb = new StringBuilder("-");
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append("tulpnaeAIzZc4x6WQ".charAt(r.nextInt(17)));
                }
                yield sb.toString();
            }
            case 2 -> "--" + Fuzz.oneOf(r, LONG_NAMES);
            case 3 -> "--" + Fuzz.oneOf(r, List.of("protocol=inet", "interfaces=eth0", "tcp=1", "bogus", "inet6",
                    "interfaces", "protocol", "numeric-users"));
            case 4 -> Fuzz.oneOf(r, List.of("inet", "unix,inet", "5", "eth0", "-", "--"));
            default -> "x" + r.nextInt(100);
        };
    }

    private static List<String> commandLine(SplittableRandom r) {
        List<String> args = new ArrayList<>();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            args.add(word(r));
        }
        return args;
    }

    /** What util-linux getopt prints for what GetoptLong found: options, then {@code --}, then operands. */
    private static String[] asGetoptPrints(List<String> args) {
        List<GetoptLong.LongOption> table = new ArrayList<>();
        for (String name : LONG_NAMES) {
            GetoptLong.ArgumentKind kind = name.equals("protocol") ? GetoptLong.ArgumentKind.REQUIRED
                    : name.equals("interfaces") ? GetoptLong.ArgumentKind.OPTIONAL : GetoptLong.ArgumentKind.NONE;
            table.add(new GetoptLong.LongOption(name, kind, 1));
        }
        GetoptLong g = new GetoptLong("netstat", SHORT, table, args, false);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (GetoptLong.Event e = g.next(); e != null; e = g.next()) {
            if (e instanceof GetoptLong.ShortOption s) {
                out.append(" -").append(s.option());
                if (s.argument() != null) {
                    out.append(" '").append(s.argument()).append('\'');
                }
            } else if (e instanceof GetoptLong.LongMatch m) {
                out.append(" --").append(m.option().name());
                if (m.option().argument() != GetoptLong.ArgumentKind.NONE) {
                    out.append(" '").append(m.argument() == null ? "" : m.argument()).append('\'');
                }
            } else if (e instanceof GetoptLong.Error x) {
                err.append(x.message()).append('\n');
            }
        }
        out.append(" --");
        for (String operand : g.operands()) {
            out.append(" '").append(operand).append('\'');
        }
        return new String[] {out.append('\n').toString(), err.toString()};
    }

    /**
     * GetoptLong is compared on a table whose entries differ only in argument kind, as util-linux builds
     * its table; that is where glibc's ambiguity rule needs net-tools' real table, which the golden tests
     * of NetToolsCommandLine cover. So long options are whole names here, never prefixes.
     */
    @Test
    void theLinuxGrammarFindsWhatGnuGetoptFinds() {
        RealTools.require("getopt", "util-linux");
        StringBuilder longs = new StringBuilder();
        for (String name : LONG_NAMES) {
            longs.append(longs.length() == 0 ? "" : ",").append(name)
                    .append(name.equals("protocol") ? ":" : name.equals("interfaces") ? "::" : "");
        }
        Fuzz.forAll("getopt_long", GrammarsAndReaderFuzzTest::commandLine, args -> {
            List<String> argv = new ArrayList<>(List.of("getopt", "-n", "netstat", "-o", SHORT, "-l",
                    longs.toString(), "--"));
            argv.addAll(args);
            RealTools.Result gnu = RealTools.run(argv, null, Map.of("LC_ALL", "C"), 30);
            String[] ours = asGetoptPrints(args);
            assertEquals(gnu.stdout(), ours[0], "options and operands of " + args);
            assertEquals(gnu.stderr(), ours[1], "messages for " + args);
        });
    }

    @Test
    void theLinuxDialectAnswersEveryCommandLine() {
        Fuzz.forAll("net-tools command line", GrammarsAndReaderFuzzTest::commandLine,
                args -> NetToolsCommandLine.parse(args, Map.of()));
    }

    @Test
    void theWindowsGrammarAnswersEveryCommandLine() {
        Fuzz.forAll("netstat.exe command line", r -> {
            List<String> args = new ArrayList<>();
            int n = r.nextInt(6);
            for (int i = 0; i < n; i++) {
                args.add(Fuzz.oneOf(r, List.of("-a", "/ano", "-p", "TCP", "tcpv6", "-", "/", "-?", "5",
                        "99999999999999999999", "-r", "-e", "-s", "-bno", "-x", "-q", "/P", "--help", "-ano5")));
            }
            return args;
        }, WindowsGrammar::parse);
    }

    private static byte[] golden(String name) {
        try (InputStream in = GrammarsAndReaderFuzzTest.class.getResourceAsStream(
                "/io/github/netstatx/cli/json/golden/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saved documents with random edits: read, or refused with a SnapshotFormatException; nothing else. */
    @Test
    void theJsonReaderReadsOrRefusesEditedDocuments() {
        List<byte[]> seeds = List.of(golden("everything.json"), golden("tcp-listeners.json"),
                golden("loopback-mix-aeop.json"));
        byte[] alphabet = "{}[]\":,0123456789-.eE truefalsnul\\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Fuzz.forAll("--input documents", r -> Fuzz.mutate(r, Fuzz.oneOf(r, seeds), alphabet), doc -> {
            try {
                new DocumentReader("fuzz.json").read(doc);
            } catch (SnapshotFormatException documented) {
                // the one way a document is refused
            }
        });
    }
}
