package io.github.netstatx.backend.macos;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The raw-bytes seam: the bytes of one sysctl exactly as the kernel returned them. The live implementation
 * calls {@code sysctlbyname}/{@code sysctl} through JNA; a capture directory replays recorded bytes.
 */
public interface SysctlSource {

    /**
     * @return the value, or empty when the sysctl does not exist on this kernel ({@code ENOENT})
     * @throws SysctlException when the sysctl exists but cannot be read
     */
    Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException;

    /** The name of a process ({@code proc_name}), when it can be had; never blocks on anything but the kernel. */
    default Optional<String> processName(int pid) {
        return Optional.empty();
    }
}
