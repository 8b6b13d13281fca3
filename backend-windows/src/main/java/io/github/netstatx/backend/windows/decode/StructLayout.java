package io.github.netstatx.backend.windows.decode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The x64 layout a decoder assumes for one C structure, under the structure's and fields' C names, so a
 * test can compare it with {@code sizeof}/{@code offsetof} printed by a program compiled against the real
 * headers ({@code src/test/c/iphlp_dump.c}).
 *
 * @param name C type name ({@code MIB_TCPROW_OWNER_PID})
 * @param size {@code sizeof}, or {@code null} for table headers whose size is not used
 * @param offsets C field name (nested fields with dots, {@code Ipv6.sin6_scope_id}) to byte offset
 */
public record StructLayout(String name, Integer size, Map<String, Integer> offsets) {

    public StructLayout {
        Objects.requireNonNull(name, "name");
        offsets = Collections.unmodifiableMap(new LinkedHashMap<>(offsets));
    }

    /** A layout with a size and no fields yet. */
    public static StructLayout of(String name, Integer size) {
        return new StructLayout(name, size, Map.of());
    }

    /** This layout plus one field. */
    public StructLayout field(String field, int offset) {
        Map<String, Integer> more = new LinkedHashMap<>(offsets);
        more.put(field, offset);
        return new StructLayout(name, size, more);
    }
}
