package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.ProcessRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one {@code kdb} run printed for {@link KdbSockinfoScript}'s {@code sockinfo ADDR tcpcb} commands:
 * which processes hold each TCP socket. Each answer opens with the TCP control block at the address asked for,
 * and among the structures that follow kdb lists the processes holding the socket, one process-table line
 * each. Verbatim lines of real sessions (provenance in the test resources' PROVENANCE.md: a 2017 blog post's
 * session for the first, a UCMDB discovery script's recorded output for the second):
 *
 * <pre>
 * ---- TCPCB ----(@ F1000E0000180BB8)----
 * pvproc+00E000   56*inetd    ACTIVE 003808A 00360AC 0000000001244400   0 0001
 * </pre>
 *
 * The process line is the kernel process table's: slot, name, state, pid and parent pid in hex, address
 * space, class, thread count. Only {@code ACTIVE} lines are holders (what the public recipes grep for). A
 * process line before any control block, or one that does not read as above, cannot be tied to a socket and
 * is counted, never guessed at; everything else kdb prints is structure dumps and is skipped.
 */
public final class KdbSockinfoParser {

    private static final Pattern BLOCK = Pattern.compile("^---- TCPCB ----\\(@ ([0-9A-Fa-f]{1,16})\\)----");
    private static final Pattern PROCESS = Pattern.compile(
            "^pvproc\\+[0-9A-Fa-f]+\\s+\\d+\\*?\\s*(\\S+)\\s+ACTIVE\\s+([0-9A-Fa-f]{1,16})\\s+[0-9A-Fa-f]+(\\s.*)?$");

    /**
     * What the run said.
     *
     * @param holders by control-block address (as an unsigned number, so case and leading zeros do not
     *     matter), the processes holding that socket, each once, in kdb's order
     * @param unreadable {@code ACTIVE} process lines that could not be read or tied to a socket
     */
    public record Result(Map<Long, List<ProcessRef>> holders, int unreadable) {
        public Result {
            holders = Map.copyOf(holders);
        }

        /** The holders of the socket whose PCB address netstat printed as {@code hex}; empty when none. */
        public List<ProcessRef> of(String hex) {
            try {
                return holders.getOrDefault(Long.parseUnsignedLong(hex, 16), List.of());
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
    }

    private KdbSockinfoParser() {
    }

    public static Result parse(String output) {
        Map<Long, List<ProcessRef>> holders = new HashMap<>();
        int unreadable = 0;
        List<ProcessRef> current = null;
        for (String line : output.split("\r?\n", -1)) {
            Matcher block = BLOCK.matcher(line);
            if (block.find()) {
                current = holders.computeIfAbsent(Long.parseUnsignedLong(block.group(1), 16), k -> new ArrayList<>());
                continue;
            }
            if (!line.startsWith("pvproc+") || !line.contains("ACTIVE")) {
                continue;
            }
            Matcher p = PROCESS.matcher(line);
            if (!p.matches() || current == null) {
                unreadable++;
                continue;
            }
            long pid = Long.parseUnsignedLong(p.group(2), 16);
            if (current.stream().noneMatch(r -> r.pid() == pid)) {
                current.add(ProcessRef.owner(pid, p.group(1)));
            }
        }
        holders.values().removeIf(List::isEmpty);
        return new Result(holders, unreadable);
    }
}
