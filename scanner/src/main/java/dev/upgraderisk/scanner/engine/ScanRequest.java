package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Path;
import java.util.Objects;

/** What to scan and how: a project folder or manifest, Maven options, the advisories to use, and the policy. */
public record ScanRequest(Path target, MavenOptions maven, KnowledgeBaseRequest knowledgeBase, Policy policy) {
    public ScanRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(maven, "maven");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(policy, "policy");
    }

    public static ScanRequest of(Path target) {
        return new ScanRequest(target, MavenOptions.defaults(), KnowledgeBaseRequest.defaults(), Policy.defaults());
    }

    public ScanRequest withMaven(MavenOptions options) {
        return new ScanRequest(target, options, knowledgeBase, policy);
    }

    public ScanRequest withKnowledgeBase(Path folder) {
        return new ScanRequest(target, maven, KnowledgeBaseRequest.folder(folder), policy);
    }

    public ScanRequest withKnowledgeBase(KnowledgeBaseRequest request) {
        return new ScanRequest(target, maven, request, policy);
    }

    public ScanRequest withPolicy(Policy p) {
        return new ScanRequest(target, maven, knowledgeBase, p);
    }
}
