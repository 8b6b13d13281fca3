package io.github.netstatx.cli.changes;

import io.github.netstatx.core.model.SocketEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Compares each sample's sockets with the previous sample's ({@code --changes}). Keys and matching
 * rules are in {@link SocketIdentity}. Changes come in a fixed order: the sockets that disappeared,
 * in the previous sample's order, then those that appeared or changed state, in the new sample's order.
 */
public final class ChangeTracker {

    private List<SocketEntry> previous;

    /**
     * Remembers {@code current} and returns what changed since the last call; the first call only
     * remembers and returns nothing.
     */
    public List<SocketChange> next(List<SocketEntry> current) {
        List<SocketEntry> before = previous;
        previous = List.copyOf(current);
        if (before == null) {
            return List.of();
        }
        Map<SocketIdentity, List<SocketEntry>> oldByKey = group(before);
        Map<SocketIdentity, List<SocketEntry>> newByKey = group(current);
        Map<SocketEntry, SocketEntry> matchOfNew = new IdentityHashMap<>();
        Set<SocketEntry> matchedOld = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : newByKey.entrySet()) {
            List<SocketEntry> olds = oldByKey.getOrDefault(e.getKey(), List.of());
            List<SocketEntry> news = e.getValue();
            // Certain matches first, then likely ones, then whatever the inodes still allow.
            pair(news, olds, SocketIdentity::sameInode, matchOfNew, matchedOld);
            pair(news, olds, (n, o) -> SocketIdentity.sameOwner(n, o) && SocketIdentity.inodesAllow(n, o),
                    matchOfNew, matchedOld);
            pair(news, olds, SocketIdentity::inodesAllow, matchOfNew, matchedOld);
        }
        List<SocketChange> changes = new ArrayList<>();
        for (SocketEntry old : before) {
            if (!matchedOld.contains(old)) {
                changes.add(new SocketChange(SocketChange.Kind.DISAPPEARED, old, null));
            }
        }
        for (SocketEntry now : current) {
            SocketEntry old = matchOfNew.get(now);
            if (old == null) {
                changes.add(new SocketChange(SocketChange.Kind.APPEARED, now, null));
            } else if (!SocketIdentity.sameState(old, now)) {
                changes.add(new SocketChange(SocketChange.Kind.STATE_CHANGED, now, old));
            }
        }
        return changes;
    }

    private static Map<SocketIdentity, List<SocketEntry>> group(List<SocketEntry> sockets) {
        Map<SocketIdentity, List<SocketEntry>> m = new LinkedHashMap<>();
        for (SocketEntry s : sockets) {
            m.computeIfAbsent(SocketIdentity.of(s), k -> new ArrayList<>(1)).add(s);
        }
        return m;
    }

    /** Pairs each unmatched new socket with the first unmatched old one the rule accepts. */
    private static void pair(List<SocketEntry> news, List<SocketEntry> olds, BiPredicate<SocketEntry, SocketEntry> rule,
            Map<SocketEntry, SocketEntry> matchOfNew, Set<SocketEntry> matchedOld) {
        for (SocketEntry n : news) {
            if (matchOfNew.containsKey(n)) {
                continue;
            }
            for (SocketEntry o : olds) {
                if (!matchedOld.contains(o) && rule.test(n, o)) {
                    matchOfNew.put(n, o);
                    matchedOld.add(o);
                    break;
                }
            }
        }
    }
}
