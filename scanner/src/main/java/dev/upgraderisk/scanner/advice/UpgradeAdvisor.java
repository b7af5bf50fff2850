package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the version to move to: the nearest release above the current one that no knowledge-base entry affects.
 * Candidates come from the repository's version list; when that cannot be read (offline, no metadata), from the
 * fixed versions the entries name. Pre-releases are skipped unless the current version is one.
 */
public final class UpgradeAdvisor {
    private final KnowledgeBase kb;
    private final VersionSource versions;

    public UpgradeAdvisor(KnowledgeBase kb, VersionSource versions) {
        this.kb = kb;
        this.versions = versions;
    }

    public UpgradeAdvice advise(String manifest, PackageName pkg, String current) {
        VersionScheme scheme = pkg.ecosystem().versionScheme();
        Version now;
        try {
            now = scheme.parse(current);
        } catch (InvalidVersionException e) {
            return new UpgradeAdvice(pkg, current, Optional.empty(), List.of(), "current version unreadable");
        }
        List<String> listed = versions.versions(manifest, pkg);
        String basis = listed.isEmpty() ? "fixed versions named by the knowledge base (no version list was available)"
                : versions.describe(pkg.ecosystem());
        List<String> pool = listed.isEmpty() ? fixedVersions(pkg) : listed;
        TreeMap<Version, String> candidates = new TreeMap<>();
        for (String v : pool) {
            try {
                Version parsed = scheme.parse(v);
                if (parsed.compareTo(now) > 0 && (!parsed.isPreRelease() || now.isPreRelease())) {
                    candidates.put(parsed, v);
                }
            } catch (InvalidVersionException ignored) {
                // repositories list odd versions now and then; they are never recommended
            }
        }
        List<UpgradeAdvice.SkippedVersion> skip = new ArrayList<>();
        for (var e : candidates.entrySet()) {
            List<KnowledgeBaseMatch> matches = kb.match(pkg, e.getKey());
            if (matches.isEmpty()) {
                return new UpgradeAdvice(pkg, current, Optional.of(e.getValue()), skip, basis);
            }
            skip.add(new UpgradeAdvice.SkippedVersion(e.getValue(),
                    matches.stream().map(m -> m.advisory().id()).toList()));
        }
        return new UpgradeAdvice(pkg, current, Optional.empty(), skip, basis);
    }

    private List<String> fixedVersions(PackageName pkg) {
        List<String> out = new ArrayList<>();
        for (Advisory a : kb.advisoriesFor(pkg)) {
            a.affected().forEach(af -> out.addAll(af.fixedVersions()));
        }
        return out;
    }
}
