package dev.upgraderisk.scanner.report;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Markdown for pull-request comments and step summaries: a one-line verdict, the failing findings, the others
 * folded in {@code <details>}. Every text from manifests or entries is escaped so nothing renders as markup, links
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
        List<Judgement> failing = r.verdict().failing();
        List<Judgement> others =
                r.verdict().judgements().stream().filter(j -> !j.failing()).toList();
        if (!failing.isEmpty()) {
            sb.append(
                    "| package | version | manifest | entry | severity | fixed in | move to |\n|---|---|---|---|---|---|---|\n");
            failing.forEach(j -> row(sb, r, j.finding()));
        }
        if (!others.isEmpty()) {
            sb.append("\n<details><summary>")
                    .append(others.size())
                    .append(" other finding(s): warnings, information,")
                    .append(
                            " suppressed</summary>\n\n| package | version | manifest | entry | severity | fixed in | move to |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            others.forEach(j -> row(sb, r, j.finding()));
            sb.append("\n</details>\n");
        }
        out.write(limit(sb.toString()));
    }

    private static void row(StringBuilder sb, ScanResult r, Finding f) {
        String entry = f.match()
                .map(m -> m.advisory().id() + ": " + m.advisory().summary())
                .orElse(f.ruleId() + ": " + f.message());
        String fix = String.join(", ", f.fixedVersions());
        String link = f.match()
                .flatMap(m -> m.advisory().reference("FIX"))
                .filter(u -> u.matches("https?://[^\\s<>()\\p{Cc}]+"))
                .map(u -> " ([fix](<" + u + ">))")
                .orElse("");
        sb.append("| ")
                .append(md(f.pkg().pkg().name()))
                .append(" | ")
                .append(md(f.pkg().version()))
                .append(" | ")
                .append(md(f.pkg().manifest()))
                .append(" | ")
                .append(md(entry))
                .append(" | ")
                .append(f.severity())
                .append(" | ")
                .append(md(fix))
                .append(link)
                .append(" | ")
                .append(md(
                        r.advice(f).flatMap(UpgradeAdvice::recommendedVersion).orElse("")))
                .append(" |\n");
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
