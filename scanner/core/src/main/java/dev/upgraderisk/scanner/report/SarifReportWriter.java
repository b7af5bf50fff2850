package dev.upgraderisk.scanner.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.Rule;
import dev.upgraderisk.rules.RuleEngine;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.json.JsonTrees;
import dev.upgraderisk.scanner.plan.FixPlan;
import dev.upgraderisk.scanner.plan.PlannedUpgrade;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: one rule per built-in rule and per knowledge-base entry found, with help text and
 * the upstream links; each result at the manifest line that declares the dependency (for a transitive one, the line
 * of the direct dependency that brings it in, with the path in the message); a fingerprint that stays the same
 * between runs, so alerts are not duplicated.
 */
public final class SarifReportWriter implements ReportWriter {

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        ObjectNode root = JsonTrees.object();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "upgrade-risk");
        driver.put("version", ToolVersion.get());
        driver.put("informationUri", ToolVersion.home());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Rule rule : RuleEngine.builtIn()) {
            ObjectNode o = rules.addObject();
            String doc = "docs/rules/" + rule.id() + ".md";
            o.put("id", rule.id());
            o.putObject("shortDescription").put("text", rule.description());
            o.putObject("fullDescription")
                    .put("text", rule.description() + " Its page " + doc + " says when it fires and how to act.");
            o.putObject("help").put("text", "See " + doc + " in the upgrade-risk repository.");
            o.put("helpUri", ToolVersion.home() + "/blob/main/" + doc);
            ruleIndex.put(rule.id(), ruleIndex.size());
        }
        Map<Finding, PlannedUpgrade> planned = new IdentityHashMap<>();
        FixPlan.of(r).upgrades().forEach(u -> u.ends().forEach(e -> planned.put(e.finding(), u)));
        for (Finding f : r.findings()) {
            f.match().map(m -> m.advisory()).ifPresent(a -> {
                if (ruleIndex.containsKey(a.id())) return;
                ruleIndex.put(a.id(), ruleIndex.size());
                rules.add(advisoryRule(a));
            });
        }
        notes(r, run);
        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            Judgement j = r.judgement(f);
            String ruleId = f.source() == Finding.Source.ADVISORY
                    ? f.match().orElseThrow().advisory().id()
                    : f.ruleId();
            ObjectNode o = results.addObject();
            o.put("ruleId", ruleId);
            o.put("ruleIndex", ruleIndex.get(ruleId));
            o.put("level", j.failing() ? "error" : j.level() == Level.WARN && !f.informational() ? "warning" : "note");
            String path =
                    f.pkg().paths().isEmpty() ? "" : " (" + f.pkg().paths().get(0) + ")";
            PlannedUpgrade step = planned.get(f);
            String move = step != null
                    ? " Upgrade to " + step.to() + alsoEnds(step, f) + "."
                    : r.advice(f)
                            .flatMap(UpgradeAdvice::recommendedVersion)
                            .map(v -> " Upgrade to " + v + ".")
                            .orElse("");
            o.putObject("message")
                    .put(
                            "text",
                            f.pkg().pkg().name() + " " + f.pkg().version() + ": " + f.message() + path + "." + move);
            ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", f.pkg().manifest());
            physical.putObject("region").put("startLine", line(r, f));
            o.putObject("partialFingerprints")
                    .put(
                            "upgradeRisk/v1",
                            fingerprint(ruleId + "|" + f.pkg().manifest() + "|"
                                    + f.pkg().pkg() + "|" + f.pkg().version()));
            if (step != null) {
                ObjectNode plan = o.putObject("properties").putObject("fixPlan");
                plan.put("package", step.pkg().name());
                plan.put("from", step.from());
                plan.put("to", step.to());
                ArrayNode ends = plan.putArray("ends");
                step.endsIds().forEach(ends::add);
            }
            j.suppressedBecause()
                    .ifPresent(why -> o.putArray("suppressions")
                            .addObject()
                            .put("kind", "external")
                            .put("justification", why));
        }
        inertStrings(root);
        out.write(PrettyJson.write(root));
    }

    /** The other findings the same upgrade ends, so one alert tells the whole story of its package. */
    private static String alsoEnds(PlannedUpgrade step, Finding f) {
        String self = f.match().map(m -> m.advisory().id()).orElse(f.ruleId());
        List<String> others =
                step.endsIds().stream().filter(id -> !id.equals(self)).toList();
        return others.isEmpty() ? "" : ", which also ends " + String.join(", ", others);
    }

    /**
     * Plain text for code-scanning views: control and format characters (ANSI escapes, bidi overrides) become '?';
     * line breaks and tabs stay. SARIF {@code text} is never rendered as markup.
     */
    static String inert(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\n\t]]", "?");
    }

    /** Every string in the log made {@link #inert}: ids and URIs from advisories too, not only the texts. */
    private static void inertStrings(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                var child = o.get(name);
                if (child.isTextual()) o.put(name, inert(child.asText()));
                else inertStrings(child);
            });
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) a.set(i, inert(a.get(i).asText()));
                else inertStrings(a.get(i));
            }
        }
    }

    private static ObjectNode advisoryRule(Advisory a) {
        ObjectNode o = JsonTrees.object();
        o.put("id", a.id());
        o.put("name", a.facts().kind().id());
        o.putObject("shortDescription").put("text", a.summary());
        o.putObject("fullDescription")
                .put("text", a.details().isBlank() ? a.summary() : a.details().strip());
        StringBuilder help = new StringBuilder(
                "Trigger: " + a.facts().trigger() + "\nSymptom: " + a.facts().symptom());
        a.facts().workaround().ifPresent(w -> help.append("\nWorkaround: ").append(w));
        a.references()
                .forEach(
                        ref -> help.append('\n').append(ref.type()).append(": ").append(ref.url()));
        o.putObject("help").put("text", help.toString());
        a.reference("REPORT")
                .or(() -> a.references().stream().map(x -> x.url()).findFirst())
                .ifPresent(u -> o.put("helpUri", u));
        ObjectNode props = o.putObject("properties");
        props.putArray("tags").add("dependency").add(a.facts().kind().id());
        props.put("severity", a.facts().severity().id());
        return o;
    }

    /**
     * What the readers said about the manifests (an SBOM without a graph, an approximate Go graph...), as the
     * invocation's tool notifications at level {@code note}, each at its manifest.
     */
    private static void notes(ScanResult r, ObjectNode run) {
        if (r.graphs().stream().allMatch(g -> g.displayNotes().isEmpty())) return;
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (DependencyGraph g : r.graphs()) {
            for (String note : g.displayNotes()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "note");
                n.putObject("message").put("text", note);
                n.putArray("locations")
                        .addObject()
                        .putObject("physicalLocation")
                        .putObject("artifactLocation")
                        .put("uri", g.manifest());
            }
        }
    }

    /** The manifest line that declares the dependency, or the direct dependency that brings it in. */
    private static int line(ScanResult r, Finding f) {
        DependencyGraph g = r.graphs().stream()
                .filter(x -> x.manifest().equals(f.pkg().manifest())
                        && x.ecosystem() == f.pkg().pkg().ecosystem())
                .findFirst()
                .orElse(null);
        if (g == null) return 1;
        String direct = f.pkg().paths().isEmpty()
                ? f.pkg().pkg().name()
                : f.pkg().paths().get(0).direct().pkg().name();
        return g.lineOf(direct);
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
