package io.github.netstatx.backend.linux;

import io.github.netstatx.core.text.SurrogateEscape;

/**
 * Derives the program name from {@code /proc/PID/cmdline} the way net-tools 2.10 does for its
 * {@code PID/Program name} column.
 * <pre>
 * /usr/bin/python3\0socket-set.py\0/run/netstatx-demo\0   gives  python3
 * avahi-daemon: running [demo.local]\0-c\0...             gives  avahi-daemon: running [demo.local]
 * (empty: a kernel thread or a zombie)                    gives  the empty name
 * </pre>
 * The name is argv[0]: the bytes up to the first NUL within the first {@value #READ_LIMIT} bytes.
 * When argv[0] starts with {@code /}, only the part after its last {@code /} is kept; otherwise it
 * is kept as it is, so processes that rewrite their title show that title.
 */
final class ProcCmdlineParser {

    /** net-tools reads {@code sizeof(cmdlbuf) - 1} bytes. */
    static final int READ_LIMIT = 511;

    private ProcCmdlineParser() {
    }

    static String programName(byte[] cmdline) {
        int len = Math.min(cmdline.length, READ_LIMIT);
        int end = 0;
        while (end < len && cmdline[end] != 0) {
            end++;
        }
        int start = 0;
        if (end > 0 && cmdline[0] == '/') {
            for (int i = 0; i < end; i++) {
                if (cmdline[i] == '/') {
                    start = i + 1;
                }
            }
        }
        return SurrogateEscape.decode(cmdline, start, end - start);
    }
}
