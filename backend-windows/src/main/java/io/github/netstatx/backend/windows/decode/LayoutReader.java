package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.address.AddressBytes;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * Bounds-checked little-endian reads at fixed offsets of one structure inside a buffer, with the IP Helper
 * conventions for addresses, ports, FILETIMEs and WCHAR strings. Every read outside the structure throws
 * {@link MalformedBufferException} naming the structure and field.
 */
public final class LayoutReader {

    /** 100 ns intervals between 1601-01-01 (FILETIME epoch) and 1970-01-01. */
    private static final long FILETIME_UNIX_EPOCH = 116_444_736_000_000_000L;

    private final String structure;
    private final ByteBuffer buffer;
    private final int base;
    private final int length;

    private LayoutReader(String structure, ByteBuffer buffer, int base, int length) {
        this.structure = structure;
        this.buffer = buffer;
        this.base = base;
        this.length = length;
    }

    /** A reader over the whole remaining buffer (its position is offset 0). */
    public static LayoutReader of(String structure, ByteBuffer buffer) {
        ByteBuffer le = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        return new LayoutReader(structure, le, le.position(), le.remaining());
    }

    /** A reader over {@code size} bytes at {@code offset} of this one, checked to lie inside it. */
    public LayoutReader slice(String name, int offset, int size) {
        check(offset, size, name);
        return new LayoutReader(name, buffer, base + offset, size);
    }

    public String structure() {
        return structure;
    }

    public int length() {
        return length;
    }

    /** Fails unless the structure holds at least {@code needed} bytes. */
    public void require(long needed, String what) {
        if (needed > length) {
            throw new MalformedBufferException(structure, what + " needs " + needed + " bytes but the buffer holds "
                    + length);
        }
    }

    private void check(int offset, int size, String field) {
        if (offset < 0 || size < 0 || (long) offset + size > length) {
            throw new MalformedBufferException(structure, "field " + field + " (" + size + " bytes at offset "
                    + offset + ") lies outside the " + length + " bytes available");
        }
    }

    public int u8(int offset, String field) {
        check(offset, 1, field);
        return buffer.get(base + offset) & 0xFF;
    }

    /** An unsigned 16-bit value (host order, little-endian). */
    public int u16(int offset, String field) {
        check(offset, 2, field);
        return buffer.getShort(base + offset) & 0xFFFF;
    }

    /** A DWORD/ULONG, unsigned. */
    public long u32(int offset, String field) {
        check(offset, 4, field);
        return buffer.getInt(base + offset) & 0xFFFF_FFFFL;
    }

    /** A 32-bit signed value (LONG; DWORDs documented as -1 for "variable"). */
    public int i32(int offset, String field) {
        check(offset, 4, field);
        return buffer.getInt(base + offset);
    }

    /** A ULONG64 as its bit pattern (print with {@link Long#toUnsignedString(long)}). */
    public long u64(int offset, String field) {
        check(offset, 8, field);
        return buffer.getLong(base + offset);
    }

    public byte[] bytes(int offset, int size, String field) {
        check(offset, size, field);
        byte[] out = new byte[size];
        buffer.get(base + offset, out);
        return out;
    }

    /**
     * A port held in a DWORD: the low 16 bits in network order (bytes {@code offset, offset+1} big-endian);
     * the upper 16 bits may be uninitialised and are ignored, as the documentation requires.
     */
    public int port(int offset, String field) {
        check(offset, 4, field);
        return ((buffer.get(base + offset) & 0xFF) << 8) | (buffer.get(base + offset + 1) & 0xFF);
    }

    /** An IPv4 address held in network order (memory bytes a.b.c.d). */
    public InetAddress ipv4(int offset, String field) {
        return AddressBytes.of(bytes(offset, 4, field));
    }

    /**
     * An IPv6 address (16 bytes, network order) with the host-order DWORD scope id at {@code scopeOffset}.
     * The scope id is kept on the address ({@code fe80::1%12}) only for link-local and site-local addresses,
     * the only ones a zone belongs to and the only ones netstat.exe prints one for: Wine writes a non-zero
     * scope id (0x1000) on {@code ::1} rows, which must not turn into {@code [::1%4096]}. IPv4-mapped addresses
     * come back as {@link java.net.Inet4Address}, as the model wants.
     */
    public InetAddress ipv6(int offset, int scopeOffset, String field) {
        byte[] raw = bytes(offset, 16, field);
        long scope = u32(scopeOffset, field + " scope id");
        InetAddress plain = AddressBytes.of(raw);
        boolean zoned = plain.isLinkLocalAddress() || plain.isSiteLocalAddress();
        if (scope == 0 || !zoned || !(plain instanceof Inet6Address)) {
            return plain;
        }
        return AddressBytes.ipv6(raw, (int) scope);
    }

    /** A FILETIME / LARGE_INTEGER timestamp (100 ns since 1601 UTC); {@code null} when zero (not reported). */
    public Instant filetime(int offset, String field) {
        return filetimeToInstant(u64(offset, field));
    }

    /** Converts a FILETIME value; {@code null} for 0, which the APIs write when they have no time. */
    public static Instant filetimeToInstant(long filetime) {
        if (filetime == 0) {
            return null;
        }
        long sinceUnix = filetime - FILETIME_UNIX_EPOCH;
        return Instant.ofEpochSecond(Math.floorDiv(sinceUnix, 10_000_000L),
                Math.floorMod(sinceUnix, 10_000_000L) * 100L);
    }

    /**
     * A NUL-terminated WCHAR string in a fixed array of {@code maxChars} characters. UTF-16 code units are
     * kept as they are, unpaired surrogates included, so no name is altered on the way.
     */
    public String wcharz(int offset, int maxChars, String field) {
        check(offset, maxChars * 2, field);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < maxChars; i++) {
            char c = buffer.getChar(base + offset + 2 * i);
            if (c == 0) {
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A NUL-terminated WCHAR string starting at {@code offset} and ending at the terminator or the structure's end. */
    public String wcharzToEnd(int offset, String field) {
        check(offset, 0, field);
        return wcharz(offset, (length - offset) / 2, field);
    }
}
