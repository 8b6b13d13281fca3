package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.prometheus.ExpositionWriter.Type;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One sample as a Prometheus exposition: what the textfile collector of node_exporter (or
 * windows_exporter) serves from a {@code .prom} file.
 *
 * <ul>
 *   <li>{@code netstatx_info{backend,version}} 1;</li>
 *   <li>{@code netstatx_collection_timestamp_seconds}: when the sample was taken (a value, not a
 *       sample timestamp, which the textfile collector refuses), for staleness alerts;</li>
 *   <li>{@code netstatx_diagnostics{section,code,severity}}: how many gaps the collection reported
 *       (owners not visible, unreadable sources); absent when there were none;</li>
 *   <li>{@code netstatx_source_absent{section,protocol,source}} 1: an optional source this host does not
 *       have (no SCTP module, no IPv6 multicast table). That is no gap: there is nothing to read, so it is
 *       not counted as a diagnostic, which would fire on most hosts;</li>
 *   <li>the socket metrics of {@link SocketMetrics}, the interface metrics of {@link InterfaceMetrics}
 *       and the protocol counters of {@link ProtocolMetrics}, each when the sample has that view.</li>
 * </ul>
 */
public final class PrometheusExposition {

    private PrometheusExposition() {
    }

    /**
     * @param version the netstatx version for {@code netstatx_info}, or {@code null} when unknown
     */
    public static void write(StringBuilder out, Sample s, String version) {
        ExpositionWriter w = new ExpositionWriter(out);
        w.family("netstatx_info", Type.GAUGE, "Always 1: the netstatx version and the backend that collected.");
        w.sample(1, "backend", s.backendId(), "version", version == null ? "" : version);
        w.family("netstatx_collection_timestamp_seconds", Type.GAUGE,
                "When the data was collected, in seconds since the epoch.");
        w.sample(s.collectedAt().getEpochSecond());
        diagnostics(w, s.diagnostics());
        if (s.sockets() != null) {
            Set<AddressFamily> families = EnumSet.noneOf(AddressFamily.class);
            families.addAll(s.request().sockets().families());
            SocketMetrics.write(w, s.sockets().items(), families);
        }
        if (s.interfaces() != null) {
            InterfaceMetrics.write(w, s.interfaces().items());
        }
        if (s.statistics() != null) {
            ProtocolMetrics.write(w, s.statistics().items());
        }
    }

    private static void diagnostics(ExpositionWriter w, List<Sample.SectionDiagnostic> diagnostics) {
        Map<List<String>, Long> counts = new TreeMap<>(SocketMetrics.LABELS_ORDER);
        Map<List<String>, Long> absent = new TreeMap<>(SocketMetrics.LABELS_ORDER);
        for (Sample.SectionDiagnostic d : diagnostics) {
            if (optionalAndAbsent(d.diagnostic())) {
                Protocol p = d.diagnostic().protocol();
                absent.put(List.of(word(d.section()), p == null ? "" : word(p), d.diagnostic().source()), 1L);
                continue;
            }
            counts.merge(List.of(word(d.section()), word(d.diagnostic().code()), word(d.diagnostic().severity())),
                    1L, Long::sum);
        }
        w.family("netstatx_diagnostics", Type.GAUGE,
                "Gaps the collection reported (owners not visible, unreadable sources), by section, code and severity.");
        counts.forEach((k, n) -> w.sample(n, "section", k.get(0), "code", k.get(1), "severity", k.get(2)));
        w.family("netstatx_source_absent", Type.GAUGE,
                "Always 1: an optional source this host does not have (a kernel module not loaded), by section, "
                        + "protocol and source.");
        absent.forEach((k, n) -> w.sample(n, "section", k.get(0), "protocol", k.get(1), "source", k.get(2)));
    }

    /** A source that may be missing on a healthy host: backends report those as INFO, the result complete. */
    static boolean optionalAndAbsent(Diagnostic d) {
        return d.code() == Diagnostic.Code.SOURCE_MISSING && d.severity() == Severity.INFO;
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
