package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtensionOptionsTest {

    @Test
    void netstatxOptionsAreTakenOutAndTheRestKeepsItsOrder() throws Exception {
        ExtensionOptions o = ExtensionOptions.extract(List.of("-t", "--dialect", "windows", "-u",
                "--backend=linux-procfs", "--fs-root", "/fx", "--list-backends", "-l"));
        assertEquals(Optional.of("windows"), o.dialect());
        assertEquals(Optional.of("linux-procfs"), o.backend());
        assertEquals(Optional.of(Path.of("/fx")), o.fsRoot());
        assertTrue(o.listBackends());
        assertEquals(List.of("-t", "-u", "-l"), o.remaining());
    }

    @Test
    void translateIsAFlagAndKeepsTheArgumentsToTranslate() throws Exception {
        ExtensionOptions o = ExtensionOptions.extract(List.of("--translate", "-ano", "--dialect", "windows"));
        assertTrue(o.translate());
        assertEquals(Optional.of("windows"), o.dialect());
        assertEquals(List.of("-ano"), o.remaining());
        assertEquals(false, ExtensionOptions.extract(List.of("-ano")).translate());
    }

    @Test
    void doubleDashEndsExtraction() throws Exception {
        ExtensionOptions o = ExtensionOptions.extract(List.of("--", "--dialect", "x"));
        assertEquals(Optional.empty(), o.dialect());
        assertEquals(List.of("--", "--dialect", "x"), o.remaining());
    }

    @Test
    void outputDashIsStandardOutputAndDotSlashDashIsAFile() throws Exception {
        assertEquals(Optional.empty(), ExtensionOptions.extract(List.of("--output", "-", "-tan")).output());
        assertEquals(Optional.empty(), ExtensionOptions.extract(List.of("--output=-")).output());
        assertEquals(Optional.of(Path.of("./-")), ExtensionOptions.extract(List.of("--output", "./-")).output());
        assertEquals("option '--output' requires a file name ('-' for standard output)", assertThrows(
                ExtensionOptions.UsageException.class, () -> ExtensionOptions.extract(List.of("--output="))).getMessage());
    }

    @Test
    void aMissingValueIsAUsageError() {
        var e = assertThrows(ExtensionOptions.UsageException.class,
                () -> ExtensionOptions.extract(List.of("-t", "--backend")));
        assertEquals("option '--backend' requires an argument", e.getMessage());
    }

    @Test
    void jsonChangesAndInputAreTakenOut() throws Exception {
        ExtensionOptions o = ExtensionOptions.extract(List.of("--json", "-tan", "--changes", "--input=-", "5"));
        assertEquals(OutputFormat.JSON, o.format());
        assertTrue(o.changes());
        assertEquals(Optional.of("-"), o.input());
        assertEquals(List.of("-tan", "5"), o.remaining());
        assertEquals(OutputFormat.TABLE, ExtensionOptions.extract(List.of("-tan")).format());
        assertEquals(OutputFormat.JSON, ExtensionOptions.extract(List.of("--format", "json")).format());
        assertEquals(OutputFormat.TABLE, ExtensionOptions.extract(List.of("--json", "--format=table")).format());
        assertTrue(ExtensionOptions.extract(List.of("--json-schema")).jsonSchema());
    }

    @Test
    void badFormatAndInputUsesAreUsageErrors() {
        assertEquals("unknown output format 'yaml' for --format (table, json, jc, prometheus)", assertThrows(
                ExtensionOptions.UsageException.class, () -> ExtensionOptions.extract(List.of("--format", "yaml")))
                .getMessage());
        assertEquals("option '--input' requires a file name ('-' for standard input)", assertThrows(
                ExtensionOptions.UsageException.class, () -> ExtensionOptions.extract(List.of("--input="))).getMessage());
        assertEquals("--input renders a saved snapshot; it cannot be combined with --backend", assertThrows(
                ExtensionOptions.UsageException.class,
                () -> ExtensionOptions.extract(List.of("--input", "a.json", "--backend", "linux-procfs"))).getMessage());
    }
}
