package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * One protocol counter, named with the MIB-II / Linux SNMP name ({@code InReceives}, {@code ActiveOpens},
 * {@code Ip6InReceives}, {@code TCPTimeouts}) so every platform's statistics share one vocabulary.
 *
 * @param name counter name
 * @param value value as the platform gives it (signed: Linux reports Tcp MaxConn as -1)
 */
public record StatisticsCounter(String name, long value) {

    public StatisticsCounter {
        Objects.requireNonNull(name, "name");
    }
}
