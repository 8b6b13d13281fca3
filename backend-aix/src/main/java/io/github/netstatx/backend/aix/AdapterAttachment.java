package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts each adapter's {@code netstat -v} statistics on the interface that runs over it. AIX names the
 * Ethernet interface over adapter {@code entN} {@code enN} (and the IEEE 802.3 one {@code etN}); a block
 * titled with the interface's own name ({@code entstat -d en0}) belongs to that interface. An adapter with
 * no interface in the listing has nowhere to go in the model and is named in a note.
 */
final class AdapterAttachment {

    private AdapterAttachment() {
    }

    static List<NetInterface> attach(List<NetInterface> interfaces, List<AdapterStatistics> adapters,
            List<Diagnostic> diagnostics) {
        List<NetInterface> result = new ArrayList<>(interfaces);
        for (AdapterStatistics a : adapters) {
            String adapter = a.adapterName();
            Optional<Integer> at = position(result, adapter);
            if (at.isEmpty()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.CAPABILITY_UNSUPPORTED, Severity.INFO, "netstat -v",
                        "adapter " + SafeText.quote(adapter) + " has no interface in netstat -in; its statistics"
                                + " are not shown"));
                continue;
            }
            result.set(at.get(), result.get(at.get()).withAdapter(a));
        }
        return result;
    }

    /** The interface named like the adapter, else the {@code en}/{@code et} interface over {@code entN}. */
    private static Optional<Integer> position(List<NetInterface> interfaces, String adapter) {
        List<String> names = new ArrayList<>(List.of(adapter));
        if (adapter.matches("ent\\d+")) {
            names.add("en" + adapter.substring(3));
            names.add("et" + adapter.substring(3));
        }
        for (String name : names) {
            for (int i = 0; i < interfaces.size(); i++) {
                if (interfaces.get(i).name().equals(name)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
