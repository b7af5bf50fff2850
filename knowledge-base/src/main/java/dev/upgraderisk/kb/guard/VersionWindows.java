package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Sorting and merging windows under one version scheme, so that each version is named by one window at most. */
final class VersionWindows {
    private VersionWindows() {}

    /** The windows sorted by where they start, with overlapping or touching windows joined into one. */
    static List<AffectedWindow> merge(List<AffectedWindow> windows, VersionScheme scheme) {
        List<AffectedWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(
                (AffectedWindow w) -> w.from().map(scheme::parseValid).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<AffectedWindow> merged = new ArrayList<>();
        for (AffectedWindow w : sorted) {
            if (!merged.isEmpty() && reaches(merged.get(merged.size() - 1), w, scheme)) {
                AffectedWindow last = merged.remove(merged.size() - 1);
                merged.add(new AffectedWindow(last.from(), laterEnd(last, w, scheme), inclusive(last, w, scheme)));
            } else {
                merged.add(w);
            }
        }
        return List.copyOf(merged);
    }

    /** True when {@code next} starts inside {@code w} or right where {@code w} stops. */
    private static boolean reaches(AffectedWindow w, AffectedWindow next, VersionScheme scheme) {
        if (w.to().isEmpty() || next.from().isEmpty()) return true;
        int c = scheme.parseValid(next.from().get()).compareTo(scheme.parseValid(w.to().get()));
        return c <= 0;
    }

    private static Optional<String> laterEnd(AffectedWindow a, AffectedWindow b, VersionScheme scheme) {
        if (a.to().isEmpty() || b.to().isEmpty()) return Optional.empty();
        return compareEnds(a, b, scheme) >= 0 ? a.to() : b.to();
    }

    private static boolean inclusive(AffectedWindow a, AffectedWindow b, VersionScheme scheme) {
        if (a.to().isEmpty() || b.to().isEmpty()) return false;
        int c = compareEnds(a, b, scheme);
        return c > 0 ? a.toInclusive() : c < 0 ? b.toInclusive() : a.toInclusive() || b.toInclusive();
    }

    private static int compareEnds(AffectedWindow a, AffectedWindow b, VersionScheme scheme) {
        Version x = scheme.parseValid(a.to().orElseThrow());
        Version y = scheme.parseValid(b.to().orElseThrow());
        return x.compareTo(y);
    }
}
