package io.github.netstatx.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.ExtensionOptions;
import io.github.netstatx.cli.NetstatxHelp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one options table against the shared-option parser, both dialects' help and README's table. */
class OptionTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String README_TABLE_HEADING = "## Options netstatx adds to both dialects";

    @Test
    void everyNameIsUsedOnce() {
        Set<String> seen = new HashSet<>();
        for (CliOption o : OptionTable.ALL) {
            for (String name : o.names()) {
                assertTrue(seen.add(name), name + " appears twice in the table");
            }
        }
    }

    @Test
    void theSharedOptionParserTakesEveryOptionOfBothDialectsOffTheCommandLine() throws Exception {
        for (CliOption o : OptionTable.of(OptionScope.BOTH)) {
            for (String name : o.names()) {
                List<String> args = new ArrayList<>(List.of(name));
                if (o.arity() == ValueArity.REQUIRED) {
                    args.add(!o.choices().isEmpty() ? o.choices().get(0) : sampleValue(o.label()));
                }
                ExtensionOptions parsed = ExtensionOptions.extract(args);
                assertEquals(List.of(), parsed.remaining(), name + " is in the table but the parser passes it on");
                if (o.arity() == ValueArity.OPTIONAL_ATTACHED) {
                    String attached = name + "=" + o.choices().get(0);
                    assertEquals(List.of(), ExtensionOptions.extract(List.of(attached)).remaining(), attached);
                }
            }
        }
    }

    /** A value the parser takes for an option with this value label (filters check theirs). */
    private static String sampleValue(String label) {
        return switch (label) {
            case "SIZE" -> "64M";
            case "STATES" -> "LISTEN";
            case "PORTS" -> "443";
            case "ADDRS" -> "10.0.0.0/8";
            case "PIDS" -> "1";
            default -> "x";
        };
    }

    @Test
    void bothDialectsHelpListEveryAddition() {
        String windowsHelp = String.join("\n", NetstatxHelp.LINES);
        String linuxHelp = AdditionsHelp.netToolsBlock();
        for (CliOption o : OptionTable.of(OptionScope.BOTH)) {
            assertTrue(windowsHelp.contains("  " + o.synopsis() + "  "), "windows --help lacks " + o.synopsis());
            assertTrue(linuxHelp.contains(" " + o.synopsis() + "  "), "linux -h lacks " + o.synopsis());
        }
        for (CliOption o : OptionTable.of(OptionScope.LINUX_ADDITION)) {
            assertTrue(linuxHelp.contains(" " + o.synopsis() + "  "), "linux -h lacks " + o.synopsis());
        }
    }

    @Test
    void readmeOptionsTableListsEveryAdditionAndNothingElse() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(README_TABLE_HEADING);
        assertTrue(start >= 0, "README lost its section '" + README_TABLE_HEADING + "'");
        int end = readme.indexOf("\n#", start + README_TABLE_HEADING.length());
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(--?[a-z0-9-]+)").matcher(readme.substring(start, end));
        while (row.find()) {
            listed.add(row.group(1));
        }
        Set<String> expected = new TreeSet<>();
        for (CliOption o : OptionTable.of(OptionScope.BOTH)) {
            expected.add(o.names().get(0));
        }
        assertEquals(expected, listed, "README's options table and the options table differ");
    }
}
