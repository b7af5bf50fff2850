package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.guard.GuardSelection;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ProjectPackages;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.options.FrontEndOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code kb export} that say which packages to export: by ecosystem, name, severity, or project. */
final class GuardOptions {
    @Option(names = "--ecosystem", paramLabel = "NAME", description = "Only this ecosystem: Maven, Go or npm.")
    String ecosystem;

    @Option(
            names = "--package",
            paramLabel = "NAME",
            description = "Only this package (Maven: groupId:artifactId), by any of its names.")
    String pkg;

    @Option(
            names = "--severity",
            paramLabel = "LEVEL",
            description = "Only entries at or above: low, medium, high, critical.")
    String severity;

    @Option(
            names = "--for",
            paramLabel = "PATH",
            description = "Only the packages this project uses (a folder or a manifest, read as scan reads it).")
    Path project;

    @Option(
            names = {"-o", "--offline"},
            description = "With --for: resolve Maven projects from the local repository only.")
    boolean offline;

    @Option(
            names = {"-s", "--settings"},
            paramLabel = "FILE",
            description = "With --for: Maven settings.xml (default: ~/.m2/settings.xml).")
    Path settings;

    /** The selection the options ask for, without {@code --for} (checked before any project is read). */
    GuardSelection selection() throws InputException {
        Optional<Ecosystem> eco = Optional.empty();
        if (ecosystem != null) {
            eco = Optional.of(Ecosystem.fromOsvName(ecosystem)
                    .orElseThrow(() -> new InputException(
                            "--ecosystem '" + ecosystem + "' is not known", "use Maven, Go or npm")));
        }
        Optional<Severity> min =
                severity == null ? Optional.empty() : Optional.of(FrontEndOptions.severity(severity, "--severity"));
        return new GuardSelection(eco, Optional.ofNullable(pkg), min, Optional.empty());
    }

    /** The packages of the {@code --for} project, resolved by the scan engine; empty without {@code --for}. */
    Optional<ProjectPackages> project(KnowledgeBaseRequest kb) throws ScanException {
        if (project == null) return Optional.empty();
        MavenOptions maven = MavenOptions.defaults().withOffline(offline);
        if (settings != null) maven = maven.withSettings(settings);
        return Optional.of(
                ProjectPackages.of(ScanRequest.of(project).withMaven(maven).withKnowledgeBase(kb)));
    }
}
