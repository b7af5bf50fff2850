package dev.upgraderisk.scanner.diff;

import static dev.upgraderisk.scanner.report.TextReportWriter.clean;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.json.JsonTrees;
import dev.upgraderisk.scanner.report.JsonReportWriter;
import dev.upgraderisk.scanner.report.MarkdownReportWriter;
import dev.upgraderisk.scanner.report.PrettyJson;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The diff in text, Markdown (for pull-request comments) or JSON; chosen in {@link #render}. */
public final class DiffReport {
    private DiffReport() {}

    /** The formats a diff is written in. */
    public static final Set<ReportFormat> FORMATS =
            EnumSet.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.JSON);

    public static String render(RevisionDiff.Outcome o, ReportFormat format) {
        return switch (format) {
            case JSON -> json(o);
            case MARKDOWN -> markdown(o);
            case TEXT -> text(o);
            default -> throw new IllegalArgumentException("a diff is not written as " + format.id());
        };
    }

    private static String range(RevisionDiff.Outcome o) {
        return o.baseCommit().substring(0, 12) + ".."
                + o.headCommit().map(c -> c.substring(0, 12)).orElse("working tree");
    }

    static String verdict(RevisionDiff.Outcome o) {
        List<Judgement> failing = o.result().introducedFailing();
        long introduced = o.result().changes().stream()
                .filter(c -> !c.introduced().isEmpty())
                .count();
        if (failing.isEmpty()) {
            return introduced == 0
                    ? "No new risk: this change brings in no known regression or advisory."
                    : "No new risk at or above the threshold (" + introduced + " change(s) bring in lower ones).";
        }
        return "This change brings in " + failing.size() + " known risk(s) at or above the threshold '"
                + o.result().after().policy().failOn() + "'.";
    }

    private static String describe(Finding f) {
        return f.match()
                .map(m -> m.advisory().id() + " " + f.severity() + " "
                        + m.advisory().facts().kind() + ": " + m.advisory().summary())
                .orElse(f.ruleId() + " " + f.severity() + ": " + f.message());
    }

    private static String change(PackageChange c) {
        return c.manifest() + " " + c.pkg().name() + " " + c.before().orElse("(none)") + " -> "
                + c.after().orElse("(none)")
                + " [" + c.kind().name().toLowerCase(Locale.ROOT) + ", "
                + (c.direct() ? "direct" : "transitive")
                + (c.mediationOnly() ? ", by mediation" : "") + (c.majorJump() ? ", major version jump" : "") + "]";
    }

    static final String POLICY_EDITED = "This change edits upgrade-risk.yaml: it is judged by the base's policy; the"
            + " edited one applies once merged.";

    private static String text(RevisionDiff.Outcome o) {
        StringBuilder sb = new StringBuilder("upgrade-risk diff " + range(o) + ": "
                + o.result().changes().size() + " package change(s)\n\n" + verdict(o) + "\n");
        if (o.policyEdited()) sb.append(POLICY_EDITED).append('\n');
        for (Judgement j : o.result().introducedFailing()) {
            Finding f = j.finding();
            sb.append("\n  introduced: ")
                    .append(clean(f.pkg().manifest() + " " + f.pkg().pkg().name() + " "
                            + f.pkg().version()))
                    .append("\n    ")
                    .append(clean(describe(f)))
                    .append('\n');
            if (!f.fixedVersions().isEmpty())
                sb.append("    fixed in: ")
                        .append(clean(String.join(", ", f.fixedVersions())))
                        .append(f.match()
                                .flatMap(m -> m.advisory().reference("FIX"))
                                .map(u -> " by " + clean(u))
                                .orElse(""))
                        .append('\n');
            o.result()
                    .after()
                    .advice(f)
                    .flatMap(UpgradeAdvice::recommendedVersion)
                    .ifPresent(v -> sb.append("    move to:  ").append(clean(v)).append('\n'));
        }
        if (!o.result().changes().isEmpty()) sb.append("\nchanges:\n");
        for (PackageChange c : o.result().changes()) {
            sb.append("  ").append(clean(change(c))).append('\n');
            if (!c.introduced().isEmpty())
                sb.append("    brings in: ")
                        .append(clean(String.join(", ", c.introduced())))
                        .append('\n');
            if (!c.fixed().isEmpty())
                sb.append("    fixes:     ")
                        .append(clean(String.join(", ", c.fixed())))
                        .append('\n');
            if (!c.remaining().isEmpty())
                sb.append("    still:     ")
                        .append(clean(String.join(", ", c.remaining())))
                        .append('\n');
        }
        return sb.toString();
    }

    /** Markdown for a pull-request comment: verdict first; all text escaped so nothing renders as markup. */
    private static String markdown(RevisionDiff.Outcome o) {
        return MarkdownReportWriter.limitTo64k(markdownUncut(o));
    }

    private static String markdownUncut(RevisionDiff.Outcome o) {
        StringBuilder sb = new StringBuilder("### upgrade-risk: " + md(verdict(o)) + "\n\n");
        if (o.policyEdited()) sb.append("> ").append(md(POLICY_EDITED)).append("\n\n");
        for (Judgement j : o.result().introducedFailing()) {
            Finding f = j.finding();
            sb.append("- **")
                    .append(md(f.pkg().pkg().name() + " " + f.pkg().version()))
                    .append("** (`")
                    .append(md(f.pkg().manifest()))
                    .append("`): ")
                    .append(md(describe(f)));
            f.match()
                    .flatMap(m -> m.advisory().reference("FIX"))
                    .filter(u -> u.matches("https?://[^\\s<>()\\p{Cc}]+"))
                    .ifPresent(u -> sb.append(" — fixed in ")
                            .append(md(String.join(", ", f.fixedVersions())))
                            .append(" by <")
                            .append(u)
                            .append(">"));
            sb.append('\n');
        }
        if (!o.result().changes().isEmpty()) {
            sb.append("\n<details><summary>")
                    .append(o.result().changes().size())
                    .append(" package change(s)")
                    .append(
                            "</summary>\n\n| manifest | package | from | to | risks brought in | risks fixed |\n|---|---|---|---|---|---|\n");
            for (PackageChange c : o.result().changes()) {
                sb.append("| ")
                        .append(md(c.manifest()))
                        .append(" | ")
                        .append(md(c.pkg().name()))
                        .append(" | ")
                        .append(md(c.before().orElse("–")))
                        .append(" | ")
                        .append(md(c.after().orElse("–")))
                        .append(" | ")
                        .append(md(String.join(", ", c.introduced())))
                        .append(" | ")
                        .append(md(String.join(", ", c.fixed())))
                        .append(" |\n");
            }
            sb.append("\n</details>\n");
        }
        return sb.toString();
    }

    static String md(String s) {
        return MarkdownReportWriter.md(s);
    }

    /**
     * The version of the diff's JSON. 1.1 adds the finding objects ({@code introducedFailing}, and per change
     * {@code findings}), each as {@code scan --format json} writes it.
     */
    public static final String SCHEMA_VERSION = "1.1";

    /** A finding as the scan report writes it; one that only the change rule found has no advice or judgement. */
    private static ObjectNode finding(ScanResult scan, Finding f) {
        return scan.has(f) ? JsonReportWriter.finding(scan, f) : JsonReportWriter.unjudged(f);
    }

    private static String json(RevisionDiff.Outcome o) {
        ObjectNode root = JsonTrees.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("base", o.baseCommit());
        if (o.headCommit().isPresent()) root.put("head", o.headCommit().get());
        else root.putNull("head");
        root.put("verdict", verdict(o));
        root.put("introducesFailingRisk", !o.result().introducedFailing().isEmpty());
        root.put("policyEdited", o.policyEdited());
        ArrayNode failing = root.putArray("introducedFailing");
        o.result()
                .introducedFailing()
                .forEach(j -> failing.add(finding(o.result().after(), j.finding())));
        ArrayNode changes = root.putArray("changes");
        for (PackageChange c : o.result().changes()) {
            ObjectNode n = changes.addObject();
            n.put("manifest", c.manifest());
            n.put("ecosystem", c.pkg().ecosystem().osvName());
            n.put("package", c.pkg().name());
            n.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            if (c.before().isPresent()) n.put("before", c.before().get());
            else n.putNull("before");
            if (c.after().isPresent()) n.put("after", c.after().get());
            else n.putNull("after");
            n.put("direct", c.direct());
            n.put("mediationOnly", c.mediationOnly());
            n.put("majorVersionJump", c.majorJump());
            ArrayNode intro = n.putArray("introduced");
            c.introduced().forEach(intro::add);
            ArrayNode fixed = n.putArray("fixed");
            c.fixed().forEach(fixed::add);
            ArrayNode remaining = n.putArray("remaining");
            c.remaining().forEach(remaining::add);
            ObjectNode details = n.putObject("findings");
            ScanResult head = o.result().after();
            ScanResult base = o.result().before();
            ArrayNode introducedDetails = details.putArray("introduced");
            c.findings().introduced().forEach(f -> introducedDetails.add(finding(head, f)));
            ArrayNode fixedDetails = details.putArray("fixed");
            c.findings().fixed().forEach(f -> fixedDetails.add(finding(base, f)));
            ArrayNode remainingDetails = details.putArray("remaining");
            c.findings().remaining().forEach(f -> remainingDetails.add(finding(head, f)));
        }
        return PrettyJson.write(root);
    }
}
