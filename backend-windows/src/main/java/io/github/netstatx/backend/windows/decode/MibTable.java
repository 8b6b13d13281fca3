package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;

/**
 * A MIB table as the IP Helper API writes it: a ULONG/DWORD {@code NumEntries} at offset 0, then that many
 * fixed-size rows from {@code rowsAt} (4 for tables of DWORD-only rows, 8 when a row holds a 64-bit field).
 * The whole row array is checked against the buffer length before any row is read.
 */
public final class MibTable {

    private final LayoutReader table;
    private final String rowName;
    private final int rowsAt;
    private final int rowSize;
    private final int count;

    private MibTable(LayoutReader table, String rowName, int rowsAt, int rowSize, int count) {
        this.table = table;
        this.rowName = rowName;
        this.rowsAt = rowsAt;
        this.rowSize = rowSize;
        this.count = count;
    }

    /**
     * Reads the row count and checks the buffer holds every row.
     *
     * @throws MalformedBufferException when the buffer is shorter than the header or the rows it announces
     */
    public static MibTable of(String tableName, String rowName, ByteBuffer buffer, int rowsAt, int rowSize) {
        LayoutReader table = LayoutReader.of(tableName, buffer);
        table.require(4, "the NumEntries header");
        long count = table.u32(0, "NumEntries");
        if (count == 0) {
            return new MibTable(table, rowName, rowsAt, rowSize, 0);
        }
        table.require(rowsAt + count * rowSize, count + " rows of " + rowSize + " bytes from offset " + rowsAt);
        return new MibTable(table, rowName, rowsAt, rowSize, (int) count);
    }

    public int size() {
        return count;
    }

    /** Row {@code i}, as a reader whose offset 0 is the row's first byte. */
    public LayoutReader row(int i) {
        return table.slice(rowName + "[" + i + "]", rowsAt + i * rowSize, rowSize);
    }
}
