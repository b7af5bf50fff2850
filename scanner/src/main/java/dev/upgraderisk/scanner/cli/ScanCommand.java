package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanException;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.engine.ScanResult;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upgrade-risk scan [PATH]}: resolve, match, advise, report. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Resolves the project's dependency graph as Maven does and reports known regressions.")
public final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Project folder (every supported manifest below it) or one manifest file (default: .).")
    Path path;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Scan only this manifest (default: every supported manifest under PATH).")
    Path manifest;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above: low, medium, high, critical (default: the policy's"
                    + " fail-on, else low).")
    String failOn;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (default: upgrade-risk.yaml in PATH, if there is one).")
    Path policy;

    @Option(names = {"-s", "--settings"}, paramLabel = "FILE",
            description = "Maven settings.xml (default: ~/.m2/settings.xml).")
    Path settings;

    @Option(names = {"-o", "--offline"}, description = "Work offline: use the local repository only.")
    boolean offline;

    @Option(names = "-D", paramLabel = "NAME=VALUE", mapFallbackValue = "true",
            description = "Define a property for the build, as mvn -D does (e.g. -Drevision=1.2.0).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = {"-P", "--activate-profiles"}, paramLabel = "PROFILES", split = ",",
            description = "Profiles to activate; prefix with ! or - to deactivate (as mvn -P).")
    List<String> profiles = new ArrayList<>();

    @picocli.CommandLine.Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Optional<Severity> threshold = failOn == null ? Optional.empty() : Severity.fromId(failOn);
        if (failOn != null && threshold.isEmpty()) {
            err.println("error: --fail-on '" + failOn + "' is not a severity; use low, medium, high or critical");
            return ExitCode.INPUT_ERROR.code();
        }
        List<String> active = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (String p : profiles) {
            String id = p.strip();
            if (id.startsWith("!") || id.startsWith("-")) inactive.add(id.substring(1));
            else if (id.startsWith("+")) active.add(id.substring(1));
            else if (!id.isEmpty()) active.add(id);
        }
        MavenOptions maven = MavenOptions.defaults().withOffline(offline).withUserProperties(properties)
                .withProfiles(active, inactive);
        if (settings != null) maven = maven.withSettings(settings);
        ScanRequest request = ScanRequest.of(path).withMaven(maven)
                .withPolicyFile(Optional.ofNullable(policy), threshold).withKnowledgeBase(kb.toRequest());
        if (manifest != null) request = request.withManifest(manifest);
        ScanResult result;
        try {
            result = new ScanEngine().scan(request);
        } catch (ScanException e) {
            return Errors.report(err, e);
        }
        try {
            StringWriter report = new StringWriter();
            format.writer().write(result, report);
            if (output != null) {
                Files.writeString(output, report.toString(), StandardCharsets.UTF_8);
            } else {
                Writer out = spec.commandLine().getOut();
                out.write(report.toString());
                out.flush();
            }
        } catch (IOException e) {
            err.println("error: cannot write the report to " + output + ": " + e.getMessage());
            return ExitCode.INPUT_ERROR.code();
        }
        return (result.failing().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS).code();
    }
}
