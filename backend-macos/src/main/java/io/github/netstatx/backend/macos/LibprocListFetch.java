package io.github.netstatx.backend.macos;

import io.github.netstatx.core.acquire.SizedFetch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The sizing loop of libproc's list calls ({@code proc_listallpids}, {@code proc_pidinfo(PROC_PIDLISTFDS)}) on
 * agent-core's {@link SizedFetch}. A call without a buffer answers the bytes the list needs now (the kernel adds
 * room for 20 more entries); a call with a buffer answers the bytes it filled and silently stops when the buffer is
 * full. So a full buffer means "maybe more": the loop doubles it and asks again, with no fixed limit on the number
 * of entries (OSHI's fixed 1024-pid array drops every process past it), up to
 * {@link SizedFetch#DEFAULT_ATTEMPTS} buffers.
 */
public final class LibprocListFetch {

    /** One libproc call: {@code buffer} null for the sizing call; returns the bytes answered. */
    @FunctionalInterface
    public interface Call<M> {
        int invoke(M buffer, int capacity) throws LibprocException;
    }

    /** A libproc call failed with this errno. */
    public static final class LibprocException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int errno;

        public LibprocException(int errno) {
            super("errno " + errno);
            this.errno = errno;
        }

        public int errno() {
            return errno;
        }
    }

    private static final SizedFetch FETCH = SizedFetch.standard();

    private LibprocListFetch() {
    }

    /** The whole list, or the errno of the call that failed. */
    public static <M> LibprocAnswer read(SysctlFetch.Memory<M> memory, Call<M> call) {
        SizedFetch.Call<M, LibprocException> adapted = (buffer, capacity) -> {
            int answered = call.invoke(buffer, capacity);
            if (buffer == null) {
                return answered <= 0 ? SizedFetch.Answer.filled(0) : SizedFetch.Answer.needsSize(answered);
            }
            if (answered >= capacity) {
                return SizedFetch.Answer.needsSize(capacity > Integer.MAX_VALUE / 4 ? capacity : capacity * 2);
            }
            return SizedFetch.Answer.filled(Math.max(answered, 0));
        };
        try {
            return LibprocAnswer.of(FETCH.fetch(memory, adapted,
                    (buffer, length) -> ByteBuffer.wrap(buffer == null ? new byte[0] : memory.copy(buffer, length))
                            .order(ByteOrder.LITTLE_ENDIAN),
                    (tries, lastSize) -> new LibprocException(SysctlFetch.ENOMEM)));
        } catch (LibprocException e) {
            return LibprocAnswer.failed(e.errno());
        }
    }
}
