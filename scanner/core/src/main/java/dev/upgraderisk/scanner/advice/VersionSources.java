package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Withdrawal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version source per ecosystem; an ecosystem without one lists nothing (advice then uses the KB's versions). */
public final class VersionSources implements VersionSource, BuildChangeSource {
    /** Lists nothing. */
    public static final VersionSource NONE = new VersionSource() {
        @Override
        public List<String> versions(String manifest, PackageName pkg) {
            return List.of();
        }

        @Override
        public String describe() {
            return "no version list";
        }
    };

    private final Map<Ecosystem, VersionSource> sources;

    public VersionSources(Map<Ecosystem, VersionSource> sources) {
        this.sources = Map.copyOf(sources);
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        return sources.getOrDefault(pkg.ecosystem(), NONE).versions(manifest, pkg);
    }

    @Override
    public String describe() {
        return "the repositories' version lists";
    }

    @Override
    public Optional<Withdrawal> withdrawal(PackageName pkg, String version) {
        return sources.getOrDefault(pkg.ecosystem(), NONE).withdrawal(pkg, version);
    }

    @Override
    public Optional<Instant> released(PackageName pkg, String version) {
        return sources.getOrDefault(pkg.ecosystem(), NONE).released(pkg, version);
    }

    /** The change the ecosystem's source finds, where it is a {@link BuildChangeSource}. */
    @Override
    public Optional<BuildChange> change(String manifest, PackageName pkg, String current, String target) {
        return sources.get(pkg.ecosystem()) instanceof BuildChangeSource s
                ? s.change(manifest, pkg, current, target)
                : Optional.empty();
    }

    @Override
    public String describe(Ecosystem ecosystem) {
        return sources.getOrDefault(ecosystem, NONE).describe();
    }
}
