package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.options.CliOption;
import io.github.netstatx.cli.options.OptionScope;
import io.github.netstatx.cli.options.OptionTable;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The options table's Windows-dialect entries are exactly what the netstat.exe grammar reads. */
class NetstatExeOptionTableTest {

    @Test
    void tableAndGrammarNameTheSameOptions() {
        Set<String> grammar = new TreeSet<>(Set.of("/p", "/?"));
        for (WindowsFlag f : WindowsFlag.values()) {
            grammar.add("/" + f.letter());
        }
        Set<String> table = new TreeSet<>();
        for (CliOption o : OptionTable.of(OptionScope.NETSTAT_EXE)) {
            table.addAll(o.names());
        }
        assertEquals(grammar, table);
    }
}
