package io.github.netstatx.cli.windows;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The seam through which the {@code -e}, {@code -s} and {@code -r} renderers join the Windows dialect.
 * A view without a renderer makes its option say plainly that it is not available yet, rather than
 * print something wrong.
 */
public final class WindowsViews {

    private final Map<WindowsView, WindowsViewRenderer> renderers;

    private WindowsViews(Map<WindowsView, WindowsViewRenderer> renderers) {
        this.renderers = renderers;
    }

    /** No views at all. */
    public static WindowsViews none() {
        return new WindowsViews(new EnumMap<>(WindowsView.class));
    }

    /** The views netstatx ships. Register a finished view renderer here: {@code .with(view, renderer)}. */
    public static WindowsViews builtIn() {
        return none().with(WindowsView.INTERFACE_STATISTICS, new InterfaceStatisticsView())
                .with(WindowsView.PROTOCOL_STATISTICS, new ProtocolStatisticsView())
                .with(WindowsView.ROUTES, new RoutePrintView());
    }

    /** These views plus {@code renderer} for {@code view}. */
    public WindowsViews with(WindowsView view, WindowsViewRenderer renderer) {
        Map<WindowsView, WindowsViewRenderer> m = new EnumMap<>(WindowsView.class);
        m.putAll(renderers);
        m.put(view, renderer);
        return new WindowsViews(m);
    }

    /** The renderer of {@code view}, if one is registered. */
    public Optional<WindowsViewRenderer> renderer(WindowsView view) {
        return Optional.ofNullable(renderers.get(view));
    }
}
