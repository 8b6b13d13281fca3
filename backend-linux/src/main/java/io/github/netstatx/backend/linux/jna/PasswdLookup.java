package io.github.netstatx.backend.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;

/**
 * A user name by uid from the C library's name service ({@code getpwuid_r}: files, LDAP, sssd, systemd-homed —
 * whatever {@code /etc/nsswitch.conf} says), as net-tools' {@code getpwuid} finds it. The backend asks only for
 * uids {@code /etc/passwd} does not have, so ordinary listings never load JNA for it.
 */
public final class PasswdLookup {

    /** {@code struct passwd} is seven words at most; {@code pw_name} is its first member. */
    private static final int PASSWD_SIZE = 64;
    private static final int STRINGS_SIZE = 16 * 1024;

    private PasswdLookup() {
    }

    /**
     * The name of {@code uid}, or null when the name service has none.
     *
     * @throws IOException when the C library cannot be reached or the lookup fails
     */
    public static String nameOf(long uid) throws IOException {
        LinuxC c;
        try {
            c = LinuxC.get();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("cannot load the C library through JNA: " + e.getMessage(), e);
        }
        try (Memory pwd = new Memory(PASSWD_SIZE); Memory strings = new Memory(STRINGS_SIZE)) {
            PointerByReference result = new PointerByReference();
            int rc = c.getpwuid_r((int) uid, pwd, strings, new NativeLong(STRINGS_SIZE), result);
            if (rc != 0) {
                throw new IOException("getpwuid_r(" + uid + "): " + Errno.describe(rc));
            }
            Pointer found = result.getValue();
            return found == null ? null : found.getPointer(0).getString(0);
        } catch (LastErrorException e) {
            throw new IOException("getpwuid_r(" + uid + "): " + LinuxC.describe(e), e);
        }
    }
}
