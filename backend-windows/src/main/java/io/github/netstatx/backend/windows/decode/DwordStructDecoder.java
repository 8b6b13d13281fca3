package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a statistics structure made of named scalar fields at fixed offsets into {@link StructValue}s in
 * structure order; shared by {@link IpStatsDecoder}, {@link TcpStatsDecoder} and {@link UdpStatsDecoder}.
 */
final class DwordStructDecoder {

    /** How one field is stored. */
    enum Kind { DWORD, SIGNED_DWORD, ULONG64 }

    /** One field: C name, offset, storage. */
    record Field(String name, int offset, Kind kind) {
    }

    private final String structure;
    private final int size;
    private final List<Field> fields;

    DwordStructDecoder(String structure, int size, List<Field> fields) {
        this.structure = structure;
        this.size = size;
        this.fields = List.copyOf(fields);
    }

    /** DWORD fields at 0, 4, 8, ... in the given order. */
    static DwordStructDecoder consecutiveDwords(String structure, List<String> names) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(new Field(names.get(i), 4 * i, Kind.DWORD));
        }
        return new DwordStructDecoder(structure, 4 * names.size(), fields);
    }

    StructLayout layout() {
        StructLayout l = StructLayout.of(structure, size);
        for (Field f : fields) {
            l = l.field(f.name(), f.offset());
        }
        return l;
    }

    List<StructValue> decode(ByteBuffer buffer) {
        LayoutReader r = LayoutReader.of(structure, buffer);
        r.require(size, "the whole structure");
        List<StructValue> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            long v = switch (f.kind()) {
                case DWORD -> r.u32(f.offset(), f.name());
                case SIGNED_DWORD -> r.i32(f.offset(), f.name());
                case ULONG64 -> r.u64(f.offset(), f.name());
            };
            out.add(new StructValue(f.name(), v));
        }
        return out;
    }
}
