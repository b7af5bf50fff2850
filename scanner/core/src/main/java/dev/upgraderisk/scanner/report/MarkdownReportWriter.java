package dev.upgraderisk.scanner.report;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.plan.FindingGroup;
import dev.upgraderisk.scanner.plan.FixPlan;
import dev.upgraderisk.scanner.plan.PlannedUpgrade;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Markdown for pull-request comments and step summaries: a one-line verdict, the fix plan, one row per package
 * version with the findings on it (failing ones first, the others folded in {@code <details>}). Every text from manifests or entries is escaped so nothing renders as markup, links
 * or @mentions, and the whole stays under {@value #LIMIT} bytes (cut with a note that names the full report).
 */
public final class MarkdownReportWriter implements ReportWriter {
    static final int LIMIT = 64_000;

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder("### upgrade-risk: ")
                .append(md(TextReportWriter.verdict(r)))
                .append("\n\n");
        if (!r.complete()) {
            sb.append("> **Incomplete:** part of the dependency graph could not be read; the text report's notes say"
                    + " what is missing.\n\n");
        }
        plan(sb, FixPlan.of(r));
        List<FindingGroup> groups = FindingGroup.of(r);
        List<FindingGroup> failing =
                groups.stream().filter(FindingGroup::failing).toList();
        List<FindingGroup> others = groups.stream().filter(g -> !g.failing()).toList();
        List<Judgement> suppressed = r.verdict().suppressed();
        if (!failing.isEmpty()) {
            sb.append(HEADER);
            failing.forEach(g -> row(sb, g.pkg(), g.entries(), g.advice()));
        }
        int folded = others.stream().mapToInt(g -> g.entries().size()).sum() + suppressed.size();
        if (folded > 0) {
            sb.append("\n<details><summary>")
                    .append(folded)
                    .append(" other finding(s): warnings, information, suppressed</summary>\n\n")
                    .append(HEADER);
            others.forEach(g -> row(sb, g.pkg(), g.entries(), g.advice()));
            suppressed.forEach(j -> row(
                    sb,
                    j.finding().pkg(),
                    List.of(new ScanResult.Entry(j.finding(), j, r.advice(j.finding()))),
                    r.advice(j.finding())));
            sb.append("\n</details>\n");
        }
        notes(sb, r);
        out.write(limit(sb.toString()));
    }

    /** What the readers said about the manifests (no graph in an SBOM, an approximate Go graph...), folded. */
    private static void notes(StringBuilder sb, ScanResult r) {
        List<String> notes = r.graphs().stream()
                .flatMap(g -> g.displayNotes().stream().map(n -> md(g.manifest()) + ": " + md(n)))
                .distinct()
                .toList();
        if (notes.isEmpty()) return;
        sb.append("\n<details><summary>").append(notes.size()).append(" note(s) on the manifests read</summary>\n\n");
        notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        sb.append("\n</details>\n");
    }

    private static final String HEADER =
            "| package | version | manifest | findings | move to |\n|---|---|---|---|---|\n";

    /** The plan first: one line per upgrade, with what it ends. */
    private static void plan(StringBuilder sb, FixPlan plan) {
        if (plan.upgrades().isEmpty()) return;
        int n = plan.upgrades().size();
        sb.append("**Fix plan:** ")
                .append(n)
                .append(n == 1 ? " upgrade ends " : " upgrades end ")
                .append(plan.ended())
                .append(" of ")
                .append(plan.findings())
                .append(" findings.\n\n");
        int i = 1;
        for (PlannedUpgrade u : plan.upgrades()) {
            sb.append(i++)
                    .append(". `")
                    .append(code(u.pkg().name()))
                    .append("` ")
                    .append(md(u.from()))
                    .append(" → **")
                    .append(md(u.to()))
                    .append("**")
                    .append(u.viaDirect()
                            .map(d -> " (or `" + code(d.direct().name()) + "` → " + md(d.version()) + ")")
                            .orElse(""))
                    .append(": ends ")
                    .append(md(String.join(", ", u.endsIds())))
                    .append(u.change().map(c -> " — " + md(c.describe())).orElse(""))
                    .append(u.remains().isEmpty() ? "" : "; leaves " + md(String.join(", ", u.leavesIds())))
                    .append('\n');
        }
        plan.unfixed()
                .forEach(g -> sb.append("- no upgrade ends `")
                        .append(code(g.pkg().pkg().name()))
                        .append("` ")
                        .append(md(g.pkg().version()))
                        .append(": ")
                        .append(md(String.join(", ", g.ids())))
                        .append('\n'));
        sb.append('\n');
    }

    private static void row(
            StringBuilder sb, PackageFacts p, List<ScanResult.Entry> entries, Optional<UpgradeAdvice> advice) {
        List<String> cells = new ArrayList<>();
        for (ScanResult.Entry e : entries) {
            Finding f = e.finding();
            String entry = f.match()
                    .map(m -> m.advisory().id() + " (" + f.severity() + "): "
                            + m.advisory().summary())
                    .orElse(f.ruleId() + " (" + f.severity() + "): " + f.message());
            String fixed = f.fixedVersions().isEmpty() ? "" : ", fixed in " + String.join(", ", f.fixedVersions());
            String suppressed = e.judgement()
                    .suppressedBecause()
                    .map(why -> ", suppressed: " + why)
                    .orElse("");
            List<String> links = new ArrayList<>();
            f.match()
                    .flatMap(m -> m.advisory().reference("REPORT"))
                    .flatMap(u -> link("issue", u))
                    .ifPresent(links::add);
            f.match()
                    .flatMap(m -> m.advisory().reference("FIX"))
                    .flatMap(u -> link("fix", u))
                    .ifPresent(links::add);
            cells.add(md(entry + fixed + suppressed) + (links.isEmpty() ? "" : " (" + String.join(", ", links) + ")"));
        }
        sb.append("| ")
                .append(md(p.pkg().name()))
                .append(" | ")
                .append(md(p.version()))
                .append(" | ")
                .append(md(p.manifest()))
                .append(" | ")
                .append(String.join("<br>", cells))
                .append(" | ")
                .append(md(advice.flatMap(UpgradeAdvice::recommendedVersion).orElse("")))
                .append(" |\n");
    }

    /** A Markdown link only for a plain http(s) URL; anything else is left out. */
    private static Optional<String> link(String label, String url) {
        return url.matches("https?://[^\\s<>()\\p{Cc}]+")
                ? Optional.of("[" + label + "](<" + url + ">)")
                : Optional.empty();
    }

    /** Text for inside a code span: backticks and control characters cannot end or break it. */
    private static String code(String s) {
        return TextReportWriter.clean(s).replace("`", "'").replace("|", "\\|");
    }

    /** Cuts Markdown to stay under 64 KB (GitHub's comment limit is 65,536 characters), with a note. */
    public static String limitTo64k(String markdown) {
        return limit(markdown);
    }

    static String limit(String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= LIMIT) return markdown;
        String cut = new String(bytes, 0, LIMIT - 200, StandardCharsets.UTF_8);
        cut = cut.substring(0, Math.max(0, cut.lastIndexOf('\n')));
        return cut + "\n\n_The report was cut to stay under 64 KB; the full report is in the JSON output"
                + " (`--format json`)._\n"
                + (cut.contains("<details>") && !cut.contains("</details>") ? "\n</details>\n" : "");
    }

    /**
     * Inert Markdown: no HTML, links, emphasis, table breaks or @mentions from package names or entry text, and no
     * GitHub autolinks either (a zero-width space after "://" and "www." keeps a bare URL plain text).
     */
    public static String md(String s) {
        return TextReportWriter.clean(s)
                .replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~])", "\\\\$1")
                .replace("@", "@\u200b")
                .replace("://", ":\u200b//")
                .replaceAll("(?i)\\b(www)\\.", "$1\u200b.");
    }
}
