package io.github.netstatx.backend.windows;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the captured fixture directories. */
final class Fixtures {

    private Fixtures() {
    }

    /** {@code wine-netns} (the known socket set), {@code wine-host} or {@code wine-unicast} (addresses). */
    static FixtureIpHelperSource wine(String name) {
        String dir = name.equals("wine-netns") ? "/fixtures/wine-netns/wine" : "/fixtures/" + name;
        try {
            return FixtureIpHelperSource.fromDirectory(Path.of(Fixtures.class.getResource(dir).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
