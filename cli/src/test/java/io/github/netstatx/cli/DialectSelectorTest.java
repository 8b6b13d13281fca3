package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netstatx.core.model.OsFamily;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialectSelectorTest {

    private static DialectId select(Optional<String> flag, Map<String, String> env, List<String> args, String os)
            throws Exception {
        return DialectSelector.select(flag, env, args, OsFamily.fromOsName(os));
    }

    @Test
    void flagBeatsEnvironmentBeatsSlashBeatsOs() throws Exception {
        assertEquals(DialectId.LINUX, select(Optional.of("linux"), Map.of("NETSTATX_DIALECT", "windows"), List.of("/ano"),
                "Windows 11"));
        assertEquals(DialectId.WINDOWS, select(Optional.empty(), Map.of("NETSTATX_DIALECT", "windows"), List.of("-tulpn"),
                "Linux"));
        assertEquals(DialectId.WINDOWS, select(Optional.empty(), Map.of(), List.of("/ano"), "Linux"));
        assertEquals(DialectId.WINDOWS, select(Optional.empty(), Map.of(), List.of("/?"), "Linux"));
        assertEquals(DialectId.WINDOWS, select(Optional.empty(), Map.of(), List.of("-ano"), "Windows Server 2022"));
        assertEquals(DialectId.LINUX, select(Optional.empty(), Map.of(), List.of("-ano"), "Linux"));
        assertEquals(DialectId.MACOS, select(Optional.empty(), Map.of(), List.of("-an"), "Mac OS X"));
        assertEquals(DialectId.MACOS, select(Optional.of("macos"), Map.of(), List.of("-an"), "Linux"));
        assertEquals(DialectId.LINUX, select(Optional.empty(), Map.of("NETSTATX_DIALECT", "linux"), List.of("-an"),
                "Mac OS X"));
    }

    @Test
    void theDialectWordsAreReadInAnyCase() throws Exception {
        assertEquals(DialectId.WINDOWS, select(Optional.of(" Windows "), Map.of(), List.of(), "Linux"));
        assertEquals(DialectId.LINUX, select(Optional.empty(), Map.of("NETSTATX_DIALECT", "LINUX"), List.of(),
                "Windows 11"));
    }

    @Test
    void anOsNetstatxDoesNotKnowGetsTheNetToolsDialect() throws Exception {
        assertEquals(DialectId.LINUX, select(Optional.empty(), Map.of(), List.of("-an"), "FreeBSD"));
    }

    @Test
    void aPathLikeWordIsNotAWindowsOption() throws Exception {
        assertEquals(DialectId.LINUX, select(Optional.empty(), Map.of(), List.of("/tmp/x"), "Linux"));
    }

    @Test
    void unknownDialectNamesAreRejectedWithTheirSource() {
        var e = assertThrows(DialectSelector.UnknownDialectException.class,
                () -> select(Optional.of("bsd"), Map.of(), List.of(), "Linux"));
        assertEquals("unknown dialect 'bsd' in --dialect (expected linux, windows, aix or macos)", e.getMessage());
        var e2 = assertThrows(DialectSelector.UnknownDialectException.class,
                () -> select(Optional.empty(), Map.of("NETSTATX_DIALECT", "hpux"), List.of(), "Linux"));
        assertEquals("unknown dialect 'hpux' in NETSTATX_DIALECT (expected linux, windows, aix or macos)", e2.getMessage());
    }
}
