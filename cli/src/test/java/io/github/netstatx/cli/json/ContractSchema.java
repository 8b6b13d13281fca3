package io.github.netstatx.cli.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published schema ({@code docs/schema/netstatx-1.schema.json}) with a real draft 2020-12 validator
 * (networknt), format assertions on. Tests validate every document they produce or keep as a golden
 * against it, so a change that breaks the contract fails the build.
 */
public final class ContractSchema {

    /** The published file, relative to the cli module (the directory surefire runs in). */
    static final Path PUBLISHED = Path.of("..", "docs", "schema", "netstatx-1.schema.json");

    private static final JsonSchema SCHEMA = load();

    private ContractSchema() {
    }

    private static JsonSchema load() {
        try {
            String text = Files.readString(PUBLISHED, StandardCharsets.UTF_8);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator's complaints about one document (empty when it is valid), sorted. */
    public static Set<String> problems(String document) {
        Set<String> out = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(document, InputFormat.JSON)) {
            out.add(m.getMessage());
        }
        return out;
    }

    /** Throws with every complaint when {@code document} is not valid. */
    public static void assertValid(String document, String what) {
        Set<String> p = problems(document);
        if (!p.isEmpty()) {
            throw new AssertionError(what + " does not match the schema:\n  " + String.join("\n  ", p));
        }
    }

    /** Validates each line of an NDJSON stream; returns the lines. */
    public static List<String> assertValidLines(String stream, String what) {
        if (!stream.endsWith("\n")) {
            throw new AssertionError(what + ": an NDJSON stream ends with a line feed");
        }
        List<String> lines = List.of(stream.split("\n", -1)).subList(0, stream.split("\n", -1).length - 1);
        for (int i = 0; i < lines.size(); i++) {
            assertValid(lines.get(i), what + " line " + (i + 1));
        }
        return lines;
    }
}
