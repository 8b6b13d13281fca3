package io.github.netstatx.backend.windows;

/** The {@code TCP_TABLE_CLASS} values the backend asks {@code GetExtendedTcpTable} for. */
public enum TcpTableClass {
    /** TCP_TABLE_OWNER_PID_ALL: MIB_TCP(6)TABLE_OWNER_PID, every state. */
    OWNER_PID_ALL(5),
    /** TCP_TABLE_OWNER_MODULE_ALL: MIB_TCP(6)TABLE_OWNER_MODULE (creation time, owner module), every state. */
    OWNER_MODULE_ALL(8);

    private final int value;

    TcpTableClass(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
