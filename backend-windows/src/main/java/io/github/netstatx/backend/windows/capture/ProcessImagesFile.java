package io.github.netstatx.backend.windows.capture;

import io.github.netstatx.backend.windows.ProcessImage;
import io.github.netstatx.core.capture.CaptureIndex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code processes.txt} of a windows-iphlpapi capture: what the owner lookup got for each process it asked
 * about ({@code OpenProcess} + {@code QueryFullProcessImageNameW} + {@code GetProcessTimes}), one line per
 * process, fields separated by a tab:
 * <pre>
 * # pid	status	creation FILETIME	image path
 * 4242	0	133774464000000000	C:\\Windows\\System32\\svchost.exe
 * 4	5
 * </pre>
 * The status is 0 or the Win32 error of the first failed step; a failed lookup has no more fields. The path
 * is the UTF-16 the API wrote, as UTF-8 text with backslashes doubled and control characters and surrogates
 * escaped as in {@code capture.index}.
 */
final class ProcessImagesFile {

    private static final String HEADER = "# pid\tstatus\tcreation FILETIME\timage path";

    private ProcessImagesFile() {
    }

    static byte[] write(Collection<ProcessImage> images) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        images.stream().sorted((a, b) -> Long.compare(a.pid(), b.pid())).forEach(i -> {
            sb.append(i.pid()).append('\t').append(i.error());
            if (i.error() == 0 && i.imagePath() != null) {
                sb.append('\t').append(Long.toUnsignedString(i.creationTime())).append('\t')
                        .append(CaptureIndex.escape(utf16(i.imagePath())));
            }
            sb.append('\n');
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The lines of a {@code processes.txt}, by pid.
     *
     * @throws IllegalArgumentException naming the first line that breaks the format
     */
    static Map<Long, ProcessImage> read(byte[] bytes) {
        Map<Long, ProcessImage> out = new HashMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                long pid = Long.parseLong(f[0]);
                int status = Integer.parseInt(f[1]);
                if (f.length == 2) {
                    out.put(pid, ProcessImage.failed(pid, status));
                } else if (f.length == 4) {
                    out.put(pid, new ProcessImage(pid, utf16le(CaptureIndex.unescape(f[3])),
                            Long.parseUnsignedLong(f[2]), status));
                } else {
                    throw new IllegalArgumentException("expected 2 or 4 fields");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(IpHelperCaptureNames.PROCESSES + ": line " + (n + 1)
                        + ": expected pid, status[, creation, path]");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(IpHelperCaptureNames.PROCESSES + ": line " + (n + 1) + ": "
                        + e.getMessage());
            }
        }
        return out;
    }

    /** The UTF-16 code units, one char each (lone surrogates kept). */
    private static String utf16(ByteBuffer b) {
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder sb = new StringBuilder(le.remaining() / 2);
        while (le.remaining() >= 2) {
            sb.append(le.getChar());
        }
        return sb.toString();
    }

    private static ByteBuffer utf16le(String s) {
        ByteBuffer b = ByteBuffer.allocate(2 * s.length()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < s.length(); i++) {
            b.putChar(s.charAt(i));
        }
        return b.flip();
    }
}
