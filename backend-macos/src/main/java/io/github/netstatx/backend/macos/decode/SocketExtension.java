package io.github.netstatx.backend.macos.decode;

/**
 * The fields xnu-8792 (macOS 13) appended to {@code xsocket_n}, making it 104 bytes instead of 76: what Apple's
 * netstat 667 and later print after {@code options} under {@code -v} ({@code gencnt flags flags1 usecnt rtncnt
 * fltrs}).
 */
public record SocketExtension(long generation, long flags, long flags1, int useCount, int retainCount,
        long filterFlags) {

    static final int SO_GENCNT = 76;
    static final int SO_FLAGS = 84;
    static final int SO_FLAGS1 = 88;
    static final int SO_USECOUNT = 92;
    static final int SO_RETAINCNT = 96;
    static final int XSO_FILTER_FLAGS = 100;

    /** The extension of an {@code xsocket_n} record, or null when the record has the older 76-byte size. */
    static SocketExtension of(Fields xsocket) throws MalformedSysctlException {
        if (!xsocket.has(XSO_FILTER_FLAGS, 4)) {
            return null;
        }
        return new SocketExtension(xsocket.u64(SO_GENCNT), xsocket.u32(SO_FLAGS), xsocket.u32(SO_FLAGS1),
                xsocket.s32(SO_USECOUNT), xsocket.s32(SO_RETAINCNT), xsocket.u32(XSO_FILTER_FLAGS));
    }
}
