package io.github.netstatx.backend.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import io.github.netstatx.backend.macos.LibprocAnswer;
import io.github.netstatx.backend.macos.LibprocListFetch;
import io.github.netstatx.backend.macos.Sysctl;
import io.github.netstatx.backend.macos.SysctlException;
import io.github.netstatx.backend.macos.SysctlFetch;
import io.github.netstatx.backend.macos.SysctlSource;
import io.github.netstatx.backend.macos.decode.SocketFdInfoDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The live seam: {@code sysctlbyname}/{@code sysctl} and libproc ({@code proc_listallpids}, {@code proc_pidinfo},
 * {@code proc_pidfdinfo}, {@code proc_name}, {@code proc_pidpath}) from libSystem through JNA, nothing else. Each
 * sysctl is read size-then-fetch by {@link SysctlFetch}, each libproc list by {@link LibprocListFetch} (both on
 * agent-core's loop). Only macOS is LP64 here (10.13+ runs nothing else), so {@code size_t} is a Java long.
 * libproc's calls answer 0 both for "nothing" and for an error, so errno is cleared before each call and read
 * after it.
 */
public final class JnaSysctlSource implements SysctlSource {

    private static final SysctlFetch FETCH = SysctlFetch.standard();

    /** JNA native memory for {@link SysctlFetch}; a Memory is freed by close(). */
    private static final SysctlFetch.Memory<Memory> NATIVE = new SysctlFetch.Memory<>() {
        @Override
        public Memory allocate(int size) {
            return new Memory(size);
        }

        @Override
        public void free(Memory memory) {
            memory.close();
        }

        @Override
        public byte[] copy(Memory memory, int length) {
            return memory.getByteArray(0, length);
        }
    };

    /** The libSystem functions this backend calls. */
    interface LibSystem extends Library {
        int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

        int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

        int proc_name(int pid, byte[] buffer, int buffersize);

        int proc_pidpath(int pid, byte[] buffer, int buffersize);

        int proc_listallpids(Pointer buffer, int buffersize);

        int proc_pidinfo(int pid, int flavor, long arg, Pointer buffer, int buffersize);

        int proc_pidfdinfo(int pid, int fd, int flavor, Pointer buffer, int buffersize);
    }

    /** {@code PROC_PIDLISTFDS}. */
    private static final int PROC_PIDLISTFDS = 1;
    /** {@code PROC_PIDFDSOCKETINFO}. */
    private static final int PROC_PIDFDSOCKETINFO = 3;
    /** {@code PROC_PIDPATHINFO_MAXSIZE}: 4 * MAXPATHLEN. */
    private static final int PROC_PIDPATHINFO_MAXSIZE = 4096;

    private final LibSystem lib;

    private JnaSysctlSource(LibSystem lib) {
        this.lib = lib;
    }

    public static JnaSysctlSource open() {
        return new JnaSysctlSource(Native.load("System", LibSystem.class));
    }

    /** Loads libSystem and reads one harmless sysctl; returns the availability reason. */
    public static String probe() {
        JnaSysctlSource s = open();
        try {
            return "sysctl answers (kern.osproductversion "
                    + s.read(Sysctl.OS_PRODUCT_VERSION).map(b -> Integer.toString(b.remaining()) + " bytes")
                            .orElse("absent") + ")";
        } catch (SysctlException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
        return FETCH.read(sysctl.dottedName(), NATIVE, (buffer, size) -> {
            LongByReference len = new LongByReference(size[0]);
            int rc = call(sysctl, buffer, len);
            size[0] = len.getValue();
            return rc == 0 ? 0 : Native.getLastError();
        });
    }

    private int call(Sysctl sysctl, Pointer buffer, LongByReference size) {
        Optional<int[]> mib = sysctl.mib();
        if (mib.isPresent()) {
            int[] m = mib.get();
            return lib.sysctl(m, m.length, buffer, size, null, 0);
        }
        return lib.sysctlbyname(sysctl.dottedName(), buffer, size, null, 0);
    }

    @Override
    public Optional<String> processName(int pid) {
        byte[] buf = new byte[256];
        int n = lib.proc_name(pid, buf, buf.length);
        if (n <= 0) {
            return Optional.empty(); // gone, or not ours to see
        }
        return Optional.of(new String(buf, 0, n, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> processPath(int pid) {
        byte[] buf = new byte[PROC_PIDPATHINFO_MAXSIZE];
        int n = lib.proc_pidpath(pid, buf, buf.length);
        if (n <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String(buf, 0, n, StandardCharsets.UTF_8));
    }

    @Override
    public LibprocAnswer listAllPids() {
        // proc_listallpids counts pids; the loop counts bytes
        return LibprocListFetch.read(NATIVE, (buffer, capacity) -> {
            Native.setLastError(0);
            return Integer.BYTES * checked(lib.proc_listallpids(buffer, capacity), buffer == null);
        });
    }

    @Override
    public LibprocAnswer descriptors(int pid) {
        return LibprocListFetch.read(NATIVE, (buffer, capacity) -> {
            Native.setLastError(0);
            return checked(lib.proc_pidinfo(pid, PROC_PIDLISTFDS, 0, buffer, capacity), buffer == null);
        });
    }

    @Override
    public LibprocAnswer socketInfo(int pid, int fd) {
        try (Memory m = new Memory(SocketFdInfoDecoder.SOCKET_FDINFO_SIZE)) {
            Native.setLastError(0);
            int n = lib.proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO, m, (int) m.size());
            int errno = Native.getLastError();
            if (n <= 0) {
                return LibprocAnswer.failed(errno != 0 ? errno : LibprocAnswer.EBADF);
            }
            return LibprocAnswer.of(ByteBuffer.wrap(m.getByteArray(0, n)));
        }
    }

    /**
     * A libproc answer, or its errno as an exception: a result of 0 with errno set is a failure, without errno an
     * empty answer (a sizing call answers at least 20 entries' room, so 0 there is always a failure).
     */
    private static int checked(int answered, boolean sizing) throws LibprocListFetch.LibprocException {
        int errno = Native.getLastError();
        if (answered < 0 || answered == 0 && (errno != 0 || sizing)) {
            throw new LibprocListFetch.LibprocException(errno != 0 ? errno : LibprocAnswer.ESRCH);
        }
        return answered;
    }
}
