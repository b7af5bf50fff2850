package dev.upgraderisk.scanner.report;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.plan.FindingGroup;
import dev.upgraderisk.scanner.plan.FixPlan;
import dev.upgraderisk.scanner.plan.PlannedUpgrade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One self-contained HTML file: the verdict, the fix plan, each affected package version with its entries, paths and
 * advice, and a searchable table of
 * every resolved package. No external assets; every text is escaped, only http(s) links become links, and a Content
 * Security Policy allows nothing but the page's own style and script (by hash), so hostile names stay inert.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        String verdict = TextReportWriter.verdict(r);
        StringBuilder sb = new StringBuilder(8192)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(sha256(CSS))
                .append("'; script-src '")
                .append(sha256(JS))
                .append("'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>upgrade-risk: ")
                .append(h(verdict))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>upgrade-risk report</h1>\n<p class=\"verdict ")
                .append(r.failing().isEmpty() ? "pass" : "fail")
                .append("\">")
                .append(h(verdict))
                .append("</p>\n")
                .append("<p class=\"meta\">upgrade-risk ")
                .append(h(ToolVersion.get()))
                .append(" scanned <code>")
                .append(h(r.scannedRoot()))
                .append("</code>: ")
                .append(r.graphs().size())
                .append(" manifest(s), ")
                .append(r.packageCount())
                .append(" resolved packages; knowledge base ")
                .append(h(r.knowledgeBase().toString()))
                .append(" (")
                .append(r.knowledgeBaseEntries())
                .append(" entries); fail-on <code>")
                .append(h(r.policy().failOn().id()))
                .append("</code></p>\n");
        r.sources()
                .osv()
                .forEach(o -> sb.append("<p class=\"meta\">security advisories: <code>")
                        .append(h(o.location()))
                        .append("</code> (")
                        .append(o.advisories())
                        .append(" advisories)</p>\n"));
        sb.append("</header>\n");
        if (!r.complete()) {
            sb.append(
                    "<p class=\"incomplete\" id=\"incomplete\"><strong>Incomplete:</strong> part of the dependency graph"
                            + " could not be read; the notes below say what is missing.</p>\n");
        }
        notes(sb, r);
        plan(sb, FixPlan.of(r));
        sb.append("<section id=\"findings\">\n<h2>Findings (")
                .append(r.findings().size())
                .append(")</h2>\n");
        if (r.findings().isEmpty()) sb.append("<p>No known regressions.</p>\n");
        for (FindingGroup g : FindingGroup.of(r)) {
            group(sb, g, r.policy().failOn().id());
        }
        for (Judgement j : r.verdict().suppressed()) {
            ScanResult.Entry e = new ScanResult.Entry(j.finding(), j, r.advice(j.finding()));
            group(
                    sb,
                    new FindingGroup(j.finding().pkg(), List.of(e), e.advice()),
                    r.policy().failOn().id());
        }
        policyNotes(sb, r);
        sb.append("</section>\n");
        packages(sb, r);
        sb.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        out.write(sb.toString());
    }

    private static void notes(StringBuilder sb, ScanResult r) {
        List<String> notes = r.graphs().stream()
                .flatMap(g -> g.displayNotes().stream().map(n -> g.manifest() + ": " + n))
                .toList();
        if (notes.isEmpty()) return;
        sb.append("<ul class=\"notes\">\n");
        notes.forEach(n -> sb.append("<li>").append(h(n)).append("</li>\n"));
        sb.append("</ul>\n");
    }

    /** The plan first: which upgrades end which findings, and what no upgrade ends. */
    private static void plan(StringBuilder sb, FixPlan plan) {
        if (plan.isEmpty()) return;
        int n = plan.upgrades().size();
        sb.append("<section id=\"plan\">\n<h2>Fix plan</h2>\n<p>")
                .append(n == 0 ? "No upgrade ends a finding." : n + (n == 1 ? " upgrade ends " : " upgrades end "))
                .append(n == 0 ? "" : plan.ended() + " of " + plan.findings() + " findings.")
                .append("</p>\n<ol>\n");
        for (PlannedUpgrade u : plan.upgrades()) {
            sb.append("<li><code>")
                    .append(h(u.pkg().name()))
                    .append("</code> ")
                    .append(h(u.from()))
                    .append(" &rarr; <strong>")
                    .append(h(u.to()))
                    .append("</strong>");
            u.viaDirect()
                    .ifPresent(d -> sb.append(" (or <code>")
                            .append(h(d.direct().name()))
                            .append("</code> &rarr; ")
                            .append(h(d.version()))
                            .append(')'));
            sb.append(": ends ").append(h(String.join(", ", u.endsIds())));
            u.change().ifPresent(c -> sb.append(" &mdash; ").append(h(c.describe())));
            if (!u.remains().isEmpty()) {
                sb.append("; leaves ").append(h(String.join(", ", u.leavesIds())));
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
        if (!plan.unfixed().isEmpty()) {
            sb.append("<p>No upgrade ends:</p>\n<ul>\n");
            plan.unfixed()
                    .forEach(g -> sb.append("<li><code>")
                            .append(h(g.pkg().pkg().name()))
                            .append("</code> ")
                            .append(h(g.pkg().version()))
                            .append(": ")
                            .append(h(String.join(", ", g.ids())))
                            .append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    /** One package version: a box with each of its entries, then once its paths and advice. */
    private static void group(StringBuilder sb, FindingGroup g, String threshold) {
        var p = g.pkg();
        boolean suppressed = g.entries().stream().allMatch(e -> e.judgement().suppressed());
        sb.append("<article class=\"finding ")
                .append(g.severity().id())
                .append(suppressed ? " suppressed" : "")
                .append("\">\n<h3>")
                .append(h(p.pkg().name()))
                .append(" <code>")
                .append(h(p.version()))
                .append("</code>")
                .append("<span class=\"badge\">")
                .append(g.severity().id())
                .append("</span>")
                .append(g.failing() ? "<span class=\"badge failing\">fails the run</span>" : "")
                .append(suppressed ? "<span class=\"badge\">suppressed</span>" : "")
                .append("</h3>\n<dl>\n");
        dd(
                sb,
                "manifest",
                p.manifest() + " (" + (p.scope().isEmpty() ? "" : p.scope() + ", ")
                        + (p.direct() ? "direct" : "transitive") + ")");
        sb.append("</dl>\n");
        for (ScanResult.Entry e : g.entries()) entry(sb, e.finding(), e.judgement());
        sb.append("<dl>\n");
        paths(sb, p.paths());
        g.advice().ifPresent(a -> advice(sb, a, threshold, p.pkg().name()));
        sb.append("</dl>\n</article>\n");
    }

    private static void entry(StringBuilder sb, Finding f, Judgement j) {
        sb.append("<section class=\"entry ").append(f.severity().id()).append("\">\n<h4>");
        if (f.match().isPresent()) {
            Advisory a = f.match().get().advisory();
            sb.append(h(a.id())).append(": ").append(h(a.summary()));
        } else {
            sb.append(h(f.ruleId())).append(": ").append(h(f.message()));
        }
        sb.append(" <span class=\"badge\">").append(f.severity().id()).append("</span></h4>\n<dl>\n");
        if (f.match().isPresent()) {
            Advisory a = f.match().get().advisory();
            if (!a.aliases().isEmpty()) dd(sb, "aliases", String.join(", ", a.aliases()));
            dd(sb, "kind", a.facts().kind().id() + ", " + a.facts().confidence().id() + " confidence");
            dd(sb, "trigger", a.facts().trigger());
            dd(sb, "symptom", a.facts().symptom());
            a.facts().workaround().ifPresent(w -> dd(sb, "workaround", w));
            f.match()
                    .get()
                    .rename()
                    .ifPresent(rn -> dd(
                            sb, "moved", "this package now lives at " + rn.to().name()));
            sb.append("<dt>links</dt><dd>");
            a.references()
                    .forEach(ref -> sb.append(h(ref.type().toLowerCase(Locale.ROOT)))
                            .append(' ')
                            .append(link(ref.url()))
                            .append("<br>"));
            sb.append("</dd>\n");
        }
        j.suppressedBecause().ifPresent(why -> dd(sb, "suppressed", why));
        dd(
                sb,
                "fixed in",
                f.fixedVersions().isEmpty() ? "no fixed release known" : String.join(", ", f.fixedVersions()));
        sb.append("</dl>\n</section>\n");
    }

    private static void paths(StringBuilder sb, List<DependencyPath> paths) {
        if (paths.isEmpty()) return;
        sb.append("<dt>paths</dt><dd><ul class=\"paths\">");
        paths.forEach(path -> sb.append("<li><code>").append(h(path.toString())).append("</code></li>"));
        sb.append("</ul></dd>\n");
    }

    private static void advice(StringBuilder sb, UpgradeAdvice a, String threshold, String name) {
        dd(
                sb,
                "upgrade to",
                a.recommendedVersion()
                        .map(v -> v + " (nearest version no entry at or above '" + threshold + "' affects; from "
                                + a.basis() + ")")
                        .orElse("no unaffected version found in " + a.basis()));
        a.skip().forEach(s -> dd(sb, "skip", s.version() + " (" + s.why() + ")"));
        a.viaDirect()
                .ifPresent(d -> dd(
                        sb,
                        "or",
                        "upgrade " + d.direct().name() + " to " + d.version()
                                + d.brings()
                                        .map(v -> ", which brings " + name + " " + v)
                                        .orElse(", which no longer brings " + name)));
        boolean edit =
                a.change().filter(c -> !(c instanceof BuildChange.ManagedPin)).isPresent();
        a.snippet()
                .ifPresent(s -> sb.append(
                                edit
                                        ? "<dt>change</dt><dd>"
                                                + h(a.change().get().describe())
                                        : "<dt>pin</dt><dd>")
                        .append("<pre>")
                        .append(h(s))
                        .append("</pre></dd>\n"));
    }

    private static void policyNotes(StringBuilder sb, ScanResult r) {
        r.verdict()
                .expired()
                .forEach(x -> sb.append("<p>expired suppression <code>")
                        .append(h(x.id()))
                        .append("</code> at ")
                        .append(h(x.location()))
                        .append(" no longer applies</p>\n"));
        r.verdict()
                .unused()
                .forEach(x -> sb.append("<p>unused suppression <code>")
                        .append(h(x.id()))
                        .append("</code> at ")
                        .append(h(x.location()))
                        .append(" matched no finding</p>\n"));
    }

    private static void packages(StringBuilder sb, ScanResult r) {
        Map<String, Set<String>> flagged = r.findings().stream()
                .collect(Collectors.groupingBy(
                        f -> f.pkg().manifest() + "\n" + f.pkg().pkg().name() + "\n"
                                + f.pkg().version(),
                        Collectors.mapping(
                                f -> f.match().map(m -> m.advisory().id()).orElse(f.ruleId()),
                                Collectors.toCollection(TreeSet::new))));
        sb.append("<section id=\"packages\">\n<h2>Resolved packages (")
                .append(r.packageCount())
                .append(")</h2>\n")
                .append(
                        "<label>Filter <input type=\"search\" id=\"filter\" placeholder=\"name, version, scope, entry\"></label>")
                .append(
                        "<span class=\"count\" id=\"shown\"></span>\n<table>\n<thead><tr><th>manifest</th><th>package</th>")
                .append("<th>version</th><th>scope</th><th>dependency</th><th>findings</th></tr></thead>\n<tbody>\n");
        for (DependencyGraph g : r.graphs()) {
            for (GraphNode n : g.nodes()) {
                Set<String> ids =
                        flagged.getOrDefault(g.manifest() + "\n" + n.pkg().name() + "\n" + n.version(), Set.of());
                sb.append(ids.isEmpty() ? "<tr>" : "<tr class=\"affected\">")
                        .append("<td>")
                        .append(h(g.manifest()))
                        .append("</td><td>")
                        .append(h(n.pkg().name()))
                        .append("</td><td>")
                        .append(h(n.version()))
                        .append("</td><td>")
                        .append(h(n.scope()))
                        .append("</td><td>")
                        .append(n.direct() ? "direct" : "transitive")
                        .append("</td><td>")
                        .append(h(String.join(", ", ids)))
                        .append("</td></tr>\n");
            }
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void dd(StringBuilder sb, String label, String text) {
        sb.append("<dt>").append(label).append("</dt><dd>").append(h(text)).append("</dd>\n");
    }

    /** A link only for http(s) URLs; anything else is shown as text. */
    static String link(String url) {
        if (!url.matches("https?://[^\\s\"'<>\\p{Cc}]+")) return "<code>" + h(url) + "</code>";
        return "<a href=\"" + h(url) + "\" rel=\"noopener noreferrer\">" + h(url) + "</a>";
    }

    /** HTML-escaped, with control and format characters (bidi overrides, ANSI escapes) made visible as '?'. */
    static String h(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\n\t]]", "?").chars().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append((char) c);
            }
        });
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (var in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
