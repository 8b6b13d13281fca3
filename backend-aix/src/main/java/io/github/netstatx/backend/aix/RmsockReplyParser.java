package io.github.netstatx.backend.aix;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the one line {@code rmsock ADDR tcpcb} prints. Verbatim replies (IBM technote isg3T1019570 and
 * sessions quoted in {@code aix-samples}), with IBM's spelling "proccess":
 *
 * <pre>
 * The socket 0xf1000e0000180808 is being held by proccess 3211434 (writesrv).
 * The socket 0xf1000e0000180808 is being held by Kernel/Kernel Extension.
 * socket 0x258d008 is removed.
 * </pre>
 *
 * The last one means rmsock found no holder and ABORTED the socket.
 */
public final class RmsockReplyParser {

    /** What rmsock said. */
    public sealed interface Reply permits HeldByProcess, HeldByKernel, Removed {
    }

    /** A process holds the socket. */
    public record HeldByProcess(long pid, String name) implements Reply {
    }

    /** Only the kernel or a kernel extension holds it. */
    public record HeldByKernel() implements Reply {
    }

    /** Nobody held it and rmsock removed it (destructive). */
    public record Removed() implements Reply {
    }

    private static final Pattern PROCESS = Pattern.compile(
            "The socket (?:0x)?[0-9a-fA-F]+ is being held by procc?ess (\\d+) \\((.*)\\)\\.?");
    private static final Pattern KERNEL = Pattern.compile(
            "The socket (?:0x)?[0-9a-fA-F]+ is being held by Kernel/Kernel Extension\\.?");
    private static final Pattern REMOVED = Pattern.compile("socket (?:0x)?[0-9a-fA-F]+ is removed\\.?");

    private RmsockReplyParser() {
    }

    /** The reply in the output, or empty when no line has a known form. */
    public static Optional<Reply> parse(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            Matcher m = PROCESS.matcher(t);
            if (m.matches()) {
                Optional<Long> pid = AixAddressText.counter(m.group(1));
                if (pid.isPresent()) {
                    return Optional.of(new HeldByProcess(pid.get(), m.group(2)));
                }
            }
            if (KERNEL.matcher(t).matches()) {
                return Optional.of(new HeldByKernel());
            }
            if (REMOVED.matcher(t).matches()) {
                return Optional.of(new Removed());
            }
        }
        return Optional.empty();
    }
}
