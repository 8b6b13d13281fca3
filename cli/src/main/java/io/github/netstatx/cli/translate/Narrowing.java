package io.github.netstatx.cli.translate;

import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rows a pasted pipeline keeps ({@code | findstr :443}, {@code | grep ESTABLISHED}, an {@code ss} filter
 * expression), as netstatx's filter options say it: each kind is one OR list, the kinds combine with AND.
 * An empty set means that kind does not narrow.
 *
 * @param ports local or remote port ({@code --port})
 * @param localPorts local port ({@code --local-port}, ss's {@code sport})
 * @param remotePorts remote port ({@code --remote-port}, ss's {@code dport})
 * @param states TCP states ({@code --state}); listening is a {@link Term} of its own, not a state here
 * @param pids owning process ids ({@code --pid})
 * @param programs owning program names ({@code --program})
 */
public record Narrowing(Set<Integer> ports, Set<Integer> localPorts, Set<Integer> remotePorts,
        Set<TcpState> states, Set<Long> pids, Set<String> programs) {

    /** Keeps every row. */
    public static final Narrowing NONE = new Narrowing(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Narrowing {
        ports = Set.copyOf(ports);
        localPorts = Set.copyOf(localPorts);
        remotePorts = Set.copyOf(remotePorts);
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        pids = Set.copyOf(pids);
        programs = Set.copyOf(programs);
    }

    public boolean isEmpty() {
        return ports.isEmpty() && localPorts.isEmpty() && remotePorts.isEmpty() && states.isEmpty() && pids.isEmpty() && programs.isEmpty();
    }

    /** Both narrowings at once (a second {@code | findstr} narrows what the first kept). */
    Narrowing and(Narrowing other) {
        return new Narrowing(union(ports, other.ports), union(localPorts, other.localPorts),
                union(remotePorts, other.remotePorts), union(states, other.states), union(pids, other.pids),
                union(programs, other.programs));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return s;
    }

    /** Ports in ascending order, as they are written. */
    static List<Integer> sorted(Set<Integer> ports) {
        return new ArrayList<>(new TreeSet<>(ports));
    }

    /** States in {@link TcpState} order. */
    List<TcpState> sortedStates() {
        return states.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(states));
    }

    List<Long> sortedPids() {
        return new ArrayList<>(new TreeSet<>(pids));
    }

    List<String> sortedPrograms() {
        return new ArrayList<>(new TreeSet<>(programs));
    }

    /** netstatx's filter options for this narrowing: {@code --port 443 --state ESTABLISHED}. */
    String options() {
        List<String> parts = new ArrayList<>();
        portOption(parts, "--port", ports);
        portOption(parts, "--local-port", localPorts);
        portOption(parts, "--remote-port", remotePorts);
        if (!states.isEmpty()) {
            parts.add("--state " + sortedStates().stream().map(TcpState::name).collect(Collectors.joining(",")));
        }
        if (!pids.isEmpty()) {
            parts.add("--pid " + sortedPids().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (!programs.isEmpty()) {
            parts.add("--program " + String.join(",", sortedPrograms()));
        }
        return String.join(" ", parts);
    }

    private static void portOption(List<String> parts, String option, Set<Integer> ports) {
        if (!ports.isEmpty()) {
            parts.add(option + " " + sorted(ports).stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }
}
