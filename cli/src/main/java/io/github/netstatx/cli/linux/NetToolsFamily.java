package io.github.netstatx.cli.linux;

/**
 * The address families net-tools' {@code -A} list, {@code --inet}-style options, {@code -4},
 * {@code -6} and {@code -x} select (net-tools {@code lib/af.c}, table {@code aftrans}).
 */
public enum NetToolsFamily {
    AX25("ax25"),
    INET("inet"),
    INET6("inet6"),
    IPX("ipx"),
    ROSE("rose"),
    DDP("ddp"),
    NETROM("netrom"),
    UNIX("unix"),
    ECONET("ec"),
    X25("x25"),
    ASH("ash"),
    BLUETOOTH("bluetooth");

    private final String afName;

    NetToolsFamily(String afName) {
        this.afName = afName;
    }

    /** The name net-tools records in its family list ({@code afname}), e.g. {@code inet} for {@code ip}. */
    public String afName() {
        return afName;
    }

    /** The family an {@code -A} word names (every alias of {@code aftrans}), or {@code null}. */
    public static NetToolsFamily byAlias(String word) {
        return switch (word) {
            case "ax25" -> AX25;
            case "ip", "inet", "tcpip" -> INET;
            case "ip6", "inet6" -> INET6;
            case "ipx" -> IPX;
            case "rose" -> ROSE;
            case "appletalk", "ddp" -> DDP;
            case "netrom" -> NETROM;
            case "unix" -> UNIX;
            case "econet" -> ECONET;
            case "x25" -> X25;
            case "ash" -> ASH;
            case "bluetooth" -> BLUETOOTH;
            default -> null;
        };
    }
}
