package io.github.netstatx.backend.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import io.github.netstatx.backend.macos.Sysctl;
import io.github.netstatx.backend.macos.SysctlException;
import io.github.netstatx.backend.macos.SysctlSource;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The live seam: {@code sysctlbyname}/{@code sysctl} and {@code proc_name} from libSystem through JNA, nothing
 * else. Each list is read size-then-fetch: ask for the size, allocate it plus a margin, fetch; when the list
 * grew in between ({@code ENOMEM}) try again with more room, a bounded number of times. Only macOS is LP64
 * here (10.13+ runs nothing else), so {@code size_t} is a Java long.
 */
public final class JnaSysctlSource implements SysctlSource {

    private static final int ENOENT = 2;
    private static final int ENOMEM = 12;
    private static final int ATTEMPTS = 8;

    /** The libSystem functions this backend calls. */
    interface LibSystem extends Library {
        int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

        int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen);

        int proc_name(int pid, byte[] buffer, int buffersize);
    }

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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LongByReference size = new LongByReference(0);
            if (call(sysctl, null, size) != 0) {
                int errno = Native.getLastError();
                if (errno == ENOENT) {
                    return Optional.empty();
                }
                throw new SysctlException(sysctl.dottedName() + ": errno " + errno);
            }
            long want = size.getValue();
            if (want == 0) {
                return Optional.of(ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN));
            }
            // the size is an estimate; lists grow between the two calls, so leave room (netstat adds 50 %)
            long room = want + want / 2 + 4096;
            Memory mem = new Memory(room);
            LongByReference got = new LongByReference(room);
            if (call(sysctl, mem, got) != 0) {
                int errno = Native.getLastError();
                if (errno == ENOMEM) {
                    continue;
                }
                if (errno == ENOENT) {
                    return Optional.empty();
                }
                throw new SysctlException(sysctl.dottedName() + ": errno " + errno);
            }
            byte[] out = mem.getByteArray(0, (int) got.getValue());
            return Optional.of(ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN));
        }
        throw new SysctlException(sysctl.dottedName() + ": still growing after " + ATTEMPTS + " attempts");
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
}
