package io.github.netstatx.backend.macos.decode;

/** Bytes that do not follow the record format they should (short buffer, impossible length). */
public class MalformedSysctlException extends Exception {
    public MalformedSysctlException(String message) {
        super(message);
    }
}
