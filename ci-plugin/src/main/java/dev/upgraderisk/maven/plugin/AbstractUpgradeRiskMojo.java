package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.evaluation.Evaluator;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.PolicySource;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.options.FrontEndOptions;
import dev.upgraderisk.scanner.options.ReportFile;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        return evaluate(List.of(graph()), List.of());
    }

    /** This module's graph as the build resolved it, named by its POM's path from the top of the reactor. */
    DependencyGraph graph() {
        String manifest =
                root().relativize(project.getFile().toPath()).toString().replace('\\', '/');
        return BuildGraph.of(project, manifest);
    }

    /** The top of the reactor: where the policy is looked for and manifest paths start. */
    Path root() {
        return Optional.ofNullable(session.getRequest().getMultiModuleProjectDirectory())
                .map(File::toPath)
                .orElse(project.getBasedir().toPath())
                .toAbsolutePath()
                .normalize();
    }

    /** Runs the engine on these graphs, advising also on the packages in {@code adviseFor}. */
    ScanResult evaluate(List<DependencyGraph> graphs, List<String> adviseFor)
            throws MojoExecutionException, ScanException {
        // the policy and report paths belong to the whole build: the top of the reactor, not this module
        Path root = root();
        reportFormats(); // a wrong format fails before any work, as on the command line
        Optional<Severity> threshold = checked(() -> FrontEndOptions.failOn(failOn, "failOn"));
        List<Path> osv = new ArrayList<>();
        if (kbOsv != null) kbOsv.forEach(f -> osv.add(f.toPath()));
        KnowledgeBaseRequest knowledgeBase =
                FrontEndOptions.knowledgeBase(kb, osv, Optional.empty(), GitKnowledgeBaseCache.defaultLocation());
        PolicySource policySource =
                new PolicySource.FromFile(Optional.ofNullable(policy).map(File::toPath), threshold);
        return new Evaluator()
                .evaluate(
                        root,
                        graphs,
                        knowledgeBase,
                        policySource,
                        Map.of(Ecosystem.MAVEN, new SessionVersionSource(session, project)),
                        adviseFor);
    }

    /** Writes every requested format into the output folder; returns the text report. */
    String writeReports(ScanResult result) throws MojoExecutionException {
        return writeReports(result, outputDirectory.toPath());
    }

    /**
     * Keeps this module's graph for the reactor report and, in the reactor's last module, writes the report of
     * every module into {@code <top project's build directory>/upgrade-risk/reactor/}.
     */
    void writeReactorReport(DependencyGraph graph) throws MojoExecutionException, ScanException {
        List<MavenProject> all = session.getProjects();
        if (all.size() < 2) return;
        Map<String, DependencyGraph> seen = ReactorGraphs.of(session);
        seen.put(graph.manifest(), graph);
        if (!project.equals(all.get(all.size() - 1))) return;
        List<DependencyGraph> graphs = new ArrayList<>(new TreeMap<>(seen).values());
        if (graphs.size() < all.size()) {
            getLog().warn(
                            "upgrade-risk: the reactor report covers " + graphs.size() + " of " + all.size()
                                    + " modules: the others did not run this goal before the last module (skipped, or a parallel build)");
        }
        Path dir = Path.of(session.getTopLevelProject().getBuild().getDirectory(), "upgrade-risk", "reactor");
        writeReports(evaluate(graphs, List.of()), dir);
        getLog().info("upgrade-risk: reactor report (" + graphs.size() + " modules) written to " + dir);
    }

    private String writeReports(ScanResult result, Path directory) throws MojoExecutionException {
        String text = render(result, ReportFormat.TEXT);
        for (ReportFormat format : reportFormats()) {
            String content = format == ReportFormat.TEXT ? text : render(result, format);
            checked(() -> {
                ReportFile.write(
                        directory.resolve(format.fileName()),
                        content,
                        "the " + format.id() + " report",
                        "set outputDirectory to a folder you can write to");
                return null;
            });
        }
        return text;
    }

    /** The {@code formats} parameter, every name checked. */
    List<ReportFormat> reportFormats() throws MojoExecutionException {
        return checked(() -> FrontEndOptions.formats(formats, "formats"));
    }

    interface Step<T> {
        T run() throws InputException;
    }

    /** A parameter or file problem as Maven reports a plugin's configuration error: message and what to do. */
    static <T> T checked(Step<T> step) throws MojoExecutionException {
        try {
            return step.run();
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint(), e);
        }
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
