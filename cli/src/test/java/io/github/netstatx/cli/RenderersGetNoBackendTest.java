package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NetstatBackend;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renderers are handed a {@link Sample} and a {@link Rendering}, never anything that reaches a backend,
 * so no output can show data collected apart from the sample. This checks the types of everything a
 * renderer is given; a parameter or component added later that carries a backend fails it.
 */
class RenderersGetNoBackendTest {

    private static final Set<Class<?>> BACKEND_TYPES = Set.of(NetstatBackend.class, BackendProvider.class,
            Backends.class, BackendAccess.class, Invocation.class, SampleCollector.class);

    @Test
    void whatRenderersAreGivenHoldsNoBackend() throws Exception {
        List<Class<?>> given = new ArrayList<>();
        for (Class<?> renderer : List.of(TableView.class, TableView.Pass.class,
                Class.forName("io.github.netstatx.cli.linux.NetToolsView"),
                io.github.netstatx.cli.windows.WindowsViewRenderer.class)) {
            for (Method m : renderer.getDeclaredMethods()) {
                if (!m.isSynthetic() && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    given.addAll(List.of(m.getParameterTypes()));
                }
            }
        }
        assertTrue(given.contains(Sample.class), "renderers are given the sample: " + given);
        for (Class<?> record : List.of(Rendering.class, Sample.class,
                io.github.netstatx.cli.windows.WindowsViewRenderer.Request.class)) {
            for (RecordComponent c : record.getRecordComponents()) {
                given.add(c.getType());
            }
        }
        List<Class<?>> leaks = given.stream().filter(BACKEND_TYPES::contains).toList();
        assertEquals(List.of(), leaks);
    }
}
