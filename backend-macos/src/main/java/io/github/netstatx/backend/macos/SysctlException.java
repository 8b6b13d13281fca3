package io.github.netstatx.backend.macos;

/** A sysctl that exists but could not be read (errno other than ENOENT, or a buffer that kept growing). */
public class SysctlException extends Exception {
    public SysctlException(String message) {
        super(message);
    }
}
