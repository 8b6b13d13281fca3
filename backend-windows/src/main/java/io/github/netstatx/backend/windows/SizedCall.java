package io.github.netstatx.backend.windows;

import io.github.netstatx.core.acquire.SizedFetch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one way the backend runs an IP Helper call whose output lands in memory, for both shapes of call:
 * <ul>
 *   <li>caller-sized ({@code GetExtendedTcpTable}, {@code GetTcpTable2}, {@code GetOwnerModuleFrom*Entry}):
 *   call with no buffer to learn the size ({@code ERROR_INSUFFICIENT_BUFFER} is the expected answer here),
 *   allocate, call again, and if the table grew in between (122 again, with a new size) reallocate and
 *   retry, a bounded number of times;</li>
 *   <li>API-allocated ({@code GetIfTable2}, {@code GetIpForwardTable2}, {@code GetIpInterfaceTable}): the API
 *   returns a table it allocated, which is released with {@code FreeMibTable}.</li>
 * </ul>
 * Either way the bytes are copied to the Java heap and the native memory is released in {@code finally}.
 * The caller-sized loop itself is agent-core's {@link SizedFetch}; this class maps IP Helper status codes
 * onto it.
 * The memory type is a parameter so the logic runs on Linux tests with a fake "native" call.
 */
public final class SizedCall {

    public static final int NO_ERROR = 0;
    public static final int ERROR_INSUFFICIENT_BUFFER = 122;
    public static final int DEFAULT_ATTEMPTS = SizedFetch.DEFAULT_ATTEMPTS;

    /** Native memory of type {@code M}: allocate and free (from {@link SizedFetch.Memory}), copy to the heap. */
    public interface Memory<M> extends SizedFetch.Memory<M> {
        byte[] copy(M memory, int length);

        long address(M memory);
    }

    /** One call of a caller-sized API: {@code size[0]} is the in/out size argument; {@code buffer} may be null. */
    @FunctionalInterface
    public interface Call<M> {
        int invoke(M buffer, int[] size);
    }

    /** An API that allocates its table itself. */
    public interface ApiAllocated<P> {
        /** Calls the API; stores the returned table in {@code table[0]}; returns the status. */
        int invoke(Object[] table);

        /** How many bytes of the table to copy (header plus NumEntries rows). */
        int length(P table);

        byte[] copy(P table, int length);

        /** FreeMibTable. */
        void free(P table);
    }

    private final SizedFetch fetch;

    public SizedCall(int attempts) {
        this.fetch = new SizedFetch(attempts, 0);
    }

    public static SizedCall standard() {
        return new SizedCall(DEFAULT_ATTEMPTS);
    }

    /**
     * Runs a caller-sized call.
     *
     * @throws IpHelperException for any status but success, or when the table still grew after the last try
     */
    public <M> IpHelperBuffer run(IpHelperCall call, Memory<M> memory, Call<M> api) throws IpHelperException {
        SizedFetch.Call<M, IpHelperException> adapted = (buffer, capacity) -> {
            int[] size = {capacity};
            int status = api.invoke(buffer, size);
            if (status == ERROR_INSUFFICIENT_BUFFER) {
                return SizedFetch.Answer.needsSize(size[0]);
            }
            if (status != NO_ERROR) {
                throw IpHelperException.code(call, status);
            }
            if (buffer == null) {
                throw new IpHelperException(call, NO_ERROR, "the sizing call returned success without a buffer");
            }
            return SizedFetch.Answer.filled(size[0]);
        };
        return fetch.fetch(memory, adapted,
                (buffer, length) -> new IpHelperBuffer(call, ByteBuffer.wrap(memory.copy(buffer, length))
                        .order(ByteOrder.LITTLE_ENDIAN), memory.address(buffer)),
                (tries, lastSize) -> new IpHelperException(call, ERROR_INSUFFICIENT_BUFFER, "the table kept "
                        + "growing: still ERROR_INSUFFICIENT_BUFFER after " + tries + " attempts (last size asked: "
                        + lastSize + " bytes)"));
    }

    /**
     * Runs an API-allocated call and frees the table it returned.
     *
     * @throws IpHelperException for any status but success
     */
    @SuppressWarnings("unchecked")
    public <P> IpHelperBuffer runApiAllocated(IpHelperCall call, ApiAllocated<P> api) throws IpHelperException {
        Object[] holder = new Object[1];
        int status = api.invoke(holder);
        P table = (P) holder[0];
        try {
            if (status != NO_ERROR) {
                throw IpHelperException.code(call, status);
            }
            if (table == null) {
                throw new IpHelperException(call, NO_ERROR, "returned success without a table");
            }
            return new IpHelperBuffer(call, ByteBuffer.wrap(api.copy(table, api.length(table)))
                    .order(ByteOrder.LITTLE_ENDIAN), 0);
        } finally {
            if (table != null) {
                api.free(table);
            }
        }
    }
}
