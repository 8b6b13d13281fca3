package io.github.netstatx.backend.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few libc calls the Linux backend needs natively: a netlink socket for rtnetlink and sock_diag dumps,
 * {@code setns} to enter another network namespace, {@code getpwuid_r} for user names. Each throws {@link LastErrorException} (with errno) when it fails.
 * {@code size_t}/{@code ssize_t} are {@link NativeLong}, which has their width on every Linux ABI.
 */
interface LinuxC extends Library {

    int AF_NETLINK = 16;
    int SOCK_RAW = 3;
    int SOCK_CLOEXEC = 0x80000;
    int NETLINK_ROUTE = 0;
    int NETLINK_SOCK_DIAG = 4;
    int O_RDONLY = 0;
    int O_CLOEXEC = 0x80000;
    int CLONE_NEWNET = 0x40000000;

    int socket(int domain, int type, int protocol) throws LastErrorException;

    NativeLong send(int fd, byte[] buf, NativeLong len, int flags) throws LastErrorException;

    NativeLong recv(int fd, byte[] buf, NativeLong len, int flags) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    int open(String path, int flags) throws LastErrorException;

    int setns(int fd, int nstype) throws LastErrorException;

    /** Returns 0 or an errno (it does not set errno); {@code result} is null when there is no such user. */
    int getpwuid_r(int uid, Pointer pwd, Pointer buf, NativeLong buflen, PointerByReference result);

    /** Loaded on first use only: the socket listings never get here, so they never pay for JNA. */
    final class Holder {
        /**
         * JNA's library search path: when unset, the first library JNA opens makes it run {@code /sbin/ldconfig -p}
         * to learn the system's library directories (a process started on every run, 20-40 ms). The C library
         * needs no search: on Linux JNA opens it as {@code dlopen(NULL)}, the libraries already in the process.
         */
        private static final String SEARCH_PATH = "jna.platform.library.path";
        static final LinuxC C = load();

        private Holder() {
        }

        private static LinuxC load() {
            if (System.getProperty(SEARCH_PATH) == null) {
                System.setProperty(SEARCH_PATH, "");
            }
            return Native.load(Platform.C_LIBRARY_NAME, LinuxC.class);
        }
    }

    static LinuxC get() {
        return Holder.C;
    }

    /** The C library's words for an errno ({@code Operation not permitted}). */
    static String describe(LastErrorException e) {
        return Errno.describe(e.getErrorCode());
    }
}
