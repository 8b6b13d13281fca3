package io.github.netstatx.cli.linux;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a net-tools command line asked for, after net-tools' mode rules ({@code netstat.c main})
 * were applied: a bare {@code -4} already means "tcp, sctp, udp, udplite and raw over IPv4" here.
 *
 * @param mode socket listing or one of the other tables
 * @param sections the selected parts of a socket listing; empty when nothing was selected (then
 *     everything but the multicast groups is listed)
 * @param inet list IPv4 tables
 * @param inet6 list IPv6 tables
 * @param implicitProtocols the inet protocols were switched on by a family ({@code -4}, {@code -A inet})
 *     or {@code -s}, not by {@code -t -u ...}; net-tools then stays silent about missing tables
 * @param families the families named with {@code -A}, {@code -4}, {@code -6}, {@code -x}, {@code --inet} ...
 * @param addressFamilies net-tools' family list as text ({@code inet,inet6}; empty when none was given)
 * @param all {@code -a}
 * @param listening {@code -l} ({@code -a} wins when both are given)
 * @param numericHosts {@code -n} or {@code --numeric-hosts}
 * @param numericPorts {@code -n} or {@code --numeric-ports}
 * @param numericUsers {@code -n} or {@code --numeric-users}
 * @param symbolic {@code -N}
 * @param extend how many times {@code -e} was given
 * @param programs {@code -p}
 * @param timers {@code -o}
 * @param wide {@code -W}
 * @param verbose {@code -v}
 * @param routeCache {@code -C}
 * @param routeFib {@code -F}
 * @param continuous {@code -c}
 * @param delay a trailing number N on the command line as a duration of N seconds (a netstatx
 *     extension; net-tools ignores it), or {@code null}
 * @param interfaceName the one interface {@code -I IFACE} / {@code --interfaces=IFACE} asks for (a netstatx
 *     extension from older net-tools; 2.10 rejects both), or {@code null}
 */
public record NetToolsOptions(NetToolsMode mode, Set<NetToolsSection> sections, boolean inet, boolean inet6,
        boolean implicitProtocols, Set<NetToolsFamily> families, String addressFamilies, boolean all,
        boolean listening, boolean numericHosts, boolean numericPorts, boolean numericUsers, boolean symbolic,
        int extend, boolean programs, boolean timers, boolean wide, boolean verbose, boolean routeCache,
        boolean routeFib, boolean continuous, Duration delay, String interfaceName) {

    public NetToolsOptions {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
    }

    /** Time between repeated passes: the trailing number, else 1 s with {@code -c}; null for one pass. */
    public Duration interval() {
        if (delay != null) {
            return delay;
        }
        return continuous ? Duration.ofSeconds(1) : null;
    }

    /** True when no section was selected: net-tools' {@code !flag_arg}. */
    public boolean everything() {
        return sections.isEmpty();
    }

    /** True when {@code section} is part of the socket listing. */
    public boolean lists(NetToolsSection section) {
        if (section == NetToolsSection.GROUPS) {
            return sections.contains(section);
        }
        return everything() || sections.contains(section);
    }

    /** True when the "Active Internet connections" title is printed. */
    public boolean listsInet() {
        return everything() || sections.stream().anyMatch(NetToolsSection::isInet);
    }

    /** The title suffix every section of the listing shares. */
    public String scopeTitle() {
        if (all) {
            return "(servers and established)";
        }
        return listening ? "(only servers)" : "(w/o servers)";
    }
}
