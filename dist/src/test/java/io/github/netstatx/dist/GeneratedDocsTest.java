package io.github.netstatx.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.options.CliOption;
import io.github.netstatx.cli.options.OptionTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/** The spec, the man page source and every completion script name every option of the table. */
class GeneratedDocsTest {

    private final CommandSpec spec = OptionCommandSpec.create("test");

    @Test
    void theSpecHoldsEveryOptionOfTheTableWithItsValues() {
        Set<String> specNames = new HashSet<>();
        for (OptionSpec o : spec.options()) {
            specNames.addAll(Set.of(o.names()));
        }
        for (CliOption o : OptionTable.ALL) {
            for (String name : o.names()) {
                assertTrue(specNames.remove(name), name + " is missing from the picocli spec");
            }
            if (!o.choices().isEmpty()) {
                OptionSpec option = spec.findOption(o.names().get(0));
                Set<String> candidates = new HashSet<>();
                option.completionCandidates().forEach(candidates::add);
                assertEquals(Set.copyOf(o.choices()), candidates, o.names().get(0));
            }
        }
        assertEquals(Set.of(), specNames, "options in the spec that the table does not have");
    }

    @Test
    void everyCompletionScriptAndTheManPageNameEveryOption() {
        StringWriter adoc = new StringWriter();
        try (PrintWriter pw = new PrintWriter(adoc)) {
            ManPageGenerator.writeSingleManPage(pw, spec);
        }
        Set<String> manTerms = new HashSet<>();
        adoc.toString().lines().filter(l -> l.endsWith("::"))
                .forEach(l -> manTerms.addAll(Set.of(l.replaceAll("[*_:]", "").split("[ ,=\\[\\]]+"))));
        String bash = CompletionScripts.bash(spec);
        String zsh = CompletionScripts.zsh(spec);
        String fish = CompletionScripts.fish(spec);
        String powerShell = CompletionScripts.powerShell(spec);
        for (CliOption o : OptionTable.ALL) {
            for (String name : o.names()) {
                assertTrue(manTerms.contains(name), "man page lacks " + name);
                assertTrue(bash.contains(name), "bash completion lacks " + name);
                assertTrue(zsh.contains("'*" + name), "zsh completion lacks " + name);
                assertTrue(powerShell.contains("Name = '" + name + "'"), "PowerShell completion lacks " + name);
                String fishWord = name.startsWith("--") ? "-l '" + name.substring(2) + "'"
                        : name.startsWith("-") ? "-s '" + name.substring(1) + "'" : "-a '" + name + "'";
                assertTrue(fish.contains(fishWord), "fish completion lacks " + name);
            }
        }
        // An apostrophe in a summary closes and reopens zsh's single quotes ('\'').
        assertTrue(zsh.contains("--dialect=[read the options as net-tools netstat (linux), netstat.exe (windows), AIX"
                + " netstat (aix) or Apple'\\''s netstat (macos)]:DIALECT:(linux windows aix macos)"), zsh);
        assertTrue(fish.contains("-l 'input' -r -F"), "--input completes file names in fish");
    }
}
