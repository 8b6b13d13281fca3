package io.github.netstatx.cli.linux;

import java.util.Optional;

/**
 * Where the linux dialect finds the renderer of each non-socket table. A table without a view
 * answers {@code netstatx: <what> is not available yet} with status 1.
 */
public final class NetToolsViews {

    /** The tables a view renders. */
    public enum Kind {
        INTERFACES("the interface table (-i)"),
        ROUTES("the routing table (-r)"),
        STATISTICS("the statistics table (-s)"),
        MASQUERADE("the masquerade table (-M)"),
        GROUPS("the multicast group table (-g)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How the "not available" message names it. */
        public String description() {
            return description;
        }
    }

    private NetToolsViews() {
    }

    /** The view for {@code kind}; views plug in here. */
    public static Optional<NetToolsView> find(Kind kind) {
        return Optional.of(switch (kind) {
            case INTERFACES -> new InterfacesView();
            case ROUTES -> new RoutesView();
            case STATISTICS -> new StatisticsView();
            case MASQUERADE -> new MasqueradeView();
            case GROUPS -> new GroupsView();
        });
    }
}
