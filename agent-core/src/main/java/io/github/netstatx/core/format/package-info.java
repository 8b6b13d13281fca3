/**
 * Text layouts of platform commands that netstatx both reads and writes: the backend that parses a
 * command's output and the dialect that prints the same layout share one definition here, so the two
 * directions cannot drift apart. Pure data and string matching; no I/O.
 */
package io.github.netstatx.core.format;
