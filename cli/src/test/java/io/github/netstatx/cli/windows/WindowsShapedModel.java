package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Model data shaped like a Windows 11 host, for renderer tests of both dialects. Provenance: made by
 * hand from the real netstat.exe captures quoted in shared/reference/windows.md §2.1–2.5 (addresses,
 * PIDs, module and executable names, the link-local scope %10 and %4, BOUND and DELETE_TCB rows), plus
 * a long global IPv6 pair to push columns right. Entries are deliberately out of netstat.exe's order.
 */
public final class WindowsShapedModel {

    public static final HostInfo HOST = new HostInfo("desktop-9jpisdo.corp.example", OsFamily.WINDOWS,
            "Windows 11 Pro", "10.0.22000", "amd64");

    private WindowsShapedModel() {
    }

    public static InetEndpoint ep(String literal, int port) {
        try {
            return new InetEndpoint(InetAddress.getByName(literal), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** An IPv6 endpoint with a scope id (link-local). */
    public static InetEndpoint scoped(String literal, int scope, int port) {
        try {
            byte[] b = InetAddress.getByName(literal).getAddress();
            return new InetEndpoint(Inet6Address.getByAddress(null, b, scope), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    public static ProcessRef proc(long pid, String path, String module) {
        return new ProcessRef(pid, OwnershipLines.baseName(path), path, null, module, null, ProcessRef.Role.OWNER);
    }

    static SocketEntry tcp(InetEndpoint local, InetEndpoint remote, TcpState state, int code, ProcessRef owner) {
        SocketEntry.Builder b = SocketEntry.builder(Protocol.TCP,
                        local.address() instanceof Inet6Address ? AddressFamily.IPV6 : AddressFamily.IPV4)
                .local(local).remote(remote).state(state).platformState(WindowsStateWords.of(state)).stateCode(code)
                .recvQueue(0L).sendQueue(0L).offload(OffloadState.IN_HOST);
        if (owner != null) {
            b.addOwner(owner);
        }
        return b.build();
    }

    static SocketEntry udp(InetEndpoint local, ProcessRef owner) {
        InetEndpoint any = local.address() instanceof Inet6Address ? ep("::", 0) : ep("0.0.0.0", 0);
        return SocketEntry.builder(Protocol.UDP,
                        local.address() instanceof Inet6Address ? AddressFamily.IPV6 : AddressFamily.IPV4)
                .local(local).remote(any).recvQueue(0L).sendQueue(0L).addOwner(owner).build();
    }

    private static final ProcessRef RPCSS = proc(748, "C:\\Windows\\system32\\svchost.exe", "RpcSs");
    /** PID 0, the System Idle Process: what the Windows tables give for sockets no process owns. */
    private static final ProcessRef IDLE = new ProcessRef(0, null, null, null, null, null, null);
    /** PID 4 (System) has no image: netstat.exe cannot name it. */
    private static final ProcessRef SYSTEM = new ProcessRef(4, null, null, null, null, null, null);
    private static final ProcessRef FIREFOX = proc(5012, "C:\\Program Files\\Mozilla Firefox\\firefox.exe", null);
    private static final ProcessRef ORACLE = proc(3100, "C:\\app\\oracle\\bin\\oracle.exe", null);

    /** Every socket of the host. */
    public static List<SocketEntry> sockets() {
        return List.of(
                udp(ep("0.0.0.0", 5353), proc(2000, "C:\\Windows\\system32\\svchost.exe", "Dnscache")),
                tcp(ep("::1", 49670), ep("::1", 49671), TcpState.CLOSE_WAIT, 8, ORACLE),
                tcp(ep("10.0.2.15", 54628), ep("172.226.117.113", 443), TcpState.ESTABLISHED, 5, FIREFOX),
                tcp(ep("0.0.0.0", 445), ep("0.0.0.0", 0), TcpState.LISTEN, 2, SYSTEM),
                tcp(ep("0.0.0.0", 135), ep("0.0.0.0", 0), TcpState.LISTEN, 2, RPCSS),
                // the Windows tables say PID 0 for TIME_WAIT; the backend passes it on as the owner
                tcp(ep("10.0.2.15", 54630), ep("2.19.78.144", 80), TcpState.TIME_WAIT, 11, IDLE),
                tcp(scoped("fe80::e900:66ee:c9a5:cec9", 10, 389), scoped("fe80::e900:66ee:c9a5:cec9", 10, 52934),
                        TcpState.ESTABLISHED, 5, proc(628, "C:\\Windows\\system32\\lsass.exe", null)),
                tcp(ep("0.0.0.0", 50100), ep("0.0.0.0", 0), TcpState.BOUND, 100,
                        proc(44328, "C:\\Program Files\\App\\app.exe", null)),
                udp(scoped("fe80::88a3:7388:e822:ac71", 4, 53), proc(3000, "C:\\Windows\\system32\\dns.exe", "DNS")),
                tcp(ep("10.0.2.15", 54700), ep("10.0.2.2", 3389), TcpState.DELETE_TCB, 12,
                        proc(1200, "C:\\Windows\\system32\\svchost.exe", "TermService")),
                tcp(ep("2001:db8:85a3:1234:5678:8a2e:370:7334", 49800),
                        ep("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", 443), TcpState.FIN_WAIT_1, 6, FIREFOX),
                udp(ep("0.0.0.0", 123), proc(1234, "C:\\Windows\\system32\\svchost.exe", "W32Time")),
                tcp(ep("127.0.0.1", 1521), ep("127.0.0.1", 49692), TcpState.ESTABLISHED, 5, ORACLE),
                udp(ep("::", 5353), proc(2000, "C:\\Windows\\system32\\svchost.exe", "Dnscache")),
                tcp(ep("10.0.2.15", 139), ep("0.0.0.0", 0), TcpState.LISTEN, 2, SYSTEM),
                tcp(ep("::", 135), ep("::", 0), TcpState.LISTEN, 2, RPCSS),
                udp(ep("0.0.0.0", 5353), proc(2001, "C:\\Windows\\system32\\svchost.exe", null)),
                tcp(ep("10.0.2.15", 54701), ep("93.184.216.34", 80), TcpState.SYN_SENT, 3, FIREFOX));
    }
}
