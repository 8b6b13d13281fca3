package io.github.netstatx.backend.macos;

import io.github.netstatx.core.acquire.SizedFetch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * sysctl's size-then-fetch on agent-core's {@link SizedFetch}: a call with no buffer answers the size the value
 * needs now; the fetch gets that plus half again (netstat's margin for lists that grow between the calls);
 * {@code ENOMEM} means the value outgrew the buffer, so the size is asked again and the loop retries, up to
 * {@link SizedFetch#DEFAULT_ATTEMPTS} buffers. {@code ENOENT} (at either call) is a sysctl this kernel does not
 * have; any other errno is an error. Memory is a type parameter, so the loop runs in tests on heap arrays; the JNA
 * source passes native memory.
 */
public final class SysctlFetch {

    static final int ENOENT = 2;
    static final int ENOMEM = 12;

    /** Native memory of type {@code M}: allocate, free, and copy out what the call wrote. */
    public interface Memory<M> extends SizedFetch.Memory<M> {
        byte[] copy(M memory, int length);
    }

    /** One {@code sysctl}/{@code sysctlbyname} call: {@code size[0]} is {@code *oldlenp}; returns 0 or the errno. */
    @FunctionalInterface
    public interface Call<M> {
        int invoke(M buffer, long[] size);
    }

    /** ENOENT, carried out of the loop. */
    private static final class Absent extends SysctlException {
        private static final long serialVersionUID = 1L;

        Absent(String name) {
            super(name + ": no such sysctl");
        }
    }

    private final SizedFetch fetch;

    public SysctlFetch(SizedFetch fetch) {
        this.fetch = fetch;
    }

    /** Five attempts with netstat's 50 % margin. */
    public static SysctlFetch standard() {
        return new SysctlFetch(new SizedFetch(SizedFetch.DEFAULT_ATTEMPTS, 50));
    }

    /**
     * @return the bytes the kernel wrote, or empty when the sysctl does not exist
     * @throws SysctlException for any other errno, or when the value kept growing
     */
    public <M> Optional<ByteBuffer> read(String name, Memory<M> memory, Call<M> call) throws SysctlException {
        SizedFetch.Call<M, SysctlException> adapted = (buffer, capacity) -> {
            long[] size = {buffer == null ? 0 : capacity};
            int errno = call.invoke(buffer, size);
            if (errno == ENOMEM && buffer != null) {
                return SizedFetch.Answer.needsSize(size(name, call));
            }
            if (errno == ENOENT) {
                throw new Absent(name);
            }
            if (errno != 0) {
                throw new SysctlException(name + ": errno " + errno);
            }
            if (buffer == null) {
                // an empty value needs no second call
                return size[0] == 0 ? SizedFetch.Answer.filled(0) : SizedFetch.Answer.needsSize(checked(name, size[0]));
            }
            return SizedFetch.Answer.filled((int) Math.min(size[0], capacity));
        };
        try {
            return Optional.of(fetch.fetch(memory, adapted,
                    (buffer, length) -> ByteBuffer.wrap(buffer == null ? new byte[0] : memory.copy(buffer, length))
                            .order(ByteOrder.LITTLE_ENDIAN),
                    (tries, lastSize) -> new SysctlException(name + ": still growing after " + tries
                            + " attempts (last size " + lastSize + " bytes)")));
        } catch (Absent e) {
            return Optional.empty();
        }
    }

    private static <M> int size(String name, Call<M> call) throws SysctlException {
        long[] size = {0};
        int errno = call.invoke(null, size);
        if (errno == ENOENT) {
            throw new Absent(name);
        }
        if (errno != 0) {
            throw new SysctlException(name + ": errno " + errno);
        }
        return checked(name, size[0]);
    }

    private static int checked(String name, long size) throws SysctlException {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new SysctlException(name + ": the kernel asks for " + size + " bytes");
        }
        return (int) size;
    }
}
