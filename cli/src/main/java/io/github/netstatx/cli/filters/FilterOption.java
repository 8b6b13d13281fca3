package io.github.netstatx.cli.filters;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.filter.AddressBlock;
import io.github.netstatx.core.filter.NamePattern;
import io.github.netstatx.core.filter.SocketCriterion;
import io.github.netstatx.core.filter.SocketEnd;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketPrefilter.PortRange;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter options both dialects take, each with how its comma-separated values become a
 * {@link SocketCriterion}. Values are literals: an address is never resolved, a port is a number.
 */
public enum FilterOption {
    STATE("--state"),
    PORT("--port"),
    LOCAL_PORT("--local-port"),
    REMOTE_PORT("--remote-port"),
    ADDRESS("--address"),
    LOCAL_ADDRESS("--local-address"),
    REMOTE_ADDRESS("--remote-address"),
    PID("--pid"),
    PROGRAM("--program"),
    USER("--user");

    /** A value no filter option accepts; the message names the value and what was expected. */
    public static final class BadValueException extends Exception {
        private static final long serialVersionUID = 1L;

        BadValueException(String message) {
            super(message);
        }
    }

    private final String optionName;

    FilterOption(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    /** The option of this name, if it is a filter option. */
    public static Optional<FilterOption> byName(String name) {
        for (FilterOption o : values()) {
            if (o.optionName.equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** A value list read: the test, and its alternatives spelled canonically for descriptions. */
    record Parsed(SocketCriterion criterion, String canonical) {
    }

    /**
     * The criterion of a value list without its leading {@code !}, with the list's canonical spelling.
     *
     * @throws BadValueException for an empty item or an item this option does not take
     */
    Parsed parse(String list) throws BadValueException {
        SocketCriterion c = criterion(list);
        return new Parsed(c, canonical(c, list));
    }

    /**
     * {@code LISTEN,TIME_WAIT} (model order), {@code 22,8000-8999}, {@code 10.0.0.0/8,::1} (addresses as
     * {@code inet_ntop} writes them); names and numbers as given.
     */
    private static String canonical(SocketCriterion c, String list) {
        if (c instanceof SocketCriterion.States s) {
            return EnumSet.copyOf(s.states()).stream().map(Enum::name).collect(Collectors.joining(","));
        }
        if (c instanceof SocketCriterion.Ports p) {
            return p.ranges().stream().map(r -> r.first() == r.last() ? Integer.toString(r.first())
                    : r.first() + "-" + r.last()).collect(Collectors.joining(","));
        }
        if (c instanceof SocketCriterion.Addresses a) {
            return a.blocks().stream().map(b -> AddressText.numeric(b.network())
                    + (b.single() ? "" : "/" + b.prefixLength())).collect(Collectors.joining(","));
        }
        return list;
    }

    /**
     * The criterion of a value list without its leading {@code !}.
     *
     * @throws BadValueException for an empty item or an item this option does not take
     */
    SocketCriterion criterion(String list) throws BadValueException {
        List<String> items = items(list);
        return switch (this) {
            case STATE -> states(items);
            case PORT -> ports(SocketEnd.EITHER, items);
            case LOCAL_PORT -> ports(SocketEnd.LOCAL, items);
            case REMOTE_PORT -> ports(SocketEnd.REMOTE, items);
            case ADDRESS -> addresses(SocketEnd.EITHER, items);
            case LOCAL_ADDRESS -> addresses(SocketEnd.LOCAL, items);
            case REMOTE_ADDRESS -> addresses(SocketEnd.REMOTE, items);
            case PID -> pids(items);
            case PROGRAM -> new SocketCriterion.Programs(items.stream().map(NamePattern::new).toList());
            case USER -> users(items);
        };
    }

    private List<String> items(String list) throws BadValueException {
        if (list.isEmpty()) {
            throw new BadValueException(optionName + ": no value (" + expected() + ")");
        }
        List<String> items = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            if (item.isEmpty()) {
                throw new BadValueException(optionName + ": an empty item in '" + TerminalSafe.excerpt(list) + "' (" + expected() + ")");
            }
            items.add(item);
        }
        return items;
    }

    /** What one item of this option looks like, for messages. */
    String expected() {
        return switch (this) {
            case STATE -> "states such as LISTEN,ESTABLISHED: " + StateNames.canonical()
                    + ", or a dialect's word for one";
            case PORT, LOCAL_PORT, REMOTE_PORT -> "ports N or ranges A-B, 0 to 65535";
            case ADDRESS, LOCAL_ADDRESS, REMOTE_ADDRESS -> "IPv4 or IPv6 addresses or CIDR blocks such as "
                    + "10.0.0.0/8; names are not resolved";
            case PID -> "process ids";
            case PROGRAM -> "program names; a * matches any characters";
            case USER -> "user names or numeric uids";
        };
    }

    private BadValueException bad(String item) {
        return new BadValueException(optionName + ": '" + TerminalSafe.excerpt(item) + "' is not valid (" + expected() + ")");
    }

    private SocketCriterion states(List<String> items) throws BadValueException {
        Set<TcpState> states = EnumSet.noneOf(TcpState.class);
        for (String item : items) {
            Set<TcpState> named = StateNames.of(item);
            if (named == null) {
                throw bad(item);
            }
            states.addAll(named);
        }
        return new SocketCriterion.States(states);
    }

    private SocketCriterion ports(SocketEnd end, List<String> items) throws BadValueException {
        List<PortRange> ranges = new ArrayList<>();
        for (String item : items) {
            int dash = item.indexOf('-', 1);
            int low = port(dash < 0 ? item : item.substring(0, dash), item);
            int high = dash < 0 ? low : port(item.substring(dash + 1), item);
            if (high < low) {
                throw new BadValueException(optionName + ": '" + TerminalSafe.excerpt(item) + "' is an empty range (" + expected() + ")");
            }
            ranges.add(new PortRange(low, high));
        }
        return new SocketCriterion.Ports(end, ranges);
    }

    private int port(String digits, String item) throws BadValueException {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(item);
        }
        int p = Integer.parseInt(digits);
        if (p > 0xFFFF) {
            throw bad(item);
        }
        return p;
    }

    private SocketCriterion addresses(SocketEnd end, List<String> items) throws BadValueException {
        List<AddressBlock> blocks = new ArrayList<>();
        for (String item : items) {
            blocks.add(block(item));
        }
        return new SocketCriterion.Addresses(end, blocks);
    }

    /** {@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}, {@code [::1]}, {@code fe80::/10}. */
    private AddressBlock block(String item) throws BadValueException {
        int slash = item.indexOf('/');
        String literal = slash < 0 ? item : item.substring(0, slash);
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        InetAddress address = AddressLiteral.parse(literal);
        if (address == null) {
            throw bad(item);
        }
        if (slash < 0) {
            return AddressBlock.single(address);
        }
        String len = item.substring(slash + 1);
        if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(item);
        }
        int prefix = Integer.parseInt(len);
        // ::ffff:10.0.0.0/104 arrives as IPv4 (the model's IPv4-mapped addresses are IPv4 too)
        if (address instanceof Inet4Address && literal.indexOf(':') >= 0) {
            prefix -= 96;
        }
        if (prefix < 0 || prefix > address.getAddress().length * 8) {
            throw bad(item);
        }
        return AddressBlock.of(address, prefix);
    }

    private SocketCriterion pids(List<String> items) throws BadValueException {
        Set<Long> pids = new LinkedHashSet<>();
        for (String item : items) {
            pids.add(number(item));
        }
        return new SocketCriterion.Pids(pids);
    }

    private SocketCriterion users(List<String> items) throws BadValueException {
        Set<Long> uids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (String item : items) {
            if (item.chars().allMatch(c -> c >= '0' && c <= '9')) {
                uids.add(number(item));
            } else {
                names.add(item);
            }
        }
        return new SocketCriterion.Users(uids, names);
    }

    private long number(String item) throws BadValueException {
        if (item.length() > 10 || !item.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(item);
        }
        return Long.parseLong(item);
    }
}
