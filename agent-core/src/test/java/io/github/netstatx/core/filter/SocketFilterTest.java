package io.github.netstatx.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import io.github.netstatx.core.query.SocketPrefilter;
import io.github.netstatx.core.query.SocketPrefilter.PortRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SocketFilterTest {

    private static InetEndpoint ep(String address, int port) {
        return new InetEndpoint(AddressLiteral.parse(address), port);
    }

    private static SocketEntry tcp(String local, int lport, String remote, int rport, TcpState state) {
        return SocketEntry.builder(Protocol.TCP, local.contains(":") ? AddressFamily.IPV6 : AddressFamily.IPV4)
                .local(ep(local, lport)).remote(ep(remote, rport)).state(state).build();
    }

    private static SocketEntry udp(String local, int lport, String remote, int rport) {
        return SocketEntry.builder(Protocol.UDP, AddressFamily.IPV4).local(ep(local, lport)).remote(ep(remote, rport))
                .build();
    }

    private static final SocketEntry LISTENER = tcp("0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN);
    private static final SocketEntry SESSION = tcp("10.1.2.3", 22, "192.168.7.9", 51000, TcpState.ESTABLISHED);
    private static final SocketEntry OUTBOUND = tcp("10.1.2.3", 40000, "10.200.0.1", 443, TcpState.TIME_WAIT);
    private static final SocketEntry V6 = tcp("2001:db8::5", 80, "2001:db8::9", 5000, TcpState.ESTABLISHED);
    private static final SocketEntry UDP_OPEN = udp("0.0.0.0", 53, "0.0.0.0", 0);
    private static final SocketEntry UDP_CONNECTED = udp("127.0.0.1", 40201, "127.0.0.1", 53);
    private static final SocketEntry UNIX = SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
            .unix(new UnixInfo(UnixSocketType.STREAM, 1, Set.of(), UnixState.CONNECTED, 3, 2L, null))
            .addOwner(ProcessRef.owner(77, "sshd")).build();
    private static final List<SocketEntry> ALL = List.of(LISTENER, SESSION, OUTBOUND, V6, UDP_OPEN, UDP_CONNECTED, UNIX);

    private static SocketFilter filter(FilterClause... clauses) {
        return new SocketFilter(List.of(clauses));
    }

    private static FilterClause clause(SocketCriterion c) {
        return new FilterClause("--x", c, false, "x");
    }

    private static FilterClause not(SocketCriterion c) {
        return new FilterClause("--x", c, true, "x");
    }

    private static SocketCriterion states(TcpState... s) {
        return new SocketCriterion.States(EnumSet.copyOf(List.of(s)));
    }

    private static SocketCriterion ports(SocketEnd end, PortRange... r) {
        return new SocketCriterion.Ports(end, List.of(r));
    }

    private static SocketCriterion addresses(SocketEnd end, String address, int prefix) {
        return new SocketCriterion.Addresses(end, List.of(AddressBlock.of(AddressLiteral.parse(address), prefix)));
    }

    @Test
    void noClausePassesEverything() {
        assertEquals(ALL, SocketFilter.none().apply(ALL));
        assertTrue(SocketFilter.none().isEmpty());
    }

    @Test
    void statesAreAlternatives() {
        assertEquals(List.of(LISTENER, OUTBOUND), filter(clause(states(TcpState.LISTEN, TcpState.TIME_WAIT))).apply(ALL));
    }

    @Test
    void aConnectedUdpSocketIsEstablishedAndOtherStatelessSocketsMatchNoState() {
        assertEquals(List.of(SESSION, V6, UDP_CONNECTED), filter(clause(states(TcpState.ESTABLISHED))).apply(ALL));
        assertEquals(TcpState.ESTABLISHED, SocketCriterion.stateOf(UDP_CONNECTED));
        assertEquals(null, SocketCriterion.stateOf(UDP_OPEN));
        assertEquals(null, SocketCriterion.stateOf(UNIX));
        // negated, the stateless sockets stay
        assertEquals(List.of(OUTBOUND, UDP_OPEN, UNIX),
                filter(not(states(TcpState.ESTABLISHED, TcpState.LISTEN))).apply(ALL));
    }

    @Test
    void portsAtEitherEndOrOne() {
        assertEquals(List.of(LISTENER, SESSION), filter(clause(ports(SocketEnd.EITHER, PortRange.of(22)))).apply(ALL));
        assertEquals(List.of(OUTBOUND), filter(clause(ports(SocketEnd.REMOTE, new PortRange(400, 500)))).apply(ALL));
        assertEquals(List.of(UDP_OPEN), filter(clause(ports(SocketEnd.LOCAL, PortRange.of(53)))).apply(ALL));
        assertEquals(List.of(UDP_OPEN, UDP_CONNECTED), filter(clause(ports(SocketEnd.EITHER, PortRange.of(53))))
                .apply(ALL));
        // a UNIX socket has no port: dropped by a port filter, kept by its negation
        assertFalse(filter(clause(ports(SocketEnd.EITHER, new PortRange(0, 65535)))).matches(UNIX));
        assertTrue(filter(not(ports(SocketEnd.EITHER, PortRange.of(22)))).matches(UNIX));
    }

    @Test
    void addressBlocksOfBothFamilies() {
        assertEquals(List.of(SESSION, OUTBOUND), filter(clause(addresses(SocketEnd.EITHER, "10.0.0.0", 8))).apply(ALL));
        assertEquals(List.of(OUTBOUND), filter(clause(addresses(SocketEnd.REMOTE, "10.0.0.0", 8))).apply(ALL));
        assertEquals(List.of(V6), filter(clause(addresses(SocketEnd.EITHER, "2001:db8::", 32))).apply(ALL));
        assertEquals(List.of(), filter(clause(addresses(SocketEnd.LOCAL, "2001:db8::9", 128))).apply(ALL));
        assertEquals(List.of(LISTENER, UDP_OPEN), filter(clause(addresses(SocketEnd.LOCAL, "0.0.0.0", 32))).apply(ALL));
        // 0.0.0.0/0 is every IPv4 address, and no IPv6 one
        assertEquals(List.of(LISTENER, SESSION, OUTBOUND, UDP_OPEN, UDP_CONNECTED),
                filter(clause(addresses(SocketEnd.EITHER, "0.0.0.0", 0))).apply(ALL));
    }

    @Test
    void aBlockClearsTheBitsAfterItsPrefix() {
        AddressBlock b = AddressBlock.of(AddressLiteral.parse("10.1.2.3"), 9);
        assertEquals("10.0.0.0", b.network().getHostAddress());
        assertEquals(9, b.prefixLength());
        assertTrue(b.contains(AddressLiteral.parse("10.127.255.255")));
        assertFalse(b.contains(AddressLiteral.parse("10.128.0.0")));
        assertTrue(AddressBlock.single(AddressLiteral.parse("::1")).single());
        assertEquals(AddressBlock.of(AddressLiteral.parse("10.9.9.9"), 8), AddressBlock.of(AddressLiteral.parse("10.0.0.0"), 8));
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.of(AddressLiteral.parse("10.0.0.0"), 33));
    }

    @Test
    void clausesOfDifferentKindsMustAllMatch() {
        SocketFilter f = filter(clause(states(TcpState.ESTABLISHED)), clause(addresses(SocketEnd.REMOTE, "192.168.0.0", 16)));
        assertEquals(List.of(SESSION), f.apply(ALL));
        assertEquals(List.of(), filter(clause(states(TcpState.LISTEN)), clause(ports(SocketEnd.EITHER,
                PortRange.of(443)))).apply(ALL));
    }

    @Test
    void ownersPidsProgramsAndUsers() {
        SocketEntry owned = SESSION.toBuilder().uid(1000L).user("alice")
                .owners(List.of(ProcessRef.owner(4242, "sshd"), ProcessRef.owner(4243, "sshd-session"))).build();
        SocketEntry windows = V6.toBuilder().owners(List.of(new ProcessRef(900, "nginx.exe", null, "NT AUTHORITY\\SYSTEM",
                null, null, ProcessRef.Role.OWNER))).build();
        List<SocketEntry> set = List.of(owned, windows, UNIX, LISTENER);
        SocketFilter pid = filter(clause(new SocketCriterion.Pids(Set.of(4243L, 77L))));
        assertTrue(pid.needsOwners());
        assertEquals(List.of(owned, UNIX), pid.apply(set));
        assertEquals(List.of(owned, UNIX), filter(clause(new SocketCriterion.Programs(List.of(new NamePattern("sshd")))))
                .apply(set));
        assertEquals(List.of(owned), filter(clause(new SocketCriterion.Programs(List.of(new NamePattern("sshd-*")))))
                .apply(set));
        assertEquals(List.of(windows), filter(clause(new SocketCriterion.Programs(List.of(new NamePattern("*.exe")))))
                .apply(set));
        SocketFilter byUid = filter(clause(new SocketCriterion.Users(Set.of(1000L), Set.of())));
        assertFalse(byUid.needsUserNames());
        assertTrue(byUid.testsUsers());
        assertEquals(List.of(owned), byUid.apply(set));
        SocketFilter byName = filter(clause(new SocketCriterion.Users(Set.of(), Set.of("alice", "NT AUTHORITY\\SYSTEM"))));
        assertTrue(byName.needsUserNames());
        assertEquals(List.of(owned, windows), byName.apply(set));
        assertFalse(filter(clause(states(TcpState.LISTEN))).needsOwners());
    }

    @Test
    void globs() {
        assertTrue(new NamePattern("java*").matches("java"));
        assertTrue(new NamePattern("*").matches(""));
        assertTrue(new NamePattern("*ng*x").matches("nginx"));
        assertTrue(new NamePattern("py*3.?1").matches("python3.11"));
        assertFalse(new NamePattern("py*3.?1").matches("python3.1"));
        assertFalse(new NamePattern("nginx").matches("nginx: worker"));
        assertFalse(new NamePattern("ngin?").matches("nginx"));  // no * : exact, ? is literal
        assertTrue(new NamePattern("a*b*c").matches("aXbYbZc"));
        assertFalse(new NamePattern("a*b*c").matches("aXbYbZ"));
    }

    @Test
    void describesItselfAsOptions() {
        SocketFilter f = filter(new FilterClause("--state", states(TcpState.LISTEN), false, "LISTEN,TIME_WAIT"),
                new FilterClause("--port", ports(SocketEnd.EITHER, PortRange.of(22)), true, "22,8000-8999"));
        assertEquals("--state LISTEN,TIME_WAIT --port !22,8000-8999", f.toString());
    }

    @Test
    void thePrefilterCarriesStatesAndPortsAndNeverDropsWhatTheFilterKeeps() {
        SocketFilter f = filter(clause(states(TcpState.LISTEN, TcpState.ESTABLISHED)), not(states(TcpState.LISTEN)),
                clause(ports(SocketEnd.LOCAL, new PortRange(20, 25))), clause(ports(SocketEnd.EITHER, PortRange.of(9))),
                clause(addresses(SocketEnd.EITHER, "10.0.0.0", 8)));
        SocketPrefilter p = f.prefilter();
        assertEquals(Set.of(TcpState.ESTABLISHED), p.states());
        assertEquals(List.of(new PortRange(20, 25)), p.localPorts());
        assertEquals(List.of(), p.remotePorts());
        assertEquals(List.of(PortRange.of(9)), p.eitherPorts());
        assertEquals(new SocketPrefilter(null, List.of(), List.of(), List.of(PortRange.of(22))),
                filter(clause(ports(SocketEnd.EITHER, PortRange.of(22))),
                        not(ports(SocketEnd.LOCAL, PortRange.of(22)))).prefilter(), "a negated port stays late");
        assertEquals(SocketPrefilter.NONE, filter(not(ports(SocketEnd.EITHER, PortRange.of(22)))).prefilter());
        // over every socket of the set and many filters: what the whole filter keeps, the prefilter keeps
        List<SocketFilter> filters = List.of(f, filter(not(states(TcpState.TIME_WAIT))),
                filter(clause(ports(SocketEnd.REMOTE, new PortRange(0, 1000)))),
                filter(clause(ports(SocketEnd.EITHER, PortRange.of(40201), new PortRange(0, 100)))),
                filter(clause(states(TcpState.ESTABLISHED)), clause(ports(SocketEnd.LOCAL, PortRange.of(40201)))));
        for (SocketFilter each : filters) {
            SocketPrefilter pre = each.prefilter();
            for (SocketEntry e : ALL) {
                boolean inet = e.protocol() != Protocol.UNIX;
                if (each.matches(e)) {
                    assertTrue(pre.keeps(e.state(), inet ? e.local().port() : 0, inet ? e.remote().port() : 0),
                            each + " keeps " + e + " but its prefilter does not");
                }
            }
        }
        assertEquals(List.of(UDP_CONNECTED), filters.get(4).apply(ALL));
    }
}
