package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.OffloadState;

/** {@code TCP_CONNECTION_OFFLOAD_STATE}: InHost 0, Offloading 1, Offloaded 2, Uploading 3. */
final class TcpOffloadStates {

    private TcpOffloadStates() {
    }

    /** The model value, or {@code null} for a value the API does not define. */
    static OffloadState of(long value) {
        return switch ((int) value) {
            case 0 -> OffloadState.IN_HOST;
            case 1 -> OffloadState.OFFLOADING;
            case 2 -> OffloadState.OFFLOADED;
            case 3 -> OffloadState.UPLOADING;
            default -> null;
        };
    }
}
