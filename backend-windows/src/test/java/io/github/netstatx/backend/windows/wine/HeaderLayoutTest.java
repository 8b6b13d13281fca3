package io.github.netstatx.backend.windows.wine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.windows.decode.DecoderLayouts;
import io.github.netstatx.backend.windows.decode.StructLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, verification (1): every offset and size a decoder uses equals {@code offsetof}/{@code sizeof}
 * printed by {@code iphlp_dump.c}, compiled against the mingw-w64 headers and run under Wine, and every
 * structure field the program prints is covered by a decoder's layout.
 */
class HeaderLayoutTest {

    private static Map<String, Integer> printed;

    @BeforeAll
    static void runDump() throws Exception {
        WineHarness wine = WineHarness.get();
        Path out = wine.work().resolve("host");
        wine.dump(out);
        printed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("layout.txt"))) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "sizeof" -> printed.put(f[1], Integer.parseInt(f[2]));
                case "offsetof" -> printed.put(f[1] + "." + f[2], Integer.parseInt(f[3]));
                default -> { }
            }
        }
        System.out.println("[wine] prefix initialisation took " + wine.bootMillis() + " ms");
    }

    private static Map<String, Integer> ours() {
        Map<String, Integer> ours = new LinkedHashMap<>();
        for (StructLayout l : DecoderLayouts.fromHeaders()) {
            if (l.size() != null) {
                ours.put(l.name(), l.size());
            }
            l.offsets().forEach((field, offset) -> ours.put(l.name() + "." + field, offset));
        }
        return ours;
    }

    @Test
    void everyDecoderOffsetAndSizeMatchesTheHeaders() {
        List<String> wrong = new ArrayList<>();
        ours().forEach((key, value) -> {
            Integer real = printed.get(key);
            if (!value.equals(real)) {
                wrong.add(key + ": decoder " + value + ", headers " + real);
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(ours().size() > 200, "all layouts were compared: " + ours().size());
    }

    @Test
    void everyPrintedFieldIsCoveredByADecoder() {
        TreeSet<String> uncovered = printed.keySet().stream().filter(k -> !ours().containsKey(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(), uncovered);
    }
}
