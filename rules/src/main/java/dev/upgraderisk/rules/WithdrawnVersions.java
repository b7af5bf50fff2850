package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The withdrawals known for the packages of a scan, looked up by name and version. */
public final class WithdrawnVersions {
    public static final WithdrawnVersions NONE = new WithdrawnVersions(Map.of());

    private final Map<Key, Withdrawal> byKey;

    private WithdrawnVersions(Map<Key, Withdrawal> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static WithdrawnVersions of(Map<PackageName, Map<String, Withdrawal>> known) {
        Map<Key, Withdrawal> m = new HashMap<>();
        known.forEach((pkg, versions) -> versions.forEach((v, w) -> m.put(key(pkg, v), w)));
        return new WithdrawnVersions(m);
    }

    public Optional<Withdrawal> find(PackageName pkg, String version) {
        return Optional.ofNullable(byKey.get(key(pkg, version)));
    }

    public int size() {
        return byKey.size();
    }

    private static Key key(PackageName pkg, String version) {
        return new Key(pkg, version);
    }

    private record Key(PackageName pkg, String version) {}
}
