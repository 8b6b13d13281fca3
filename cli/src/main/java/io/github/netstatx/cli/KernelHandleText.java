package io.github.netstatx.cli;

/**
 * A kernel address (PCB, socket, vnode, peer) as the BSD-family dialects print it. Apple's and AIX's netstat print
 * {@code 0} for a null pointer, and the macOS and AIX backends record that {@code 0} as they read it; an address
 * that is absent means the source has no kernel addresses at all (Linux, Windows, or a document without them).
 * Printing {@code 0} for that would read as "not connected" or "no vnode", so it prints {@value #UNKNOWN}.
 * Addresses can come from an {@code --input} document, so they are dotted like any system text.
 */
public final class KernelHandleText {

    /** What an address column shows when the data has no kernel addresses. */
    public static final String UNKNOWN = "-";

    private KernelHandleText() {
    }

    /** {@code hex} safe for a table, or {@value #UNKNOWN} when absent. */
    public static String of(String hex) {
        return hex == null ? UNKNOWN : TerminalSafe.dotted(hex);
    }
}
