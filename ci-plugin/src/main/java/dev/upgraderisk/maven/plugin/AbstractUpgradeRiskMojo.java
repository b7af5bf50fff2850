package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.scanner.engine.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.engine.PolicySource;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanException;
import dev.upgraderisk.scanner.engine.ScanResult;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals share: their parameters (mirroring the CLI) and the one call into the engine. */
abstract class AbstractUpgradeRiskMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skip the goal. */
    @Parameter(property = "upgrade-risk.skip", defaultValue = "false")
    boolean skip;

    /** Fail on findings at or above: low, medium, high, critical (default: the policy's fail-on, else low). */
    @Parameter(property = "upgrade-risk.failOn")
    String failOn;

    /** Policy file (default: upgrade-risk.yaml in the project's folder, if there is one). */
    @Parameter(property = "upgrade-risk.policy")
    File policy;

    /** Knowledge base: a folder of entry files, or 'bundled' (default: the one `kb update` fetched, else bundled). */
    @Parameter(property = "upgrade-risk.kb")
    String kb;

    /** OSV security advisories to add: folders of OSV JSON files or OSV zip files, comma-separated. */
    @Parameter(property = "upgrade-risk.kbOsv")
    List<File> kbOsv;

    /** Report formats to write into {@code outputDirectory} (comma-separated): text, json, sarif, markdown, html. */
    @Parameter(property = "upgrade-risk.formats", defaultValue = "text,json")
    String formats;

    @Parameter(property = "upgrade-risk.outputDirectory", defaultValue = "${project.build.directory}/upgrade-risk")
    File outputDirectory;

    /** Runs the engine on the build's own graph. */
    ScanResult evaluate() throws MojoExecutionException, ScanException {
        // the policy and report paths belong to the whole build: the top of the reactor, not this module
        Path root = Optional.ofNullable(session.getRequest().getMultiModuleProjectDirectory()).map(File::toPath)
                .orElse(project.getBasedir().toPath()).toAbsolutePath().normalize();
        Optional<Severity> threshold = Optional.empty();
        if (failOn != null && !failOn.isBlank()) {
            threshold = Optional.of(Severity.fromId(failOn.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new MojoExecutionException("failOn '" + failOn + "' is not a severity; use low, medium, high or critical")));
        }
        boolean bundled = "bundled".equals(kb);
        Optional<Path> folder = kb == null || kb.isBlank() || bundled ? Optional.empty() : Optional.of(Path.of(kb));
        List<Path> osv = new ArrayList<>();
        if (kbOsv != null) kbOsv.forEach(f -> osv.add(f.toPath()));
        KnowledgeBaseRequest knowledgeBase = new KnowledgeBaseRequest(folder, bundled, osv, Optional.empty(),
                dev.upgraderisk.kb.git.GitKnowledgeBaseCache.defaultLocation());
        PolicySource policySource = new PolicySource.FromFile(Optional.ofNullable(policy).map(File::toPath), threshold);
        String manifest = root.relativize(project.getFile().toPath()).toString().replace('\\', '/');
        return new ScanEngine().evaluate(root, List.of(BuildGraph.of(project, manifest)), knowledgeBase, policySource,
                Map.of(Ecosystem.MAVEN, new SessionVersionSource(session, project)));
    }

    /** Writes every requested format into the output folder; returns the text report. */
    String writeReports(ScanResult result) throws MojoExecutionException {
        String text = render(result, ReportFormat.TEXT);
        try {
            Files.createDirectories(outputDirectory.toPath());
            for (String f : formats.split(",")) {
                String name = f.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) continue;
                ReportFormat format = ReportFormat.fromId(name).orElseThrow(() -> new MojoExecutionException(
                        "formats: '" + name + "' is not a format; use " + ReportFormat.choices()));
                Path out = outputDirectory.toPath().resolve(format.fileName());
                Files.writeString(out, format == ReportFormat.TEXT ? text : render(result, format), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        return text;
    }

    private static String render(ScanResult result, ReportFormat format) throws MojoExecutionException {
        try {
            StringWriter w = new StringWriter();
            format.writer().write(result, w);
            return w.toString();
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
