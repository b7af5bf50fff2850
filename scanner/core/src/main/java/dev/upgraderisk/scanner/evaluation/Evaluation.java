package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What evaluation needs once the graphs exist, whoever resolved them (a scan, or the Maven plugin with the build's
 * own graph): where the policy is looked for, the graphs, the advisories, where versions are listed from, the
 * packages to advise on besides the findings', the youngest release advice may pick, and whether findings get advice.
 */
public record Evaluation(
        Path root,
        List<DependencyGraph> graphs,
        AdvisorySources advisories,
        PolicySource policy,
        Map<Ecosystem, VersionSource> versionSources,
        List<String> adviseFor,
        Optional<Duration> minAge,
        boolean adviseFindings) {
    public Evaluation {
        graphs = List.copyOf(graphs);
        versionSources = Map.copyOf(versionSources);
        adviseFor = List.copyOf(adviseFor);
    }
}
