package io.github.netstatx.cli.names;

/**
 * One line of a services or protocols database.
 *
 * @param name primary name (aliases are never shown by netstat)
 * @param number port or protocol number
 * @param protocol {@code tcp}, {@code udp}, ... for services; {@code null} for protocol entries
 */
public record ServiceEntry(String name, int number, String protocol) {
}
