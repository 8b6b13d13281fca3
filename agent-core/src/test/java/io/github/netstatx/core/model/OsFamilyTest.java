package io.github.netstatx.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsFamilyTest {

    @Test
    void mapsTheOsNamesJavaReports() {
        assertEquals(Optional.of(OsFamily.LINUX), OsFamily.fromOsName("Linux"));
        assertEquals(Optional.of(OsFamily.WINDOWS), OsFamily.fromOsName("Windows 11"));
        assertEquals(Optional.of(OsFamily.WINDOWS), OsFamily.fromOsName("Windows Server 2022"));
        assertEquals(Optional.of(OsFamily.WINDOWS), OsFamily.fromOsName("windows 10"));
        assertEquals(Optional.of(OsFamily.MACOS), OsFamily.fromOsName("Mac OS X"));
        assertEquals(Optional.of(OsFamily.MACOS), OsFamily.fromOsName("Darwin"));
        assertEquals(Optional.of(OsFamily.AIX), OsFamily.fromOsName("AIX"));
    }

    @Test
    void anOsItDoesNotKnowIsAbsent() {
        assertEquals(Optional.empty(), OsFamily.fromOsName("FreeBSD"));
        assertEquals(Optional.empty(), OsFamily.fromOsName("SunOS"));
        assertEquals(Optional.empty(), OsFamily.fromOsName("Linuxish"));
        assertEquals(Optional.empty(), OsFamily.fromOsName(""));
        assertEquals(Optional.empty(), OsFamily.fromOsName(null));
    }
}
