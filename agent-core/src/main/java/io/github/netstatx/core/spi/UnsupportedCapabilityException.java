package io.github.netstatx.core.spi;

/** The backend does not have the capability that was asked for. */
public class UnsupportedCapabilityException extends BackendException {

    private final Capability capability;

    public UnsupportedCapabilityException(String backendId, Capability capability) {
        super("backend " + backendId + " cannot provide " + capability.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' '));
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }
}
