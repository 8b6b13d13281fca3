package io.github.netstatx.cli.json;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.OutputSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of the contract, as shipped in the jar. Its one source is
 * {@code docs/schema/netstatx-1.schema.json}; the build copies it to this resource.
 */
public final class JsonSchemaResource {

    /** Class-path location of the schema. */
    public static final String RESOURCE = "/io/github/netstatx/cli/json/netstatx-1.schema.json";

    private JsonSchemaResource() {
    }

    /** The schema text. */
    public static String text() throws IOException {
        try (InputStream in = JsonSchemaResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the JSON schema is missing from this build (" + RESOURCE + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code --json-schema}: prints the schema. */
    public static int print(OutputSink out, OutputSink err) {
        try {
            out.print(text());
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("netstatx: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
