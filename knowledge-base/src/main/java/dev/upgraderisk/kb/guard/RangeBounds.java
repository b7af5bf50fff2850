package dev.upgraderisk.kb.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of versions with optional ends, each inclusive or not: what the range notations of Renovate and
 * Dependabot write. The windows a knowledge base affects are stretches; so are the gaps between them.
 */
record RangeBounds(Optional<String> lower, boolean lowerInclusive, Optional<String> upper, boolean upperInclusive) {
    static RangeBounds of(AffectedWindow w) {
        return new RangeBounds(w.from(), true, w.to(), w.toInclusive());
    }

    /** The versions outside the windows (sorted and merged), as the stretches between them. */
    static List<RangeBounds> gaps(List<AffectedWindow> windows) {
        List<RangeBounds> gaps = new ArrayList<>();
        Optional<String> lower = Optional.empty();
        boolean lowerInclusive = false;
        for (AffectedWindow w : windows) {
            if (w.from().isPresent()) gaps.add(new RangeBounds(lower, lowerInclusive, w.from(), false));
            if (w.to().isEmpty()) return List.copyOf(gaps);
            lower = w.to();
            lowerInclusive = !w.toInclusive();
        }
        gaps.add(new RangeBounds(lower, lowerInclusive, Optional.empty(), false));
        return List.copyOf(gaps);
    }

    boolean isSingle() {
        return lowerInclusive && upperInclusive && lower.isPresent() && lower.equals(upper);
    }

    /** Maven's interval notation: {@code [1.0,2.0)}, {@code (,1.0)}, {@code [2.0,)}, {@code [1.5]}. */
    String maven() {
        if (isSingle()) return "[" + lower.get() + "]";
        return (lower.isPresent() && lowerInclusive ? "[" : "(")
                + lower.orElse("")
                + ","
                + upper.orElse("")
                + (upper.isPresent() && upperInclusive ? "]" : ")");
    }

    /**
     * Comparators as npm and Masterminds semver write them, {@code separator} between the two ends, a leading
     * {@code v} (Go) dropped: {@code >=1.8.8 <1.8.11}; {@code exact} is how the notation says "just this version".
     */
    String comparators(String separator, String space, String exact) {
        if (isSingle()) return exact + plain(lower.get());
        List<String> parts = new ArrayList<>();
        lower.ifPresent(v -> parts.add((lowerInclusive ? ">=" : ">") + space + plain(v)));
        upper.ifPresent(v -> parts.add((upperInclusive ? "<=" : "<") + space + plain(v)));
        return parts.isEmpty() ? ">=" + space + "0" : String.join(separator, parts);
    }

    private static String plain(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }
}
