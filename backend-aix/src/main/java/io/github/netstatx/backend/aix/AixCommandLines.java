package io.github.netstatx.backend.aix;

import java.util.List;

/**
 * Every command backend-aix may run, as argv lists. They are read-only except {@link #rmsock}, which
 * the backend calls only when the user chose {@link OwnerStrategy#RMSOCK}.
 */
public final class AixCommandLines {

    /**
     * Sockets of every family with their PCB addresses: the Internet section, then the UNIX-domain one. One
     * run lists a socket of both families once (per-family runs could list it twice).
     */
    public static final List<String> SOCKETS = List.of("netstat", "-Aan");
    /** Interfaces, their addresses and multicast memberships. */
    public static final List<String> INTERFACES = List.of("netstat", "-ian");
    /** The device-driver statistics of every adapter (the blocks of {@code entstat -d}). */
    public static final List<String> ADAPTERS = List.of("netstat", "-v");
    /** Routes of every family. */
    public static final List<String> ROUTES = List.of("netstat", "-rn");
    /** Protocol statistics of every protocol ({@code -p} and {@code -ss} are views of the same counters). */
    public static final List<String> STATISTICS = List.of("netstat", "-s");
    /** Internet sockets of every process, in lsof's field format (pid, command, protocol, family, name). */
    public static final List<String> LSOF = List.of("lsof", "-n", "-P", "-i", "-F", "pcPtn");
    /**
     * The kernel debugger on the running kernel, read-only: it reads {@link KdbSockinfoScript}'s
     * {@code sockinfo} commands from its standard input, one batch per scan.
     */
    public static final List<String> KDB = List.of("kdb");
    /** The node name, for the host record. */
    public static final List<String> UNAME_N = List.of("uname", "-n");
    /** The effective user id, to decide whether owners can be read at all. */
    public static final List<String> ID_U = List.of("id", "-u");

    private AixCommandLines() {
    }

    /**
     * {@code rmsock ADDR tcpcb|inpcb}: names the process holding a socket, and ABORTS the socket when no
     * process holds it. Never used unless asked for.
     */
    public static List<String> rmsock(String pcbAddress, boolean tcp) {
        return List.of("rmsock", pcbAddress, tcp ? "tcpcb" : "inpcb");
    }
}
