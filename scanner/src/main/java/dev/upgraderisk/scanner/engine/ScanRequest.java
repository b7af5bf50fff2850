package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.PolicySource;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What to scan and how: a project folder or manifest, Maven options, the advisories to use, and the policy. */
public record ScanRequest(
        Path target,
        Optional<Path> manifest,
        MavenOptions maven,
        KnowledgeBaseRequest knowledgeBase,
        PolicySource policy,
        Map<String, String> environment,
        List<String> adviseFor,
        Optional<Duration> minAge,
        boolean adviseFindings) {
    public ScanRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(manifest, "manifest");
        environment = Map.copyOf(environment);
        adviseFor = List.copyOf(adviseFor);
        Objects.requireNonNull(maven, "maven");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(minAge, "minAge");
    }

    public static ScanRequest of(Path target) {
        return new ScanRequest(
                target,
                Optional.empty(),
                MavenOptions.defaults(),
                KnowledgeBaseRequest.defaults(),
                new PolicySource.FromFile(Optional.empty(), Optional.empty()),
                System.getenv(),
                List.of(),
                Optional.empty(),
                true);
    }

    public ScanRequest withMaven(MavenOptions options) {
        return new ScanRequest(
                target, manifest, options, knowledgeBase, policy, environment, adviseFor, minAge, adviseFindings);
    }

    public ScanRequest withKnowledgeBase(Path folder) {
        return new ScanRequest(
                target,
                manifest,
                maven,
                KnowledgeBaseRequest.folder(folder),
                policy,
                environment,
                adviseFor,
                minAge,
                adviseFindings);
    }

    public ScanRequest withKnowledgeBase(KnowledgeBaseRequest request) {
        return new ScanRequest(
                target, manifest, maven, request, policy, environment, adviseFor, minAge, adviseFindings);
    }

    /** The same request for another folder (a revision's snapshot, in diff). */
    public ScanRequest withTarget(Path folder) {
        return new ScanRequest(
                folder, manifest, maven, knowledgeBase, policy, environment, adviseFor, minAge, adviseFindings);
    }

    /** Scan only this manifest ({@code --manifest FILE}). */
    public ScanRequest withManifest(Path file) {
        return new ScanRequest(
                target,
                Optional.of(file),
                maven,
                knowledgeBase,
                policy,
                environment,
                adviseFor,
                minAge,
                adviseFindings);
    }

    /** The environment that registry clients read (GOPROXY, GOPRIVATE, XDG_CACHE_HOME, ...). */
    /**
     * The request's own environment (GOPROXY, npm_config_registry, XDG_CACHE_HOME, ...): every cache and registry the
     * scan uses is chosen from it, the knowledge-base cache too when the request kept the default one.
     */
    public ScanRequest withEnvironment(Map<String, String> env) {
        KnowledgeBaseRequest kb = knowledgeBase;
        if (kb.cache().equals(GitKnowledgeBaseCache.defaultLocation())) {
            kb = new KnowledgeBaseRequest(
                    kb.folder(),
                    kb.bundledOnly(),
                    kb.osv(),
                    kb.pinnedCommit(),
                    GitKnowledgeBaseCache.defaultLocation(env));
        }
        return new ScanRequest(target, manifest, maven, kb, policy, env, adviseFor, minAge, adviseFindings);
    }

    /** Also advise on these packages (by name), affected or not — what {@code upgrade-risk advise PACKAGE} asks. */
    public ScanRequest withAdviceFor(List<String> packages) {
        return new ScanRequest(
                target, manifest, maven, knowledgeBase, policy, environment, packages, minAge, adviseFindings);
    }

    /** Advice skips releases published less than {@code age} ago, where the registry gives publication times. */
    public ScanRequest withMinAge(Duration age) {
        return new ScanRequest(
                target,
                manifest,
                maven,
                knowledgeBase,
                policy,
                environment,
                adviseFor,
                Optional.of(age),
                adviseFindings);
    }

    /** Findings without advice: no version lists are fetched (history needs only which findings there are). */
    public ScanRequest withoutAdvice() {
        return new ScanRequest(target, manifest, maven, knowledgeBase, policy, environment, adviseFor, minAge, false);
    }

    /** Use this policy as is. */
    public ScanRequest withPolicy(Policy p) {
        return new ScanRequest(
                target,
                manifest,
                maven,
                knowledgeBase,
                new PolicySource.Given(p),
                environment,
                adviseFor,
                minAge,
                adviseFindings);
    }

    /** Read the policy from a file (empty: upgrade-risk.yaml at the root, if any), with an optional threshold. */
    public ScanRequest withPolicyFile(Optional<Path> file, Optional<Severity> failOn) {
        return new ScanRequest(
                target,
                manifest,
                maven,
                knowledgeBase,
                new PolicySource.FromFile(file, failOn),
                environment,
                adviseFor,
                minAge,
                adviseFindings);
    }
}
