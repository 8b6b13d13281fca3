package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.jna.PasswdLookup;
import io.github.netstatx.core.model.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * User names by uid, as {@code getpwuid} would give them.
 *
 * <p>{@code etc/passwd} under the root first: that answers for local users without native code. On the live
 * system the uids it does not have go to the C library's name service ({@link PasswdLookup}: LDAP, sssd,
 * systemd-homed ...), one by one; only such uids load JNA. A fixture tree has no name service. Unknown uids
 * get no name; neither does a replay ask this system's name service for the captured host's uids.
 */
final class UserNames {

    private final LinuxRawSource source;

    UserNames(LinuxRawSource source) {
        this.source = source;
    }

    /** Names of the given uids that could be resolved. */
    Map<Long, String> resolve(Set<Long> uids, ReportingReader reader) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        byte[] passwd = reader.read("etc/passwd", null, Severity.WARNING);
        Map<Long, String> names = new HashMap<>(passwd == null ? Map.of() : EtcPasswdParser.namesOf(passwd, uids));
        if (source.isLiveRoot() && !source.isReplay()) {
            for (Long uid : new TreeSet<>(uids)) {
                if (!names.containsKey(uid)) {
                    try {
                        String name = PasswdLookup.nameOf(uid);
                        if (name != null) {
                            names.put(uid, name);
                        }
                    } catch (IOException e) {
                        break; // no name service: the uid is shown as a number, as net-tools does for unknown ones
                    }
                }
            }
        }
        return names;
    }
}
