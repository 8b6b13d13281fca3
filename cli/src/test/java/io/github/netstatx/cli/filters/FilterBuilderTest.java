package io.github.netstatx.cli.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netstatx.core.filter.SocketFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter options' grammar: words, lists, repetition, negation, and the one-line errors. */
class FilterBuilderTest {

    private static SocketFilter parse(String... optionValuePairs) throws FilterOption.BadValueException {
        FilterBuilder b = new FilterBuilder();
        for (int i = 0; i < optionValuePairs.length; i += 2) {
            b.add(FilterOption.byName(optionValuePairs[i]).orElseThrow(), optionValuePairs[i + 1]);
        }
        return b.build();
    }

    private static String error(String option, String value) {
        return assertThrows(FilterOption.BadValueException.class, () -> parse(option, value)).getMessage();
    }

    @Test
    void stateWordsOfEveryDialectInAnyCase() throws Exception {
        assertEquals("--state LISTEN,SYN_RECEIVED,ESTABLISHED,FIN_WAIT_1,TIME_WAIT",
                parse("--state", "listening,SYN_RECV,estab,fin-wait1,TIME-WAIT").toString());
        assertEquals("--state SYN_RECEIVED,FIN_WAIT_2", parse("--state", "syn_rcvd,FIN_WAIT_2").toString());
        // net-tools prints CLOSE for closed, bound and deleted TCBs
        assertEquals("--state CLOSED,DELETE_TCB,BOUND", parse("--state", "close").toString());
    }

    @Test
    void repeatedOptionsAddAlternativesAndNegationsStandAlone() throws Exception {
        SocketFilter f = parse("--port", "22", "--state", "listen", "--port", "8000-8999,443", "--port", "!8080",
                "--state", "!time_wait");
        assertEquals("--port 22,8000-8999,443 --state LISTEN --port !8080 --state !TIME_WAIT", f.toString());
        assertEquals(4, f.clauses().size());
    }

    @Test
    void addresses() throws Exception {
        assertEquals("--address 10.0.0.0/8,::1,fe80::/10,127.0.0.1",
                parse("--address", "10.1.2.3/8,[::1],fe80::1/10,127.0.0.1").toString());
        assertEquals("--remote-address 10.0.0.0/8", parse("--remote-address", "::ffff:10.0.0.0/104").toString());
    }

    @Test
    void owners() throws Exception {
        SocketFilter f = parse("--pid", "1,4242", "--program", "nginx,java*", "--user", "root,1000");
        assertEquals("--pid 1,4242 --program nginx,java* --user root,1000", f.toString());
        assertEquals(true, f.needsOwners());
        assertEquals(true, f.needsUserNames());
        assertEquals(false, parse("--user", "0").needsUserNames());
    }

    @Test
    void badValuesSayWhichOptionAndWhatItTakes() {
        assertEquals("--port: 'http' is not valid (ports N or ranges A-B, 0 to 65535)", error("--port", "http"));
        assertEquals("--port: '65536' is not valid (ports N or ranges A-B, 0 to 65535)", error("--port", "65536"));
        assertEquals("--local-port: '90-80' is an empty range (ports N or ranges A-B, 0 to 65535)",
                error("--local-port", "90-80"));
        assertEquals("--remote-port: '-5' is not valid (ports N or ranges A-B, 0 to 65535)",
                error("--remote-port", "-5"));
        assertEquals("--port: an empty item in '22,,80' (ports N or ranges A-B, 0 to 65535)", error("--port", "22,,80"));
        assertEquals("--port: no value (ports N or ranges A-B, 0 to 65535)", error("--port", "!"));
        assertEquals("--address: 'example.com' is not valid (IPv4 or IPv6 addresses or CIDR blocks such as "
                + "10.0.0.0/8; names are not resolved)", error("--address", "example.com"));
        assertEquals("--address: '10.0.0.0/33' is not valid (IPv4 or IPv6 addresses or CIDR blocks such as "
                + "10.0.0.0/8; names are not resolved)", error("--address", "10.0.0.0/33"));
        assertEquals("--local-address: '10.0.0.0/' is not valid (IPv4 or IPv6 addresses or CIDR blocks such as "
                + "10.0.0.0/8; names are not resolved)", error("--local-address", "10.0.0.0/"));
        assertEquals("--pid: 'nginx' is not valid (process ids)", error("--pid", "nginx"));
        String state = error("--state", "OPEN");
        assertEquals("--state: 'OPEN' is not valid (states such as LISTEN,ESTABLISHED: LISTEN, SYN_SENT, SYN_RECEIVED, "
                + "ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT, CLOSED, DELETE_TCB, "
                + "BOUND, or a dialect's word for one)", state);
        assertEquals(List.of(state), state.lines().toList());
        // a hostile value is cut and its controls dotted
        String hostile = error("--program", "a,,\u001b[2J" + "x".repeat(100));
        assertEquals(1, hostile.lines().count());
        assertEquals(-1, hostile.indexOf('\u001b'));
    }
}
