package io.github.netstatx.backend.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * What one IP Helper call wrote, copied off the native heap: the bytes (little-endian, read-only view) and
 * the call that produced them.
 *
 * @param call the call and its parameters
 * @param bytes the bytes, exactly as the API wrote them
 * @param nativeBase the native address the bytes had while the call wrote them; needed only to follow
 *     pointers that point back into the same buffer (TCPIP_OWNER_MODULE_BASIC_INFO), else 0
 */
public record IpHelperBuffer(IpHelperCall call, ByteBuffer bytes, long nativeBase) {

    public IpHelperBuffer {
        Objects.requireNonNull(call, "call");
        bytes = bytes.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    public static IpHelperBuffer of(IpHelperCall call, byte[] bytes) {
        return new IpHelperBuffer(call, ByteBuffer.wrap(bytes), 0);
    }

    /** A fresh little-endian view positioned at 0, so decoders never share a position. */
    public ByteBuffer data() {
        return bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
