package io.github.netstatx.backend.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What {@code OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION)} + {@code QueryFullProcessImageNameW} +
 * {@code GetProcessTimes} gave for one PID.
 *
 * @param pid the process id asked for
 * @param imagePath the WCHARs QueryFullProcessImageNameW wrote (UTF-16LE, no terminator), or {@code null}
 * @param creationTime the FILETIME creation time from GetProcessTimes, 0 when not obtained
 * @param error 0, or the Win32 error of the first failed step (5 access denied, 87 no such process)
 */
public record ProcessImage(long pid, ByteBuffer imagePath, long creationTime, int error) {

    public ProcessImage {
        if (imagePath != null) {
            imagePath = imagePath.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    public static ProcessImage failed(long pid, int error) {
        return new ProcessImage(pid, null, 0, error);
    }
}
