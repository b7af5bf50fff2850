package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to scan and how: a project folder or manifest, Maven options, the knowledge base ({@code empty} = the
 * bundled one, else a folder of entries) and the policy.
 */
public record ScanRequest(Path target, MavenOptions maven, Optional<Path> knowledgeBase, Policy policy) {
    public ScanRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(maven, "maven");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(policy, "policy");
    }

    public static ScanRequest of(Path target) {
        return new ScanRequest(target, MavenOptions.defaults(), Optional.empty(), Policy.defaults());
    }

    public ScanRequest withMaven(MavenOptions options) {
        return new ScanRequest(target, options, knowledgeBase, policy);
    }

    public ScanRequest withKnowledgeBase(Path folder) {
        return new ScanRequest(target, maven, Optional.of(folder), policy);
    }

    public ScanRequest withPolicy(Policy p) {
        return new ScanRequest(target, maven, knowledgeBase, p);
    }
}
