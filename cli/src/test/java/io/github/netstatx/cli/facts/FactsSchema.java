package io.github.netstatx.cli.facts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published facts schema ({@code docs/schema/netstatx-facts-1.schema.json}) with a real draft
 * 2020-12 validator; its references into {@code netstatx-1.schema.json} are read from the same
 * directory.
 */
final class FactsSchema {

    private static final Path DIR = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
    private static final JsonSchema SCHEMA = load();

    private FactsSchema() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://netstatx.invalid/schema/", DIR.toUri().toString())));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of("https://netstatx.invalid/schema/netstatx-facts-1.schema.json"),
                config);
    }

    static void assertValid(String document, String what) {
        Set<String> problems = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(document, InputFormat.JSON)) {
            problems.add(m.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " does not match the facts schema:\n  " + String.join("\n  ", problems));
        }
    }
}
