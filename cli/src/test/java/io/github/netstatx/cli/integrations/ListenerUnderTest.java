package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

/**
 * A TCP listener the test JVM opens on 127.0.0.1 (an ephemeral port), and what every integration must
 * report about it: this JVM's pid, the program name {@code java}, the user running the tests, and this
 * JVM's start time.
 */
final class ListenerUnderTest implements AutoCloseable {

    final ServerSocket socket;
    final int port;
    final long pid = ProcessHandle.current().pid();

    ListenerUnderTest() throws IOException {
        socket = new ServerSocket(0, 4, InetAddress.getByName("127.0.0.1"));
        port = socket.getLocalPort();
    }

    /** The entry of a listen_ports_facts-shaped list that describes this listener, or {@code null}. */
    JsonNode findIn(JsonNode listen) {
        for (JsonNode e : listen) {
            if (e.get("port").asInt() == port && e.get("address").asText().equals("127.0.0.1")) {
                return e;
            }
        }
        return null;
    }

    /** Checks one {@code tcp_listen} entry: every key, with the values this JVM has. */
    void assertDescribedBy(JsonNode entry, String where) {
        assertTrue(entry != null, where + ": no tcp_listen entry for 127.0.0.1:" + port);
        assertEquals(pid, entry.get("pid").asLong(), where + ": pid");
        assertEquals("java", entry.get("name").asText(), where + ": name");
        assertEquals("tcp", entry.get("protocol").asText(), where + ": protocol");
        assertEquals(System.getProperty("user.name"), entry.get("user").asText(), where + ": user");
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        Instant stime = Instant.parse(entry.get("stime").asText());
        // both come from btime (whole seconds) + ticks since boot; they agree to within a second
        assertTrue(Duration.between(started, stime).abs().compareTo(Duration.ofSeconds(2)) < 0,
                where + ": stime " + stime + " vs JVM start " + started);
        assertEquals(7, entry.size(), where + ": the seven keys of listen_ports_facts: " + entry);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
