package io.github.netstatx.backend.windows;

/** The {@code UDP_TABLE_CLASS} values the backend asks {@code GetExtendedUdpTable} for. */
public enum UdpTableClass {
    /** UDP_TABLE_OWNER_PID: MIB_UDP(6)TABLE_OWNER_PID. */
    OWNER_PID(1),
    /** UDP_TABLE_OWNER_MODULE: MIB_UDP(6)TABLE_OWNER_MODULE. */
    OWNER_MODULE(2);

    private final int value;

    UdpTableClass(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
