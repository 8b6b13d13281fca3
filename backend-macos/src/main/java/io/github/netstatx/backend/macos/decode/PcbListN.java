package io.github.netstatx.backend.macos.decode;

import java.util.List;

/**
 * One decoded {@code pcblist_n} answer.
 *
 * @param generation {@code xig_gen} of the leading header: PCBs with a newer generation were created during
 *     the copy and are left out, as netstat does
 * @param count {@code xig_count} of the leading header
 * @param items the complete items, in kernel order
 * @param stale items left out because they are newer than the header's generation
 * @param incomplete items whose records did not add up to a whole item
 * @param trailerGeneration {@code xig_gen} of the trailing header, or null when the answer had none
 */
public record PcbListN<T>(long generation, long count, List<T> items, int stale, int incomplete,
        Long trailerGeneration) {

    public PcbListN {
        items = List.copyOf(items);
    }

    /** True when the answer carried headers but not one record: on macOS that means withheld, not "none". */
    public boolean itemless() {
        return items.isEmpty() && stale == 0 && incomplete == 0;
    }
}
