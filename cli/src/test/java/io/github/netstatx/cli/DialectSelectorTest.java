package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialectSelectorTest {

    private static String select(Optional<String> flag, Map<String, String> env, List<String> args, String os)
            throws Exception {
        return DialectSelector.select(flag, env, args, os);
    }

    @Test
    void flagBeatsEnvironmentBeatsSlashBeatsOs() throws Exception {
        assertEquals("linux", select(Optional.of("linux"), Map.of("NETSTATX_DIALECT", "windows"), List.of("/ano"),
                "Windows 11"));
        assertEquals("windows", select(Optional.empty(), Map.of("NETSTATX_DIALECT", "windows"), List.of("-tulpn"),
                "Linux"));
        assertEquals("windows", select(Optional.empty(), Map.of(), List.of("/ano"), "Linux"));
        assertEquals("windows", select(Optional.empty(), Map.of(), List.of("/?"), "Linux"));
        assertEquals("windows", select(Optional.empty(), Map.of(), List.of("-ano"), "Windows Server 2022"));
        assertEquals("linux", select(Optional.empty(), Map.of(), List.of("-ano"), "Linux"));
        assertEquals("linux", select(Optional.empty(), Map.of(), List.of("-an"), "Mac OS X"));
    }

    @Test
    void aPathLikeWordIsNotAWindowsOption() throws Exception {
        assertEquals("linux", select(Optional.empty(), Map.of(), List.of("/tmp/x"), "Linux"));
    }

    @Test
    void unknownDialectNamesAreRejectedWithTheirSource() {
        var e = assertThrows(DialectSelector.UnknownDialectException.class,
                () -> select(Optional.of("bsd"), Map.of(), List.of(), "Linux"));
        assertEquals("unknown dialect 'bsd' in --dialect (expected linux, windows or aix)", e.getMessage());
        var e2 = assertThrows(DialectSelector.UnknownDialectException.class,
                () -> select(Optional.empty(), Map.of("NETSTATX_DIALECT", "hpux"), List.of(), "Linux"));
        assertEquals("unknown dialect 'hpux' in NETSTATX_DIALECT (expected linux, windows or aix)", e2.getMessage());
    }
}
