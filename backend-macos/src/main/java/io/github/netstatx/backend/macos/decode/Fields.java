package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;

/**
 * Absolute reads of XNU's little-endian fields (x86_64 and arm64 are both little-endian), plus the
 * network-order 16-bit ports. Every read is bounds-checked against the record it belongs to, so a short
 * record is a {@link MalformedSysctlException}, never an index exception.
 */
final class Fields {

    private final ByteBuffer buf;
    private final int base;
    private final int length;
    private final String what;

    Fields(ByteBuffer buf, int base, int length, String what) {
        this.buf = buf;
        this.base = base;
        this.length = length;
        this.what = what;
    }

    int length() {
        return length;
    }

    private int at(int offset, int size) throws MalformedSysctlException {
        if (offset < 0 || offset + size > length || base + offset + size > buf.limit()) {
            throw new MalformedSysctlException(what + " of " + length + " bytes at " + base + " has no field at "
                    + offset + "+" + size);
        }
        return base + offset;
    }

    boolean has(int offset, int size) {
        return offset + size <= length && base + offset + size <= buf.limit();
    }

    int u8(int offset) throws MalformedSysctlException {
        return buf.get(at(offset, 1)) & 0xff;
    }

    int s16(int offset) throws MalformedSysctlException {
        return buf.getShort(at(offset, 2));
    }

    int u16(int offset) throws MalformedSysctlException {
        return buf.getShort(at(offset, 2)) & 0xffff;
    }

    /** A 16-bit value stored in network byte order (inp_lport, inp_fport). */
    int u16Network(int offset) throws MalformedSysctlException {
        int p = at(offset, 2);
        return ((buf.get(p) & 0xff) << 8) | (buf.get(p + 1) & 0xff);
    }

    int s32(int offset) throws MalformedSysctlException {
        return buf.getInt(at(offset, 4));
    }

    long u32(int offset) throws MalformedSysctlException {
        return Integer.toUnsignedLong(buf.getInt(at(offset, 4)));
    }

    long u64(int offset) throws MalformedSysctlException {
        return buf.getLong(at(offset, 8));
    }

    byte[] bytes(int offset, int size) throws MalformedSysctlException {
        byte[] out = new byte[size];
        buf.get(at(offset, size), out);
        return out;
    }

    /** A C string in a fixed-size field: the bytes before the first NUL (all of them when there is none). */
    byte[] cString(int offset, int size) throws MalformedSysctlException {
        byte[] raw = bytes(offset, size);
        int end = 0;
        while (end < raw.length && raw[end] != 0) {
            end++;
        }
        return java.util.Arrays.copyOf(raw, end);
    }
}
