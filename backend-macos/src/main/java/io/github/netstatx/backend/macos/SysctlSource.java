package io.github.netstatx.backend.macos;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The raw-bytes seam: the bytes of one sysctl, or of one libproc call, exactly as the kernel returned them. The
 * live implementation calls {@code sysctlbyname}/{@code sysctl} and libproc through JNA; a capture directory
 * replays recorded bytes. A source without libproc answers every libproc call with
 * {@link LibprocAnswer#ENOTSUP}, and owners then come from the PCB lists alone.
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

    /** The executable of a process ({@code proc_pidpath}), when it can be had. */
    default Optional<String> processPath(int pid) {
        return Optional.empty();
    }

    /** {@code proc_listallpids}: every pid, as native ints. */
    default LibprocAnswer listAllPids() {
        return LibprocAnswer.failed(LibprocAnswer.ENOTSUP);
    }

    /** {@code proc_pidinfo(pid, PROC_PIDLISTFDS)}: the {@code proc_fdinfo} records of a process. */
    default LibprocAnswer descriptors(int pid) {
        return LibprocAnswer.failed(LibprocAnswer.ENOTSUP);
    }

    /** {@code proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO)}: the {@code socket_fdinfo} of one descriptor. */
    default LibprocAnswer socketInfo(int pid, int fd) {
        return LibprocAnswer.failed(LibprocAnswer.ENOTSUP);
    }
}
