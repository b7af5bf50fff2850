package dev.upgraderisk.scanner.report;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.engine.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The readable report: per manifest, each affected dependency with its entry, its path, its fix and advice. */
public final class TextReportWriter implements ReportWriter {
    private static final int MAX_PATHS = 3;

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("upgrade-risk ").append(ToolVersion.get()).append(" scanned ").append(clean(r.scannedRoot()))
                .append(": ").append(r.graphs().size()).append(r.graphs().size() == 1 ? " manifest, " : " manifests, ")
                .append(r.packageCount()).append(" resolved packages\n");
        sb.append("knowledge base: ").append(r.knowledgeBase()).append(" (").append(r.knowledgeBaseEntries())
                .append(" entries)\n");
        r.sources().osv().forEach(o -> sb.append("security advisories: ").append(clean(o.location())).append(" (")
                .append(o.advisories()).append(" advisories for the ecosystems scanned, from ").append(o.files())
                .append(" files").append(o.problems() > 0 ? ", " + o.problems() + " problems" : "").append(")\n"));
        Map<String, List<Finding>> byManifest = new TreeMap<>(r.findings().stream()
                .collect(Collectors.groupingBy(f -> f.pkg().manifest())));
        for (DependencyGraph g : r.graphs()) {
            List<Finding> fs = byManifest.getOrDefault(g.manifest(), List.of());
            sb.append('\n').append(clean(g.manifest())).append(" (").append(g.ecosystem().osvName()).append(' ')
                    .append(clean(g.root())).append(", ").append(g.nodes().size()).append(" packages): ");
            sb.append(fs.isEmpty() ? "no known regressions\n" : fs.size() + (fs.size() == 1 ? " finding\n" : " findings\n"));
            g.notes().forEach(n -> sb.append("  note: ").append(clean(n)).append('\n'));
            for (Finding f : fs) {
                writeFinding(sb, f, r.advice().get(f));
            }
        }
        sb.append('\n').append(verdict(r)).append('\n');
        out.write(sb.toString());
    }

    private static void writeFinding(StringBuilder sb, Finding f, UpgradeAdvice advice) {
        var p = f.pkg();
        sb.append("\n  ").append(clean(p.pkg().name())).append(' ').append(clean(p.version())).append("  [")
                .append(p.scope().isEmpty() ? "" : p.scope() + ", ").append(p.direct() ? "direct" : "transitive")
                .append("]\n");
        if (f.match().isPresent()) {
            KnowledgeBaseMatch m = f.match().get();
            Advisory a = m.advisory();
            sb.append("    ").append(a.id()).append("  ").append(f.severity()).append("  ").append(a.facts().kind())
                    .append("  ").append(clean(a.summary())).append('\n');
            if (!a.aliases().isEmpty()) line(sb, "aliases", String.join(", ", a.aliases()));
            if (a.origin() == dev.upgraderisk.kb.Origin.OSV) line(sb, "source", "OSV advisory " + clean(a.source()));
            line(sb, "trigger", a.facts().trigger());
            line(sb, "symptom", a.facts().symptom());
            a.facts().workaround().ifPresent(w -> line(sb, "workaround", w));
            m.rename().ifPresent(rn -> line(sb, "moved", "this package now lives at " + rn.to().name()
                    + " (" + rn.reference() + ")"));
            if (m.viaAlias()) line(sb, "listed as", m.matchedAs().name());
        } else {
            sb.append("    ").append(f.ruleId()).append("  ").append(f.severity()).append("  ").append(clean(f.message()))
                    .append('\n');
        }
        List<DependencyPath> paths = p.paths();
        for (int i = 0; i < Math.min(MAX_PATHS, paths.size()); i++) {
            line(sb, i == 0 ? "path" : "", paths.get(i).toString());
        }
        if (paths.size() > MAX_PATHS) line(sb, "", "... and " + (paths.size() - MAX_PATHS) + " more paths");
        if (!f.fixedVersions().isEmpty()) {
            String fix = f.match().flatMap(m -> m.advisory().reference("FIX")).map(u -> " by " + u).orElse("");
            line(sb, "fixed in", String.join(", ", f.fixedVersions()) + fix);
        } else {
            line(sb, "fixed in", "no fixed release known");
        }
        f.match().flatMap(m -> m.advisory().reference("REPORT")).ifPresent(u -> line(sb, "issue", u));
        if (advice != null) {
            line(sb, "upgrade to", advice.recommendedVersion()
                    .map(v -> v + " (nearest version no known entry affects; from " + advice.basis() + ")")
                    .orElse("no unaffected version found in " + advice.basis()));
            for (UpgradeAdvice.SkippedVersion s : advice.skip()) {
                line(sb, "skip", s.version() + " (" + String.join(", ", s.advisoryIds()) + ")");
            }
            if (!p.direct() && !p.paths().isEmpty()) {
                line(sb, "how", "upgrade " + p.paths().get(0).direct().pkg().name()
                        + ", or pin the version in <dependencyManagement>");
            }
        }
    }

    private static void line(StringBuilder sb, String label, String text) {
        sb.append("      ").append(String.format("%-12s", label.isEmpty() ? "" : label + ":")).append(clean(text))
                .append('\n');
    }

    static String verdict(ScanResult r) {
        int failing = r.failing().size();
        if (r.findings().isEmpty()) {
            return "No known regressions.";
        }
        return r.findings().size() + (r.findings().size() == 1 ? " finding, " : " findings, ") + failing
                + " at or above the threshold '" + r.policy().failOn() + "'.";
    }

    /** Text from manifests and entries is shown inert: no control characters, no terminal escapes. */
    static String clean(String s) {
        return s.replaceAll("[\\p{Cntrl}&&[^\n]]", "?").replaceAll("\\s*\n\\s*", " ").strip();
    }
}
