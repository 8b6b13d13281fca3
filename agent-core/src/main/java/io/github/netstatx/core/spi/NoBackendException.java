package io.github.netstatx.core.spi;

import java.util.List;

/** No provider could be used; carries every provider's probe result so the message can explain each. */
public class NoBackendException extends Exception {

    private final transient List<Backends.Candidate> candidates;

    public NoBackendException(String message, List<Backends.Candidate> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<Backends.Candidate> candidates() {
        return candidates;
    }

    /** The message plus one line per provider: {@code  - id: reason}. */
    public String explanation() {
        StringBuilder sb = new StringBuilder(getMessage());
        if (candidates.isEmpty()) {
            sb.append("\n  (no backend providers are on the class path)");
        }
        for (Backends.Candidate c : candidates) {
            sb.append("\n  - ").append(c.id()).append(": ").append(c.availability().reason());
        }
        return sb.toString();
    }
}
