package io.github.netstatx.backend.windows;

import io.github.netstatx.core.spi.BackendException;

/** An IP Helper (or process) call failed; carries the Win32 error code. */
public final class IpHelperException extends BackendException {

    /** ERROR_INVALID_PARAMETER. */
    public static final int ERROR_INVALID_PARAMETER = 87;
    /** ERROR_NOT_SUPPORTED (what Wine answers for GetIpInterfaceTable). */
    public static final int ERROR_NOT_SUPPORTED = 50;
    /** ERROR_NOT_FOUND (GetOwnerModuleFrom*Entry for PID 0 or a vanished owner). */
    public static final int ERROR_NOT_FOUND = 1168;
    /** ERROR_PROC_NOT_FOUND: the function is not exported by this Windows (or Wine) version. */
    public static final int ERROR_PROC_NOT_FOUND = 127;

    private final IpHelperCall call;
    private final int errorCode;

    public IpHelperException(IpHelperCall call, int errorCode, String detail) {
        super(call + " failed: " + detail);
        this.call = call;
        this.errorCode = errorCode;
    }

    /** A failure described by its code alone ({@code error 50}). */
    public static IpHelperException code(IpHelperCall call, int errorCode) {
        return new IpHelperException(call, errorCode, "error " + errorCode);
    }

    public IpHelperCall call() {
        return call;
    }

    /** The Win32 error code (0 when the failure was not an error code, e.g. a retry limit). */
    public int errorCode() {
        return errorCode;
    }
}
