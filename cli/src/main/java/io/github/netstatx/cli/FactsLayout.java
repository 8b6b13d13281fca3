package io.github.netstatx.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * How {@code --facts} lays out its document. Tools that take the top-level keys of an executable's
 * output as fact names (Facter, Ohai, Salt) need one namespacing key; Ansible names a local fact after
 * its file ({@code netstatx.fact} becomes {@code ansible_local.netstatx}, {@code netstatx.ps1} on
 * Windows {@code ansible_netstatx}), so it gets the facts themselves.
 */
public enum FactsLayout {
    /** {@code {"netstatx": {...}}}: {@code --facts}. */
    NAMESPACED,
    /** The facts object itself: {@code --facts=ansible}. */
    ANSIBLE,
    /**
     * Exactly the {@code ansible_facts} of {@code community.general.listen_ports_facts}: {@code tcp_listen} and
     * {@code udp_listen} only, with that module's values ({@code --facts=listen_ports}).
     */
    LISTEN_PORTS,
    /**
     * The same module with {@code include_non_listening: true}: every TCP and UDP socket, each record with
     * {@code state} and {@code foreign_address} as well ({@code --facts=listen_ports_all}).
     */
    LISTEN_PORTS_ALL;

    /** The word after {@code --facts=}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FactsLayout> byId(String word) {
        for (FactsLayout l : values()) {
            if (l.id().equals(word)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Every layout's word, for messages. */
    public static String words() {
        StringBuilder sb = new StringBuilder();
        for (FactsLayout l : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(l.id());
        }
        return sb.toString();
    }
}
