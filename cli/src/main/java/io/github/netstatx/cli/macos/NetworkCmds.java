package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProductVersion;

/**
 * The generations of Apple's netstat (network_cmds) whose layouts differ, and which macOS release shipped which.
 * The release of the data decides (a capture from a 10.14 Mac prints as 10.14's netstat did); data of other
 * systems prints in the newest form. The mapping of tags to releases follows the tags' dates in
 * apple-oss-distributions/network_cmds (543: 10.13-10.14, 596/606: 10.15-11, 624/641/644: 12-13, 667 and later:
 * 14 onwards).
 */
enum NetworkCmds {
    /** macOS 10.13, 10.14. */
    N543,
    /** macOS 10.15, 11. */
    N596,
    /** macOS 12, 13. */
    N624,
    /** macOS 14 and later, and other systems' data. */
    N667;

    static NetworkCmds forData(OsFamily os, String osVersion) {
        return ProductVersion.ofMac(os, osVersion).map(NetworkCmds::of).orElse(N667);
    }

    private static NetworkCmds of(ProductVersion v) {
        if (v.major() == 10) {
            return v.minor() <= 14 ? N543 : N596;
        }
        return v.major() <= 11 ? N596 : v.major() <= 13 ? N624 : N667;
    }
}
