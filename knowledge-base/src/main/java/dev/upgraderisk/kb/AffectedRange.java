package dev.upgraderisk.kb;

import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An OSV range: ordered events that switch "affected" on ({@code introduced}) and off ({@code fixed},
 * {@code last_affected}). Evaluated as the OSV specification describes: sort the events by version and walk them.
 */
public record AffectedRange(String type, List<RangeEvent> events) {
    public AffectedRange {
        events = List.copyOf(events);
    }

    /** True when {@code version} lies in the range under the given scheme. */
    public boolean contains(Version version, VersionScheme scheme) {
        List<RangeEvent> sorted = sorted(scheme);
        Version[] versions = new Version[sorted.size()];
        RangeEvent.Type[] types = new RangeEvent.Type[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            versions[i] = sorted.get(i).isFromBeginning()
                    ? null
                    : scheme.parseValid(sorted.get(i).version());
            types[i] = sorted.get(i).type();
        }
        return contains(versions, types, version);
    }

    /** The events in the order OSV evaluates them: by version, introduced "0" (the very beginning) first. */
    List<RangeEvent> sorted(VersionScheme scheme) {
        List<RangeEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(
                (RangeEvent e) -> e.isFromBeginning() ? null : scheme.parseValid(e.version()),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return sorted;
    }

    /**
     * OSV's evaluation over events already sorted and parsed ({@code null} stands for introduced "0"): walk them,
     * switching "affected" on at each introduced at or below the version and off at each fixed at or below it (or
     * last_affected below it).
     */
    static boolean contains(Version[] versions, RangeEvent.Type[] types, Version version) {
        boolean affected = false;
        for (int i = 0; i < versions.length; i++) {
            if (versions[i] == null) {
                affected = true;
                continue;
            }
            int c = versions[i].compareTo(version);
            switch (types[i]) {
                case INTRODUCED -> {
                    if (c <= 0) affected = true;
                }
                case FIXED -> {
                    if (c <= 0) affected = false;
                }
                case LAST_AFFECTED -> {
                    if (c < 0) affected = false;
                }
            }
        }
        return affected;
    }

    public Optional<String> introduced() {
        return first(RangeEvent.Type.INTRODUCED);
    }

    public Optional<String> fixed() {
        return first(RangeEvent.Type.FIXED);
    }

    public Optional<String> lastAffected() {
        return first(RangeEvent.Type.LAST_AFFECTED);
    }

    /** Every fixed version in this range. */
    public List<String> fixedVersions() {
        return events.stream()
                .filter(e -> e.type() == RangeEvent.Type.FIXED)
                .map(RangeEvent::version)
                .toList();
    }

    private Optional<String> first(RangeEvent.Type type) {
        return events.stream()
                .filter(e -> e.type() == type)
                .map(RangeEvent::version)
                .findFirst();
    }
}
