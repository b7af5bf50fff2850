package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.maven.MavenArguments;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.maven.ResolutionProgress;
import dev.upgraderisk.scanner.options.FrontEndOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say how to read a project, shared by {@code scan} and {@code advise}. */
final class ProjectOptions {
    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description = "Only this manifest (default: every supported manifest under the path).")
    Path manifest;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description = "Threshold: low, medium, high, critical (default: the policy's fail-on, else low).")
    String failOn;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "Policy file (default: upgrade-risk.yaml in the scanned folder, if there is one).")
    Path policy;

    @Option(
            names = {"-s", "--settings"},
            paramLabel = "FILE",
            description = "Maven settings.xml (default: ~/.m2/settings.xml).")
    Path settings;

    @Option(
            names = {"-o", "--offline"},
            description = "Work offline: the local Maven repository and cached version lists only.")
    boolean offline;

    @Option(
            names = {"-C", "--strict-checksums"},
            description = "Fail when a downloaded file's checksum does not match (as mvn -C); the default only warns.")
    boolean strictChecksums;

    @Option(
            names = "--no-cache",
            description = "Build every dependency's model and every candidate upgrade's graph from the POMs, neither "
                    + "reading nor writing their cache (LOCAL_REPOSITORY/.upgrade-risk/descriptors).")
    boolean noCache;

    @Option(
            names = "-D",
            paramLabel = "NAME=VALUE",
            mapFallbackValue = "true",
            description = "Define a property for the build, as mvn -D does (e.g. -Drevision=1.2.0).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(
            names = {"-P", "--activate-profiles"},
            paramLabel = "PROFILES",
            split = ",",
            description = "Profiles to activate; prefix with ! or - to deactivate, ? for optional (as mvn -P).")
    List<String> profiles = new ArrayList<>();

    @Option(
            names = "--min-age",
            paramLabel = "DAYS",
            description =
                    "Never advise a release published less than DAYS ago (where the registry gives dates: Go, npm).")
    Integer minAgeDays;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    ScanRequest toRequest(Path path) throws InputException {
        return toRequest(path, ResolutionProgress.NONE);
    }

    ScanRequest toRequest(Path path, ResolutionProgress progress) throws InputException {
        Optional<Severity> threshold = FrontEndOptions.failOn(failOn, "--fail-on");
        MavenArguments.Profiles requested = MavenArguments.profiles(profiles);
        MavenOptions maven = MavenOptions.defaults()
                .withOffline(offline)
                .withUserProperties(properties)
                .withProfiles(requested.active(), requested.inactive())
                .withProgress(progress)
                .withStrictChecksums(strictChecksums)
                .withDescriptorCache(!noCache);
        if (settings != null) maven = maven.withSettings(settings);
        ScanRequest request = ScanRequest.of(path)
                .withMaven(maven)
                .withPolicyFile(Optional.ofNullable(policy), threshold)
                .withKnowledgeBase(kb.toRequest());
        Optional<Duration> minAge = FrontEndOptions.minAge(minAgeDays, "--min-age");
        if (minAge.isPresent()) request = request.withMinAge(minAge.get());
        return manifest == null ? request : request.withManifest(manifest);
    }
}
