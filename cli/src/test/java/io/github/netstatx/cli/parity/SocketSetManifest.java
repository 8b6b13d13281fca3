package io.github.netstatx.cli.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What socketset.py reports before it says "ready": its holder processes (pid and argv[0]) and every socket
 * each of them holds (inode, pid, what it is). A socket held by two processes has two lines.
 */
record SocketSetManifest(Map<Long, String> holders, List<HeldSocket> sockets) {

    /** One socket in one holder. */
    record HeldSocket(long inode, long pid, String description) {
    }

    /**
     * Reads lines such as {@code holder 12815 /opt/nsx dir/nsx-unix} and
     * {@code socket 24209 12815 tcp-server listen ssh}, up to the line {@code ready}.
     */
    static SocketSetManifest parse(List<String> lines) {
        Map<Long, String> holders = new LinkedHashMap<>();
        List<HeldSocket> sockets = new ArrayList<>();
        for (String line : lines) {
            if (line.equals("ready")) {
                break;
            }
            String[] words = line.split(" ", 4);
            switch (words[0]) {
                case "holder" -> holders.put(Long.parseLong(words[1]), line.split(" ", 3)[2]);
                case "socket" -> sockets.add(new HeldSocket(Long.parseLong(words[1]), Long.parseLong(words[2]),
                        words[3]));
                default -> throw new IllegalArgumentException("unexpected manifest line: " + line);
            }
        }
        return new SocketSetManifest(Map.copyOf(holders), List.copyOf(sockets));
    }

    /**
     * The program name net-tools derives from argv[0]: the part after the last {@code /} when argv[0] starts
     * with {@code /}, argv[0] itself otherwise.
     */
    static String programName(String argv0) {
        return argv0.startsWith("/") ? argv0.substring(argv0.lastIndexOf('/') + 1) : argv0;
    }

    /** The PID/Program name cell net-tools prints: {@code PID/name}, at most 19 characters. */
    static String programCell(long pid, String argv0) {
        String cell = pid + "/" + programName(argv0);
        return cell.length() > 19 ? cell.substring(0, 19) : cell;
    }
}
