package io.github.netstatx.backend.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import io.github.netstatx.backend.macos.Sysctl;
import io.github.netstatx.backend.macos.SysctlException;
import io.github.netstatx.backend.macos.SysctlFetch;
import io.github.netstatx.backend.macos.SysctlSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The live seam: {@code sysctlbyname}/{@code sysctl} and {@code proc_name} from libSystem through JNA, nothing
 * else. Each value is read size-then-fetch by {@link SysctlFetch} (agent-core's loop). Only macOS is LP64
 * here (10.13+ runs nothing else), so {@code size_t} is a Java long.
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
}
