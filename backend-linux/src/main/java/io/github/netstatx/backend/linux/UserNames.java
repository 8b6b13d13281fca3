package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.model.Severity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * User names by uid, as {@code getpwuid} would give them.
 *
 * <p>On the live system the name service decides (LDAP, sssd, systemd-homed ... not only
 * {@code /etc/passwd}), so {@code getent passwd UID...} is run once for all uids; {@code /etc/passwd}
 * is the fallback when getent cannot run. A fixture tree has no name service: its
 * {@code etc/passwd} is read. Unknown uids get no name.
 */
final class UserNames {

    /** getent: 0 all found, 2 some keys not found; both print what was found. */
    private static final int GETENT_SOME_MISSING = 2;

    private final LinuxRawSource source;
    private final Duration timeout;

    UserNames(LinuxRawSource source, Duration timeout) {
        this.source = source;
        this.timeout = timeout;
    }

    /** Names of the given uids that could be resolved. */
    Map<Long, String> resolve(Set<Long> uids, ReportingReader reader) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        if (source.isLiveRoot()) {
            byte[] out = getent(uids);
            if (out != null) {
                return EtcPasswdParser.namesOf(out, uids);
            }
        }
        byte[] passwd = reader.read("etc/passwd", null, Severity.WARNING);
        return passwd == null ? Map.of() : EtcPasswdParser.namesOf(passwd, uids);
    }

    /** getent's output, or {@code null} when it could not run or failed outright. */
    private byte[] getent(Set<Long> uids) {
        var argv = new ArrayList<String>();
        argv.add("getent");
        argv.add("passwd");
        for (Long uid : new TreeSet<>(uids)) {
            argv.add(Long.toString(uid));
        }
        try {
            CommandResult r = source.run(argv, timeout);
            Integer status = r.exitStatus();
            return status != null && (status == 0 || status == GETENT_SOME_MISSING) ? r.stdout() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
