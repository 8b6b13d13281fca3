package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-made little-endian buffers for edge cases: a zeroed byte array written at explicit offsets. */
public final class LeBytes {

    private final ByteBuffer b;

    private LeBytes(int size) {
        b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static LeBytes of(int size) {
        return new LeBytes(size);
    }

    /** A MIB table: NumEntries at 0, room for {@code rows} rows of {@code rowSize} from {@code rowsAt}. */
    public static LeBytes table(int rows, int rowsAt, int rowSize) {
        return of(rowsAt + rows * rowSize).u32(0, rows);
    }

    public LeBytes u8(int at, int v) {
        b.put(at, (byte) v);
        return this;
    }

    public LeBytes u16(int at, int v) {
        b.putShort(at, (short) v);
        return this;
    }

    public LeBytes u32(int at, long v) {
        b.putInt(at, (int) v);
        return this;
    }

    public LeBytes u64(int at, long v) {
        b.putLong(at, v);
        return this;
    }

    /** A port the way the tables hold it: network order in the DWORD's first two bytes; {@code junk} above. */
    public LeBytes port(int at, int port, int junk) {
        b.put(at, (byte) (port >> 8)).put(at + 1, (byte) port).put(at + 2, (byte) junk).put(at + 3, (byte) (junk >> 8));
        return this;
    }

    public LeBytes bytes(int at, byte... v) {
        b.put(at, v);
        return this;
    }

    public LeBytes ipv4(int at, int a, int b2, int c, int d) {
        return bytes(at, (byte) a, (byte) b2, (byte) c, (byte) d);
    }

    /** UTF-16LE characters (no terminator; the buffer is zeroed). */
    public LeBytes wchars(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b.putChar(at + 2 * i, s.charAt(i));
        }
        return this;
    }

    public byte[] array() {
        return b.array().clone();
    }

    public ByteBuffer buffer() {
        return ByteBuffer.wrap(array()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The first {@code n} bytes only (a truncated buffer). */
    public ByteBuffer truncated(int n) {
        return ByteBuffer.wrap(array(), 0, n).slice().order(ByteOrder.LITTLE_ENDIAN);
    }
}
