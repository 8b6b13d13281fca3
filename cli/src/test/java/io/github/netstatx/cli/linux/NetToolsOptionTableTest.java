package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.options.CliOption;
import io.github.netstatx.cli.options.OptionScope;
import io.github.netstatx.cli.options.OptionTable;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The options table's Linux-dialect entries are exactly what the net-tools grammar reads. */
class NetToolsOptionTableTest {

    @Test
    void tableAndGrammarNameTheSameOptions() {
        Set<String> grammar = new TreeSet<>();
        for (char c : NetToolsCommandLine.SHORT_OPTIONS.toCharArray()) {
            if (c != ':') {
                grammar.add("-" + c);
            }
        }
        for (GetoptLong.LongOption o : NetToolsCommandLine.LONG_OPTIONS) {
            grammar.add("--" + o.name());
        }
        Set<String> table = new TreeSet<>();
        for (CliOption o : OptionTable.ALL) {
            if (o.scope() == OptionScope.NET_TOOLS || o.scope() == OptionScope.LINUX_ADDITION) {
                table.addAll(o.names());
            }
        }
        assertEquals(grammar, table);
    }
}
