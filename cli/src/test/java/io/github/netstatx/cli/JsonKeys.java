package io.github.netstatx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The member names of a JSON object in document order (record shapes and key order are part of a contract). */
public final class JsonKeys {

    private JsonKeys() {
    }

    public static List<String> of(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }
}
