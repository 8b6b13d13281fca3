package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One socket collection: reads only the tables the query selects, keeps the entries in its scope,
 * and adds owners, user names and timers only when asked. With owners, the {@code /proc/*}{@code /fd}
 * scan runs on other threads while the tables are parsed.
 */
final class LinuxSocketCollector {

    private final LinuxRawSource source;
    private final BackendConfig config;

    LinuxSocketCollector(LinuxRawSource source, BackendConfig config) {
        this.source = source;
        this.config = config;
    }

    Snapshot<SocketEntry> collect(SocketQuery query) {
        ReportingReader reader = new ReportingReader(source);
        Long hidden = config.hideOwnSockets() ? source.collectorPid() : null;
        SocketOwnerScan scan = query.owners() ? SocketOwnerScan.start(source, config.parallelism(), hidden) : null;
        List<SocketEntry> entries = new ArrayList<>();
        TcpSockDiag sockDiag = TcpSockDiag.choose(query, source, config);
        for (ProcNetTable table : ProcNetTable.values()) {
            if (!query.wants(table.protocol, table.family)) {
                continue;
            }
            if (table == ProcNetTable.UNIX) {
                readWhole(table, query, reader, entries);
            } else if (sockDiag == null || table.protocol != Protocol.TCP
                    || !sockDiag.read(table, query, reader, entries::add)) {
                stream(table, query, reader, entries);
            }
        }
        // Our own descriptors are listed only after the tables were read: the JDK opens its NIO
        // pre-close socket (a half socketpair) lazily, on the first file-channel read.
        if (hidden != null) {
            Set<Long> own = socketInodesOf(hidden);
            if (!own.isEmpty()) { // usually it is: no walk over 100,000 entries to remove nothing
                entries.removeIf(e -> own.contains(e.inode()));
            }
        }
        reportSctp(query, reader);
        SocketOwners owners = null;
        if (scan != null) {
            OwnerProcessDetails details = query.processDetails() ? new OwnerProcessDetails(source, reader) : null;
            SocketOwnerIndex index = scan.finish();
            owners = new SocketOwners(source, index, details);
            entries = withOwners(entries, index, owners, reader);
        }
        if (query.users()) {
            entries = withUsers(entries, owners, reader);
        }
        return new Snapshot<>(entries, reader.diagnostics(), config.clock().instant());
    }

    /**
     * An inet table, parsed while it is read: only the lines the query keeps become entries. A read that
     * fails part-way leaves none of the table's entries, as if the table had been unreadable from the start.
     */
    private void stream(ProcNetTable table, SocketQuery query, ReportingReader reader, List<SocketEntry> entries) {
        InputStream in = reader.stream(table.path, table.protocol, Severity.INFO);
        if (in == null) {
            return;
        }
        int mark = entries.size();
        try (in) {
            int malformed = ProcNetInetParser.parse(in, table.protocol, table.family, config.hostByteOrder(), query,
                    entries::add);
            if (malformed > 0) {
                reader.malformed(table.path, table.protocol, malformed);
            }
        } catch (UncheckedIOException | IOException e) {
            entries.subList(mark, entries.size()).clear();
            reader.failed(table.path, table.protocol, Severity.INFO,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /** A table read whole, then parsed (the UNIX table: small, and its lines need the whole path). */
    private void readWhole(ProcNetTable table, SocketQuery query, ReportingReader reader, List<SocketEntry> entries) {
        byte[] data = reader.read(table.path, table.protocol, Severity.INFO);
        if (data == null) {
            return;
        }
        ParsedTable parsed = table.parse(data, config.hostByteOrder(), query.timers());
        if (parsed.malformed() > 0) {
            reader.malformed(table.path, table.protocol, parsed.malformed());
        }
        for (SocketEntry e : parsed.entries()) {
            if (query.matches(e)) {
                entries.add(e);
            }
        }
    }

    /**
     * Socket inodes held by the collecting JVM when {@link BackendConfig#hideOwnSockets()} asks to hide
     * them: netstat's own process has no sockets to show.
     */
    private Set<Long> socketInodesOf(Long self) {
        if (self == null) {
            return Set.of();
        }
        Set<Long> inodes = new HashSet<>();
        try {
            for (java.nio.file.Path fd : source.fdEntries(self)) {
                String target = source.fdTarget(fd);
                long inode = target == null ? -1 : SocketLinkParser.socketInode(target);
                if (inode > 0) {
                    inodes.add(inode);
                }
            }
        } catch (IOException e) {
            // Our own descriptors are always readable; if not, nothing is hidden.
        }
        return inodes;
    }

    /** SCTP has its own tables ({@code /proc/net/sctp/}), which this backend does not read yet. */
    private void reportSctp(SocketQuery query, ReportingReader reader) {
        if (!query.wants(Protocol.SCTP, AddressFamily.IPV4) && !query.wants(Protocol.SCTP, AddressFamily.IPV6)) {
            return;
        }
        String where = source.where("proc/net/sctp");
        if (source.exists("proc/net/sctp")) {
            reader.add(new Diagnostic(Diagnostic.Code.CAPABILITY_UNSUPPORTED, Severity.WARNING, where,
                    "SCTP sockets exist but are not listed: " + where + " is not read yet", Protocol.SCTP, 0, null));
        } else {
            reader.add(new Diagnostic(Diagnostic.Code.SOURCE_MISSING, Severity.INFO, where,
                    where + " does not exist: no sctp sockets can be listed", Protocol.SCTP, 0, null));
        }
    }

    private List<SocketEntry> withOwners(List<SocketEntry> entries, SocketOwnerIndex index, SocketOwners owners,
            ReportingReader reader) {
        List<SocketEntry> out = new ArrayList<>(entries.size());
        for (SocketEntry e : entries) {
            List<ProcessRef> held = owners.of(e.inode());
            out.add(held.isEmpty() ? e : e.toBuilder().owners(held).build());
        }
        if (index.deniedProcesses() > 0 || index.procError() != null) {
            reader.add(owners.diagnostic(effectiveUid(reader)));
        }
        owners.refusedFiles().forEach(reader::add);
        return out;
    }

    /** The collector's effective uid, from {@code proc/self/status} under the root; {@code null} if unreadable. */
    private Long effectiveUid(ReportingReader reader) {
        try {
            return ProcStatusParser.effectiveUid(source.read("proc/self/status"));
        } catch (RegularFileReader.RefusedException planted) {
            reader.refused("proc/self/status", planted);
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Names of the sockets' uids and, when owners were collected with their details, of the owner
     * processes' effective uids: one name-service lookup for both.
     *
     * @param owners the owner lookup of this collection, or {@code null} without owners
     */
    private List<SocketEntry> withUsers(List<SocketEntry> entries, SocketOwners owners, ReportingReader reader) {
        Set<Long> uids = new HashSet<>();
        for (SocketEntry e : entries) {
            if (e.uid() != null) {
                uids.add(e.uid());
            }
        }
        if (owners != null) {
            uids.addAll(owners.processUids());
        }
        Map<Long, String> names = new UserNames(source).resolve(uids, reader);
        List<SocketEntry> out = new ArrayList<>(entries.size());
        for (SocketEntry e : entries) {
            String name = e.uid() == null ? null : names.get(e.uid());
            boolean namedOwners = owners != null && !e.owners().isEmpty();
            if (name == null && !namedOwners) {
                out.add(e);
                continue;
            }
            SocketEntry.Builder b = e.toBuilder();
            if (name != null) {
                b.user(name);
            }
            if (namedOwners) {
                b.owners(owners.withUserNames(e.owners(), names));
            }
            out.add(b.build());
        }
        return out;
    }
}
