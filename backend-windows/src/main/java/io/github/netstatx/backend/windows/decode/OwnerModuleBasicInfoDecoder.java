package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code TCPIP_OWNER_MODULE_BASIC_INFO} as {@code GetOwnerModuleFrom{Tcp,Tcp6,Udp,Udp6}Entry} writes it: two
 * pointers, {@code pModuleName} at 0 and {@code pModulePath} at 8, pointing at NUL-terminated WCHAR strings
 * that the call wrote into the same buffer after the structure. The buffer is copied off the native heap,
 * so each pointer is turned back into an offset with the native address the buffer had during the call:
 * <pre>
 * base+0   40 00 4a 5c 8b 01 00 00   pModuleName = base+16
 * base+8   50 00 4a 5c 8b 01 00 00   pModulePath = base+32  (illustrative; no real capture: Wine lacks the call)
 * base+16  "RpcSs\0" (UTF-16LE) ... "C:\Windows\system32\svchost.exe\0"
 * </pre>
 */
public final class OwnerModuleBasicInfoDecoder {

    public static final int SIZE = 16;
    public static final int MODULE_NAME = 0;
    public static final int MODULE_PATH = 8;

    public static final List<StructLayout> LAYOUTS = List.of(StructLayout.of("TCPIP_OWNER_MODULE_BASIC_INFO", SIZE)
            .field("pModuleName", MODULE_NAME).field("pModulePath", MODULE_PATH));

    /**
     * Module name and path; empty strings mean "not visible" (what an unelevated caller gets for protected
     * processes), {@code null} a NULL pointer.
     */
    public record OwnerModule(String name, String path) {
    }

    private OwnerModuleBasicInfoDecoder() {
    }

    /**
     * @param buffer the bytes the call wrote
     * @param nativeBase the address the buffer had when the call wrote the pointers
     */
    public static OwnerModule decode(ByteBuffer buffer, long nativeBase) {
        LayoutReader r = LayoutReader.of("TCPIP_OWNER_MODULE_BASIC_INFO", buffer);
        r.require(SIZE, "the two string pointers");
        return new OwnerModule(string(r, r.u64(MODULE_NAME, "pModuleName"), nativeBase, "pModuleName"),
                string(r, r.u64(MODULE_PATH, "pModulePath"), nativeBase, "pModulePath"));
    }

    private static String string(LayoutReader r, long pointer, long base, String field) {
        if (pointer == 0) {
            return null;
        }
        long offset = pointer - base;
        if (offset < SIZE || offset >= r.length()) {
            throw new MalformedBufferException(r.structure(), field + " points " + offset
                    + " bytes from the buffer start, outside the " + r.length() + "-byte buffer");
        }
        return r.wcharzToEnd((int) offset, field);
    }
}
