package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PROCESSENTRY32W} records (568 bytes each) as {@code Process32FirstW}/{@code Process32NextW} wrote
 * them, one after the other: dwSize 0, th32ProcessID 8, th32ParentProcessID 32, szExeFile (WCHAR[260]) 44.
 * A Toolhelp snapshot needs no access rights, so it is the fallback for process names. Sample (Wine 8.0):
 * <pre>
 * 38 02 00 00  00 00 00 00  20 00 00 00 ...        dwSize 568, cntUsage, th32ProcessID 0x20
 * at 32: 00 00 00 00 ...                           th32ParentProcessID 0
 * at 44: 69 00 70 00 68 00 6c 00 ...               szExeFile "iphlp_dump.exe"
 * </pre>
 */
public final class ProcessEntry32Decoder {

    public static final int SIZE = 568;
    public static final int DW_SIZE = 0;
    public static final int PROCESS_ID = 8;
    public static final int PARENT_PROCESS_ID = 32;
    public static final int EXE_FILE = 44;
    public static final int MAX_PATH = 260;

    public static final List<StructLayout> LAYOUTS = List.of(StructLayout.of("PROCESSENTRY32W", SIZE)
            .field("dwSize", DW_SIZE).field("th32ProcessID", PROCESS_ID)
            .field("th32ParentProcessID", PARENT_PROCESS_ID).field("szExeFile", EXE_FILE));

    /** One process: id, parent id, executable base name. */
    public record ProcessEntry(long pid, long parentPid, String exeFile) {
    }

    private ProcessEntry32Decoder() {
    }

    /** @throws MalformedBufferException when the buffer is not a whole number of records */
    public static List<ProcessEntry> decode(ByteBuffer buffer) {
        LayoutReader all = LayoutReader.of("PROCESSENTRY32W[]", buffer);
        if (all.length() % SIZE != 0) {
            throw new MalformedBufferException("PROCESSENTRY32W[]", all.length()
                    + " bytes are not a whole number of " + SIZE + "-byte records");
        }
        List<ProcessEntry> out = new ArrayList<>(all.length() / SIZE);
        for (int i = 0; i < all.length() / SIZE; i++) {
            LayoutReader r = all.slice("PROCESSENTRY32W[" + i + "]", i * SIZE, SIZE);
            out.add(new ProcessEntry(r.u32(PROCESS_ID, "th32ProcessID"), r.u32(PARENT_PROCESS_ID,
                    "th32ParentProcessID"), r.wcharz(EXE_FILE, MAX_PATH, "szExeFile")));
        }
        return out;
    }
}
