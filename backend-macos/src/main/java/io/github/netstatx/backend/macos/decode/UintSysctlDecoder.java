package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A sysctl whose value is one native {@code u_int}: four little-endian bytes, e.g. {@code kern.ipc.njclbytes}
 * answers {@code 00 40 00 00} (16384).
 */
public final class UintSysctlDecoder {

    private UintSysctlDecoder() {
    }

    public static long decode(ByteBuffer raw, String name) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (buf.remaining() != 4) {
            throw new MalformedSysctlException(name + " is " + buf.remaining() + " bytes, not a 4-byte u_int");
        }
        return Integer.toUnsignedLong(buf.getInt(buf.position()));
    }
}
