package io.github.netstatx.core.filter;

import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.SocketEntry;
import java.util.function.Predicate;

/** Which endpoint of a socket a port or address filter looks at. */
public enum SocketEnd {
    LOCAL,
    REMOTE,
    /** Either endpoint: {@code --port}, {@code --address}. */
    EITHER;

    /** True when an inet socket's endpoint at this end passes {@code test}; UNIX sockets have no endpoints. */
    boolean test(SocketEntry e, Predicate<InetEndpoint> test) {
        if (e.local() == null) {
            return false;
        }
        return switch (this) {
            case LOCAL -> test.test(e.local());
            case REMOTE -> test.test(e.remote());
            case EITHER -> test.test(e.local()) || test.test(e.remote());
        };
    }
}
