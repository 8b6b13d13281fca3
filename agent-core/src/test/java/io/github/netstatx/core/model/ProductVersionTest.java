package io.github.netstatx.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductVersionTest {

    @Test
    void macVersionsReadAsTheirFirstTwoNumbers() {
        assertEquals(Optional.of(new ProductVersion(10, 14)), ProductVersion.ofMac(OsFamily.MACOS, "10.14.6"));
        assertEquals(Optional.of(new ProductVersion(26, 0)), ProductVersion.ofMac(OsFamily.MACOS, " 26 "));
        assertEquals(Optional.of(new ProductVersion(15, 4)), ProductVersion.ofMac(OsFamily.MACOS, "15.4"));
    }

    @Test
    void otherSystemsAndUnreadableVersionsHaveNone() {
        assertEquals(Optional.empty(), ProductVersion.ofMac(OsFamily.LINUX, "12"));
        assertEquals(Optional.empty(), ProductVersion.ofMac(OsFamily.MACOS, null));
        assertEquals(Optional.empty(), ProductVersion.ofMac(OsFamily.MACOS, "Sonoma"));
        assertEquals(Optional.empty(), ProductVersion.ofMac(OsFamily.MACOS, "15.x"));
    }

    @Test
    void atLeastComparesMajorThenMinor() {
        assertTrue(new ProductVersion(15, 4).atLeast(15, 4));
        assertTrue(new ProductVersion(26, 0).atLeast(15, 4));
        assertFalse(new ProductVersion(15, 3).atLeast(15, 4));
        assertFalse(new ProductVersion(14, 9).atLeast(15, 0));
    }
}
