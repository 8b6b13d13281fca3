package io.github.netstatx.backend.linux.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The name service through the C library, against this machine's own passwd database. */
@EnabledOnOs(OS.LINUX)
class PasswdLookupTest {

    @Test
    void namesWhatThePasswdFileNames() throws Exception {
        String first = Files.readAllLines(Path.of("/etc/passwd")).get(0);
        String[] f = first.split(":");
        assertEquals(f[0], PasswdLookup.nameOf(Long.parseLong(f[2])));
    }

    @Test
    void anUnknownUidHasNoName() throws Exception {
        assertNull(PasswdLookup.nameOf(4_000_000_007L));
    }
}
