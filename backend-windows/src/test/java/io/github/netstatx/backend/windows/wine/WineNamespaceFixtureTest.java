package io.github.netstatx.backend.windows.wine;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The namespace checks on the capture kept in {@code src/test/resources/fixtures/wine-netns} (see its
 * {@code provenance.txt}); needs neither Wine nor root, so the decoders stay verified against real Wine
 * bytes everywhere.
 */
class WineNamespaceFixtureTest extends AbstractNamespaceCaptureTest {

    @Override
    Path capture() {
        try {
            return Path.of(getClass().getResource("/fixtures/wine-netns").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
