package dev.upgraderisk.scanner.report;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.MediatedIntoAffectedRule;
import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.plan.FindingGroup;
import dev.upgraderisk.scanner.plan.FixPlan;
import dev.upgraderisk.scanner.plan.PlannedUpgrade;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The readable report: per manifest, each affected dependency with its entry, its path, its fix and advice. */
public final class TextReportWriter implements ReportWriter {
    private static final int MAX_PATHS = 3;
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    /** Plain text, for files and pipes. */
    public TextReportWriter() {
        this(false);
    }

    /** With {@code colour}, ANSI colours mark the verdict, severities and fixes; the words are the same. */
    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    private String paint(String sgr, String text) {
        return colour ? "\u001b[" + sgr + "m" + text + RESET : text;
    }

    private String severity(Severity s) {
        return paint(
                switch (s) {
                    case CRITICAL, HIGH -> "1;31";
                    case MEDIUM -> "33";
                    default -> "36";
                },
                s.toString());
    }

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("upgrade-risk ")
                .append(ToolVersion.get())
                .append(" scanned ")
                .append(clean(r.scannedRoot()))
                .append(": ")
                .append(r.graphs().size())
                .append(r.graphs().size() == 1 ? " manifest, " : " manifests, ")
                .append(r.packageCount())
                .append(" resolved packages\n");
        sb.append("knowledge base: ")
                .append(r.knowledgeBase())
                .append(" (")
                .append(r.knowledgeBaseEntries())
                .append(" entries)\n");
        if (!r.complete()) {
            sb.append(paint("1;33", "INCOMPLETE"))
                    .append(": part of the dependency graph could not be read; the notes below say what is missing\n");
        }
        r.sources()
                .osv()
                .forEach(o -> sb.append("security advisories: ")
                        .append(clean(o.location()))
                        .append(" (")
                        .append(o.advisories())
                        .append(" advisories for the ecosystems scanned, from ")
                        .append(o.files())
                        .append(" files")
                        .append(o.problems() > 0 ? ", " + o.problems() + " problems" : "")
                        .append(")\n"));
        writePlan(sb, FixPlan.of(r));
        Map<String, List<FindingGroup>> byManifest =
                new TreeMap<>(FindingGroup.of(r).stream().collect(Collectors.groupingBy(FindingGroup::manifest)));
        Map<String, List<Finding>> findingsByManifest = new TreeMap<>(
                r.findings().stream().collect(Collectors.groupingBy(f -> f.pkg().manifest())));
        for (DependencyGraph g : r.graphs()) {
            // an SBOM that mixes ecosystems has one graph per ecosystem under the same path
            List<Finding> fs = findingsByManifest.getOrDefault(g.manifest(), List.of()).stream()
                    .filter(f -> f.pkg().pkg().ecosystem() == g.ecosystem())
                    .toList();
            sb.append('\n')
                    .append(clean(g.manifest()))
                    .append(" (")
                    .append(g.ecosystem().osvName())
                    .append(' ')
                    .append(clean(g.root()))
                    .append(", ")
                    .append(g.nodes().size())
                    .append(" packages): ");
            sb.append(
                    fs.isEmpty()
                            ? "no known regressions\n"
                            : fs.size() + (fs.size() == 1 ? " finding\n" : " findings\n"));
            g.displayNotes().forEach(n -> sb.append("  note: ").append(clean(n)).append('\n'));
            for (FindingGroup group : byManifest.getOrDefault(g.manifest(), List.of())) {
                if (group.pkg().pkg().ecosystem() != g.ecosystem()) continue;
                writeGroup(sb, group, r.policy().failOn());
            }
            for (Finding f : fs) {
                var judged = r.judgement(f);
                judged.suppressedBecause()
                        .ifPresent(why -> sb.append("\n  suppressed: ")
                                .append(clean(f.pkg().pkg().name()))
                                .append(' ')
                                .append(clean(f.pkg().version()))
                                .append(' ')
                                .append(f.match()
                                        .map(m -> clean(m.advisory().id()))
                                        .orElse(f.ruleId()))
                                .append(": ")
                                .append(clean(why))
                                .append('\n'));
            }
        }
        r.verdict()
                .expired()
                .forEach(x -> sb.append("\nexpired suppression: ")
                        .append(clean(x.id()))
                        .append(" at ")
                        .append(x.location())
                        .append(" (until ")
                        .append(x.until().map(Object::toString).orElse(""))
                        .append(") no longer applies\n"));
        r.verdict()
                .unused()
                .forEach(x -> sb.append("\nunused suppression: ")
                        .append(clean(x.id()))
                        .append(" at ")
                        .append(x.location())
                        .append(" matched no finding; remove it\n"));
        sb.append('\n')
                .append(paint(r.failing().isEmpty() ? "1;32" : "1;31", verdict(r)))
                .append('\n');
        out.write(sb.toString());
    }

    /** The plan first: which upgrades end which findings, and what no upgrade ends. */
    private void writePlan(StringBuilder sb, FixPlan plan) {
        if (plan.isEmpty()) return;
        int n = plan.upgrades().size();
        sb.append('\n')
                .append(paint("1", "fix plan"))
                .append(": ")
                .append(n == 0 ? "no upgrade ends a finding" : n + (n == 1 ? " upgrade ends " : " upgrades end "))
                .append(n == 0 ? "" : plan.ended() + " of " + plan.findings() + " findings")
                .append('\n');
        int i = 1;
        for (PlannedUpgrade u : plan.upgrades()) {
            sb.append("  ")
                    .append(i++)
                    .append(". ")
                    .append(paint("1", clean(u.pkg().name())))
                    .append(' ')
                    .append(clean(u.from()))
                    .append(" -> ")
                    .append(paint("32", clean(u.to())))
                    .append(u.direct() ? "" : " (transitive")
                    .append(u.viaDirect()
                            .map(d -> (u.direct() ? " (" : "; ") + "or upgrade "
                                    + clean(d.direct().name()) + " to " + clean(d.version()) + ")")
                            .orElse(u.direct() ? "" : ")"))
                    .append('\n')
                    .append("     ends ")
                    .append(clean(String.join(", ", u.endsIds())))
                    .append(u.manifests().size() > 1 ? " in " + u.manifests().size() + " manifests" : "")
                    .append('\n');
            u.change()
                    .ifPresent(c ->
                            sb.append("     how: ").append(clean(c.describe())).append('\n'));
            if (!u.remains().isEmpty()) {
                sb.append("     leaves ")
                        .append(clean(String.join(", ", u.leavesIds())))
                        .append('\n');
            }
        }
        for (FindingGroup g : plan.unfixed()) {
            sb.append("  no upgrade ends: ")
                    .append(clean(g.pkg().pkg().name()))
                    .append(' ')
                    .append(clean(g.pkg().version()))
                    .append(' ')
                    .append(clean(String.join(", ", g.ids())))
                    .append(g.advice().isPresent() ? " (no unaffected version known)" : " (no advice was asked for)")
                    .append('\n');
        }
    }

    /** One package version: its entries, then once its paths and where to move. */
    private void writeGroup(StringBuilder sb, FindingGroup group, Severity threshold) {
        var p = group.pkg();
        int count = group.entries().size();
        sb.append("\n  ")
                .append(paint("1", clean(p.pkg().name()) + ' ' + clean(p.version())))
                .append("  [")
                .append(p.scope().isEmpty() ? "" : p.scope() + ", ")
                .append(p.direct() ? "direct" : "transitive")
                .append("]")
                .append(count > 1 ? "  " + count + " findings" : "")
                .append('\n');
        boolean pathMatters = false;
        for (ScanResult.Entry e : group.entries()) {
            writeEntry(sb, e.finding(), e.judgement());
            pathMatters |= e.finding().source() == Finding.Source.ADVISORY
                    || e.finding().ruleId().equals(MediatedIntoAffectedRule.ID);
        }
        if (pathMatters) {
            List<DependencyPath> paths = p.paths();
            for (int i = 0; i < Math.min(MAX_PATHS, paths.size()); i++) {
                line(sb, i == 0 ? "path" : "", paths.get(i).toString());
            }
            if (paths.size() > MAX_PATHS) line(sb, "", "... and " + (paths.size() - MAX_PATHS) + " more paths");
        }
        boolean actionable = group.entries().stream().anyMatch(e -> !e.finding().informational());
        if (actionable) group.advice().ifPresent(a -> writeAdvice(sb, p, a, threshold));
    }

    private void writeEntry(StringBuilder sb, Finding f, Judgement judged) {
        String level = judged.level() == Level.ERROR ? "" : "  (" + judged.level() + ")";
        if (f.source() == Finding.Source.ADVISORY) {
            KnowledgeBaseMatch m = f.match().get();
            Advisory a = m.advisory();
            sb.append("    ")
                    .append(paint("1", clean(a.id())))
                    .append("  ")
                    .append(severity(f.severity()))
                    .append("  ")
                    .append(a.facts().kind())
                    .append("  ")
                    .append(clean(a.summary()))
                    .append(level)
                    .append('\n');
            if (!a.aliases().isEmpty()) entryLine(sb, "aliases", String.join(", ", a.aliases()));
            if (a.origin() == Origin.OSV) entryLine(sb, "source", "OSV advisory " + clean(a.source()));
            entryLine(sb, "trigger", a.facts().trigger());
            entryLine(sb, "symptom", a.facts().symptom());
            a.facts().workaround().ifPresent(w -> entryLine(sb, "workaround", w));
            m.rename()
                    .ifPresent(rn -> entryLine(
                            sb, "moved", "this package now lives at " + rn.to().name() + " (" + rn.reference() + ")"));
            if (m.viaAlias()) entryLine(sb, "listed as", m.matchedAs().name());
        } else {
            sb.append("    ")
                    .append(paint("1", f.ruleId()))
                    .append("  ")
                    .append(severity(f.severity()))
                    .append("  ")
                    .append(clean(f.message()))
                    .append(level)
                    .append('\n');
            if (!f.ruleId().equals(MediatedIntoAffectedRule.ID)) return;
        }
        if (!f.fixedVersions().isEmpty()) {
            String fix = f.match()
                    .flatMap(m -> m.advisory().reference("FIX"))
                    .map(u -> " by " + u)
                    .orElse("");
            entryLine(sb, "fixed in", String.join(", ", f.fixedVersions()) + fix);
        } else {
            entryLine(sb, "fixed in", "no fixed release known");
        }
        f.match().flatMap(m -> m.advisory().reference("REPORT")).ifPresent(u -> entryLine(sb, "issue", u));
    }

    private void writeAdvice(StringBuilder sb, PackageFacts p, UpgradeAdvice advice, Severity threshold) {
        line(
                sb,
                "upgrade to",
                advice.recommendedVersion()
                        .map(v -> v + " (nearest version no entry at or above '" + threshold + "' affects; from "
                                + advice.basis() + ")")
                        .orElse("no unaffected version found in " + advice.basis()));
        for (UpgradeAdvice.SkippedVersion s : advice.skip()) {
            line(sb, "skip", s.version() + " (" + s.why() + ")");
        }
        advice.viaDirect()
                .ifPresent(d -> line(
                        sb,
                        "or",
                        "upgrade " + d.direct().name() + " to " + d.version()
                                + d.brings()
                                        .map(v -> ", which brings " + p.pkg().name() + " " + v)
                                        .orElse(", which no longer brings "
                                                + p.pkg().name())));
        boolean edit = advice.change()
                .filter(c -> !(c instanceof BuildChange.ManagedPin))
                .isPresent();
        if ((edit || (!p.direct() && !p.paths().isEmpty())) && advice.snippet().isPresent()) {
            line(
                    sb,
                    "how",
                    edit
                            ? advice.change().get().describe() + ":"
                            : advice.viaDirect().isPresent()
                                    ? "or pin it where the build decides:"
                                    : "upgrade "
                                            + clean(p.paths()
                                                    .get(0)
                                                    .direct()
                                                    .pkg()
                                                    .name())
                                            + " to a release that brings a fixed version, or pin it:");
            advice.snippet()
                    .get()
                    .lines()
                    .forEach(l -> sb.append("                ")
                            .append(l.replaceAll("[\\p{Cc}\\p{Cf}]", "?"))
                            .append('\n'));
        }
    }

    /** A line of one entry, indented beneath the entry's id. */
    private static void entryLine(StringBuilder sb, String label, String text) {
        sb.append("  ");
        line(sb, label, text);
    }

    /** A line about the package as a whole (its paths and advice), indented beneath the package. */
    private static void line(StringBuilder sb, String label, String text) {
        sb.append("    ")
                .append(String.format("%-12s", label.isEmpty() ? "" : label + ":"))
                .append(clean(text))
                .append('\n');
    }

    static String verdict(ScanResult r) {
        int failing = r.failing().size();
        int suppressed = r.verdict().suppressed().size();
        int shown = r.findings().size() - suppressed;
        if (shown == 0) {
            return suppressed == 0 ? "No known regressions." : "No known regressions (" + suppressed + " suppressed).";
        }
        return shown + (shown == 1 ? " finding, " : " findings, ") + failing + " failing the threshold '"
                + r.policy().failOn() + "'" + (suppressed > 0 ? ", " + suppressed + " suppressed" : "") + ".";
    }

    /**
     * Text from manifests, entries and advisories is shown inert: every control and format character (C0, C1 such
     * as CSI, bidi overrides) becomes '?', so nothing can move the cursor, retitle the terminal or reorder text.
     */
    public static String clean(String s) {
        return s.replaceAll("\\s*\n\\s*", " ")
                .replaceAll("[\\p{Cc}\\p{Cf}]", "?")
                .strip();
    }
}
