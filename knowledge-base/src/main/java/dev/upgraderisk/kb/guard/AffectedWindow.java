package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of affected versions: from {@code from} (inclusive; empty: from the very first version) up to {@code to}
 * (exclusive when it is a fixed version, inclusive when it is the last affected one; empty: no end is known).
 */
public record AffectedWindow(Optional<String> from, Optional<String> to, boolean toInclusive) {
    public AffectedWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Exactly one version. */
    public static AffectedWindow single(String version) {
        return new AffectedWindow(Optional.of(version), Optional.of(version), true);
    }

    /** True when this window holds one version only. */
    public boolean isSingle() {
        return toInclusive && from.isPresent() && from.equals(to);
    }

    /** True when every version is affected. */
    public boolean isEverything() {
        return from.isEmpty() && to.isEmpty();
    }

    /**
     * The windows of one OSV range, walked as OSV evaluates it: events by version, each introduced opening a window
     * that the next fixed or last_affected closes.
     */
    public static List<AffectedWindow> of(AffectedRange range, VersionScheme scheme) {
        List<RangeEvent> events = new ArrayList<>(range.events());
        events.sort(Comparator.comparing(
                (RangeEvent e) -> e.isFromBeginning() ? null : scheme.parseValid(e.version()),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<AffectedWindow> windows = new ArrayList<>();
        boolean open = false;
        Optional<String> start = Optional.empty();
        for (RangeEvent e : events) {
            switch (e.type()) {
                case INTRODUCED -> {
                    if (!open) start = e.isFromBeginning() ? Optional.empty() : Optional.of(e.version());
                    open = true;
                }
                case FIXED, LAST_AFFECTED -> {
                    if (open) {
                        windows.add(new AffectedWindow(
                                start, Optional.of(e.version()), e.type() == RangeEvent.Type.LAST_AFFECTED));
                    }
                    open = false;
                }
            }
        }
        if (open) windows.add(new AffectedWindow(start, Optional.empty(), false));
        return List.copyOf(windows);
    }
}
