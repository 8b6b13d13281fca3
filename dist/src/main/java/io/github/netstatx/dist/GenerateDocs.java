package io.github.netstatx.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step of the {@code dist} module: writes the man page and the shell completions, all from the
 * options table through one picocli {@link CommandSpec}.
 *
 * <p>Usage: {@code GenerateDocs OUTPUT_DIR VERSION}. Writes {@code man/man1/netstatx.1} (picocli-codegen's
 * AsciiDoc, turned into troff by Asciidoctor's manpage converter), {@code completions/netstatx.bash},
 * {@code completions/_netstatx} (zsh), {@code completions/netstatx.fish} and {@code completions/netstatx.ps1}.
 */
public final class GenerateDocs {

    private static final Pattern SINGLE_NAME_TERM = Pattern.compile("(?m)^(\\*[^*\\n]+\\*),( _[^_\\n]+_)?\\s*::$");

    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateDocs OUTPUT_DIR VERSION");
        }
        Path out = Path.of(args[0]);
        CommandSpec spec = OptionCommandSpec.create(args[1]);
        Path completions = Files.createDirectories(out.resolve("completions"));
        write(completions.resolve("netstatx.bash"), CompletionScripts.bash(spec));
        write(completions.resolve("_netstatx"), CompletionScripts.zsh(spec));
        write(completions.resolve("netstatx.fish"), CompletionScripts.fish(spec));
        write(completions.resolve("netstatx.ps1"), CompletionScripts.powerShell(spec));
        Path man = Files.createDirectories(out.resolve("man").resolve("man1"));
        Path adoc = out.resolve("netstatx.adoc");
        write(adoc, asciiDoc(spec));
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.convertFile(adoc.toFile(), Options.builder()
                    .backend("manpage")
                    .safe(SafeMode.UNSAFE)
                    .toFile(man.resolve("netstatx.1").toFile())
                    .attributes(Attributes.builder().attributes(Map.of("mansource", "netstatx " + args[1],
                            "manmanual", "netstatx manual", "reproducible", "")).build())
                    .build());
        }
        if (!Files.isRegularFile(man.resolve("netstatx.1"))) {
            throw new IOException("Asciidoctor wrote no man page");
        }
    }

    /**
     * picocli-codegen's AsciiDoc. Its option terms end in a comma when an option has a single name
     * ({@code *-d*, ::}); that comma is dropped.
     */
    private static String asciiDoc(CommandSpec spec) {
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            ManPageGenerator.writeSingleManPage(pw, spec);
        }
        return SINGLE_NAME_TERM.matcher(sw.toString()).replaceAll("$1$2::");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
