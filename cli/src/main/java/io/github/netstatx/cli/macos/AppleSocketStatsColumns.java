package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.ProductVersion;
import io.github.netstatx.core.model.SocketEntry;
import java.util.Locale;

/**
 * The columns Apple's netstat appends to a socket row after {@code (state)}: the byte counts ({@code -b}, and from
 * network_cmds 696 also {@code -v}) and the {@code -v} columns, in the generation of netstat that shipped with the
 * data's macOS release (network_cmds {@code inet.c} {@code protopr}, from 705 {@code main.c}
 * {@code print_socket_stats_format}/{@code print_socket_stats_data}):
 * <ul>
 * <li>543 (10.13): {@code rhiwat shiwat pid epid}, six wide;
 * <li>543.200 to 644 (10.14 to 13): the same plus {@code state} and {@code options} as {@code 0x%04x 0x%08x};
 * <li>667 (14): {@code rhiwat}/{@code shiwat} seven wide, {@code state} {@code %05x}, {@code options} {@code %08x},
 * then, when the first socket's record has the macOS 13 fields, {@code gencnt flags flags1 usscnt rtncnt fltrs};
 * <li>696 (15.0 to 15.3): {@code -v} implies the byte counts; the extended columns always, headed {@code usecnt};
 * <li>705 (15.4 and later 15.x): byte counts twelve wide;
 * <li>726 (26): {@code process:pid} (the name {@code proc_name} gives, right-aligned in 16, then the pid
 * left-aligned in 6) in place of {@code pid epid}.
 * </ul>
 * Other systems' data print in the 596 form (they have neither the macOS 13 fields nor a delegate pid).
 * {@code -vv} (packets, {@code eprocess:epid}) and {@code -d} ({@code rxdrops}) are not drawn: the model has
 * neither packet counts nor the no-space drops.
 */
enum AppleSocketStatsColumns {
    N543, N596, N667, N696, N705, N726;

    /** The generation for data of a macOS release; other systems' data: 596. */
    static AppleSocketStatsColumns forData(OsFamily os, String osVersion) {
        return ProductVersion.ofMac(os, osVersion).map(AppleSocketStatsColumns::of).orElse(N596);
    }

    private static AppleSocketStatsColumns of(ProductVersion v) {
        if (v.major() == 10) {
            return v.minor() <= 13 ? N543 : N596;
        }
        if (v.major() <= 13) {
            return N596;
        }
        if (v.major() == 14) {
            return N667;
        }
        if (v.major() == 15) {
            return v.minor() < 4 ? N696 : N705;
        }
        return N726;
    }

    /** What {@code proc_name} gives for the process: it fills a 32-byte buffer, so at most 31 bytes of the name. */
    private static String procName(ProcessRef p) {
        String n = p.name();
        return n == null ? "" : io.github.netstatx.cli.TerminalSafe.dotted(n.length() > 31 ? n.substring(0, 31) : n);
    }

    /** {@code -vv}: packet counts beside the byte counts (network_cmds 698.60 and later: 705 and 726 here). */
    private boolean countsPackets(AppleOptions o) {
        return o.verbose() > 1 && ordinal() >= N705.ordinal();
    }

    /** {@code -d} with {@code -b} or {@code -v}: the receive drops column (network_cmds 698.60 and later). */
    private boolean countsDrops(AppleOptions o) {
        return o.drops() && ordinal() >= N705.ordinal();
    }

    /** Whether this generation prints the byte counts for these options. */
    private boolean bytes(AppleOptions o) {
        return o.bytes() || o.verbose() > 0 && ordinal() >= N696.ordinal();
    }

    /**
     * Whether the extended {@code -v} columns are printed, decided as netstat decides it: 667 by the first socket
     * it prints, 696 and later always.
     */
    boolean extended(SocketEntry first) {
        return switch (this) {
            case N543, N596 -> false;
            case N667 -> first.bsd() != null && first.bsd().generation() != null;
            default -> true;
        };
    }

    String header(AppleOptions o, boolean extended) {
        StringBuilder sb = new StringBuilder();
        if (bytes(o)) {
            if (countsPackets(o)) {
                sb.append(String.format(Locale.ROOT, " %12.12s/%-9.9s %12.12s/%-9.9s", "rxbytes", "packets", "txbytes",
                        "packets"));
            } else {
                String w = ordinal() >= N705.ordinal() ? "12" : "10";
                sb.append(String.format(Locale.ROOT, " %" + w + "." + w + "s %" + w + "." + w + "s", "rxbytes",
                        "txbytes"));
            }
            if (countsDrops(o)) {
                sb.append(countsPackets(o) ? String.format(Locale.ROOT, " %12.12s/%-9.9s", "rxdrops", "packets")
                        : String.format(Locale.ROOT, " %12.12s", "rxdrops"));
            }
        }
        if (o.verbose() == 0) {
            return sb.toString();
        }
        switch (this) {
            case N543 -> sb.append(String.format(Locale.ROOT, " %6.6s %6.6s %6.6s %6.6s", "rhiwat", "shiwat", "pid",
                    "epid"));
            case N596 -> sb.append(String.format(Locale.ROOT, " %6.6s %6.6s %6.6s %6.6s %6s %10s", "rhiwat", "shiwat",
                    "pid", "epid", "state", "options"));
            case N726 -> sb.append(String.format(Locale.ROOT, " %7.7s %7.7s %16s:%-6s", "rhiwat", "shiwat", "process",
                    "pid")).append(o.verbose() > 1 ? String.format(Locale.ROOT, " %16s:%-6s", "eprocess", "epid") : "")
                    .append(String.format(Locale.ROOT, " %5.5s %8.8s %16.16s %8.8s %8.8s %6s %6s %5s", "state",
                            "options", "gencnt", "flags", "flags1", "usecnt", "rtncnt", "fltrs"));
            default -> {
                sb.append(String.format(Locale.ROOT, " %7.7s %7.7s %6.6s %6.6s %5.5s %8.8s", "rhiwat", "shiwat", "pid",
                        "epid", "state", "options"));
                if (extended) {
                    sb.append(String.format(Locale.ROOT, " %16.16s %8.8s %8.8s %6s %6s %5s", "gencnt", "flags",
                            "flags1", this == N667 ? "usscnt" : "usecnt", "rtncnt", "fltrs"));
                }
            }
        }
        return sb.toString();
    }

    String row(SocketEntry e, AppleOptions o, boolean extended) {
        BsdSocketInfo bsd = e.bsd();
        StringBuilder sb = new StringBuilder();
        if (bytes(o)) {
            long rx = value(bsd == null ? null : bsd.rxBytes());
            long tx = value(bsd == null ? null : bsd.txBytes());
            if (countsPackets(o)) {
                sb.append(String.format(Locale.ROOT, " %12d/%-9d %12d/%-9d", rx,
                        value(bsd == null ? null : bsd.rxPackets()), tx, value(bsd == null ? null : bsd.txPackets())));
            } else {
                String w = ordinal() >= N705.ordinal() ? "12" : "10";
                sb.append(String.format(Locale.ROOT, " %" + w + "d %" + w + "d", rx, tx));
            }
            if (countsDrops(o)) {
                long drops = value(bsd == null ? null : bsd.rxDroppedBytes());
                sb.append(countsPackets(o) ? String.format(Locale.ROOT, " %12d/%-9d", drops,
                        value(bsd == null ? null : bsd.rxDroppedPackets())) : String.format(Locale.ROOT, " %12d", drops));
            }
        }
        if (o.verbose() == 0) {
            return sb.toString();
        }
        long rhiwat = value(bsd == null ? null : bsd.recvHighWater());
        long shiwat = value(bsd == null ? null : bsd.sendHighWater());
        ProcessRef last = recorded(e, false);
        ProcessRef effective = recorded(e, true);
        long pid = last == null ? 0 : last.pid();
        long epid = effective != null ? effective.pid() : 0; // so_e_pid 0: no delegate (the model lists none)
        int soState = bsd == null || bsd.socketState() == null ? 0 : bsd.socketState();
        long options = value(bsd == null ? null : bsd.socketOptions());
        switch (this) {
            case N543 -> sb.append(String.format(Locale.ROOT, " %6d %6d %6d %6d", rhiwat, shiwat, pid, epid));
            case N596 -> sb.append(String.format(Locale.ROOT, " %6d %6d %6d %6d 0x%04x 0x%08x", rhiwat, shiwat, pid,
                    epid, soState, options));
            case N726 -> {
                String name = last == null ? "" : procName(last);
                sb.append(String.format(Locale.ROOT, " %7d %7d %16s:%-6d", rhiwat, shiwat, name, pid));
                if (o.verbose() > 1) {
                    // netstat leaves both empty when so_e_pid is 0 (no delegate)
                    sb.append(String.format(Locale.ROOT, " %16s:%-6s", effective == null ? "" : procName(effective),
                            effective == null ? "" : Long.toString(effective.pid())));
                }
                sb.append(String.format(Locale.ROOT, " %05x %08x", soState, options)).append(extension(bsd));
            }
            default -> {
                sb.append(String.format(Locale.ROOT, " %7d %7d %6d %6d %05x %08x", rhiwat, shiwat, pid, epid, soState,
                        options));
                if (extended) {
                    sb.append(extension(bsd));
                }
            }
        }
        return sb.toString();
    }

    private static String extension(BsdSocketInfo bsd) {
        return String.format(Locale.ROOT, " %016x %08x %08x %6d %6d %06x", value(bsd == null ? null : bsd.generation()),
                value(bsd == null ? null : bsd.socketFlags()), value(bsd == null ? null : bsd.socketFlags1()),
                bsd == null || bsd.useCount() == null ? 0 : bsd.useCount(),
                bsd == null || bsd.retainCount() == null ? 0 : bsd.retainCount(),
                value(bsd == null ? null : bsd.filterFlags()));
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }

    /**
     * so_last_pid (or so_e_pid) as netstat prints it, even where libproc found the descriptor holders (those lead
     * the owners for the other dialects); other systems' data: the first holder. Null when none is known.
     */
    private static ProcessRef recorded(SocketEntry e, boolean effective) {
        ProcessRef holder = null;
        for (ProcessRef r : e.owners()) {
            if (r.role() == (effective ? ProcessRef.Role.EFFECTIVE : ProcessRef.Role.LAST)) {
                return r;
            }
            if (r.role() == ProcessRef.Role.OWNER && holder == null) {
                holder = r;
            }
        }
        return effective ? null : holder;
    }
}
