package io.github.netstatx.backend.macos.decode;

/**
 * A {@code sockaddr_un} inside a PCB record: {@code sun_len} (u8), {@code sun_family} (u8), {@code sun_path}
 * (104 bytes). netstat prints {@code sun_len - 2} bytes of the path when {@code sun_len} is not 0.
 */
final class SunPath {

    static final int SUN_PATH = 2;
    static final int SUN_PATH_MAX = 104;

    private SunPath() {
    }

    /** The path bytes, or null for an unbound address; stops at the first NUL like {@code %.*s}. */
    static byte[] read(Fields f, int offset) throws MalformedSysctlException {
        int sunLen = f.u8(offset);
        if (sunLen == 0) {
            return null;
        }
        int n = Math.max(0, Math.min(sunLen - SUN_PATH, SUN_PATH_MAX));
        return f.cString(offset + SUN_PATH, n);
    }
}
