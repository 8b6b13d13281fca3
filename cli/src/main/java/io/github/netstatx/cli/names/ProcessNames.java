package io.github.netstatx.cli.names;

/**
 * Short process names for places that need a stable identifier rather than the full title a process
 * shows: fleet facts and metric labels.
 */
public final class ProcessNames {

    private ProcessNames() {
    }

    /**
     * The first word of a program name, without a trailing colon: {@code sshd: /usr/sbin/sshd -D
     * [listener] 0 of 10-100 startups} gives {@code sshd}, {@code avahi-daemon: running [h.local]}
     * gives {@code avahi-daemon}. This is what Ansible's {@code listen_ports_facts} reports as
     * {@code name}, and unlike the whole title it does not change while the process runs.
     *
     * @return the word, or {@code null} for {@code null}
     */
    public static String firstWord(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        int blank = 0;
        while (blank < s.length() && !Character.isWhitespace(s.charAt(blank))) {
            blank++;
        }
        String word = s.substring(0, blank);
        return word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
    }
}
