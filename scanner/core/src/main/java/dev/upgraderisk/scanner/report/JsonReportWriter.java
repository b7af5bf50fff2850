package dev.upgraderisk.scanner.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.advice.DirectUpgrade;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.json.JsonTrees;
import dev.upgraderisk.scanner.plan.FindingGroup;
import dev.upgraderisk.scanner.plan.FixPlan;
import dev.upgraderisk.scanner.plan.PlannedUpgrade;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned JSON report ({@code report.schema.json} documents it). Field order is fixed and nothing depends
 * on time or machine, so the same input gives byte-identical output.
 */
public final class JsonReportWriter implements ReportWriter {
    public static final String SCHEMA_VERSION = "1.3";

    /**
     * Writes the report as it goes: everything but the packages is a small tree written whole, and each manifest's
     * packages are written one by one, so a reactor of hundreds of modules never needs its whole report in memory.
     * The text is the same as writing one tree.
     */
    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        ObjectNode root = JsonTrees.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "upgrade-risk");
        tool.put("version", ToolVersion.get());
        ObjectNode kb = root.putObject("knowledgeBase");
        kb.put("kind", r.knowledgeBase().kind());
        kb.put("location", r.knowledgeBase().location());
        kb.put("revision", r.knowledgeBase().revision());
        kb.put("entries", r.knowledgeBaseEntries());
        ArrayNode osv = root.putArray("osvSources");
        r.sources()
                .osv()
                .forEach(o -> osv.addObject()
                        .put("location", o.location())
                        .put("files", o.files())
                        .put("advisories", o.advisories())
                        .put("problems", o.problems()));
        root.put("complete", r.complete());
        ObjectNode policy = root.putObject("policy");
        policy.put("source", r.policy().source());
        policy.put("failOn", r.policy().failOn().id());
        ArrayNode expired = policy.putArray("expiredSuppressions");
        r.verdict()
                .expired()
                .forEach(x -> expired.addObject()
                        .put("id", x.id())
                        .put("location", x.location())
                        .put("until", x.until().map(Object::toString).orElse("")));
        ArrayNode unused = policy.putArray("unusedSuppressions");
        r.verdict().unused().forEach(x -> unused.addObject().put("id", x.id()).put("location", x.location()));
        ObjectNode verdict = root.putObject("verdict");
        verdict.put("failOn", r.policy().failOn().id());
        verdict.put("failed", !r.failing().isEmpty());
        verdict.put("findings", r.findings().size());
        verdict.put("failingFindings", r.failing().size());
        ObjectNode rest = JsonTrees.object();
        ArrayNode findings = rest.putArray("findings");
        for (Finding f : r.findings()) {
            findings.add(finding(r, f));
        }
        writePlan(rest.putObject("plan"), FixPlan.of(r));
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            writeFields(g, root);
            g.writeArrayFieldStart("manifests");
            for (DependencyGraph graph : r.graphs()) {
                writeManifest(g, graph);
            }
            g.writeEndArray();
            writeFields(g, rest);
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** The fields of {@code o}, in its order, into the object the generator is writing. */
    private static void writeFields(JsonGenerator g, ObjectNode o) throws IOException {
        for (Map.Entry<String, JsonNode> field : o.properties()) {
            g.writeFieldName(field.getKey());
            JsonTrees.write(g, field.getValue());
        }
    }

    private static void writeManifest(JsonGenerator g, DependencyGraph graph) throws IOException {
        ObjectNode m = JsonTrees.object();
        m.put("path", graph.manifest());
        m.put("ecosystem", graph.ecosystem().osvName());
        m.put("root", graph.root());
        ArrayNode notes = m.putArray("notes");
        graph.displayNotes().forEach(notes::add);
        g.writeStartObject();
        writeFields(g, m);
        g.writeArrayFieldStart("packages");
        for (GraphNode n : graph.nodes()) {
            ObjectNode p = JsonTrees.object();
            writePackage(p, n);
            JsonTrees.write(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A finding of {@code r} as the report writes it: the entry, the advice and the policy's judgement. */
    public static ObjectNode finding(ScanResult r, Finding f) {
        ObjectNode fo = JsonTrees.object();
        writeFinding(fo, f, r.advice(f));
        var judged = r.judgement(f);
        fo.put("level", judged.level().id());
        judged.suppressedBecause().ifPresentOrElse(why -> fo.put("suppressed", why), () -> fo.putNull("suppressed"));
        fo.put("failing", judged.failing());
        return fo;
    }

    /** A finding that no scan judged (a rule about a change between two scans): the entry only, no advice. */
    public static ObjectNode unjudged(Finding f) {
        ObjectNode fo = JsonTrees.object();
        writeFinding(fo, f, Optional.empty());
        return fo;
    }

    private static void writeDirect(ObjectNode o, Optional<DirectUpgrade> direct) {
        direct.ifPresentOrElse(
                d -> {
                    ObjectNode via = o.putObject("upgradeDirect");
                    via.put("package", d.direct().name());
                    via.put("version", d.version());
                    d.brings().ifPresentOrElse(v -> via.put("brings", v), () -> via.putNull("brings"));
                },
                () -> o.putNull("upgradeDirect"));
    }

    private static void writePlan(ObjectNode plan, FixPlan p) {
        plan.put("findings", p.findings());
        plan.put("ended", p.ended());
        ArrayNode upgrades = plan.putArray("upgrades");
        for (PlannedUpgrade u : p.upgrades()) {
            ObjectNode o = upgrades.addObject();
            o.put("ecosystem", u.pkg().ecosystem().osvName());
            o.put("package", u.pkg().name());
            o.put("from", u.from());
            o.put("to", u.to());
            o.put("direct", u.direct());
            ArrayNode manifests = o.putArray("manifests");
            u.manifests().forEach(manifests::add);
            ArrayNode ends = o.putArray("ends");
            u.endsIds().forEach(ends::add);
            o.put("failingEnded", u.failingEnded());
            ArrayNode remains = o.putArray("leaves");
            u.leavesIds().forEach(remains::add);
            writeDirect(o, u.viaDirect());
            BuildChangeJson.put(o, "change", u.change());
        }
        ArrayNode unfixed = plan.putArray("unfixed");
        for (FindingGroup g : p.unfixed()) {
            ObjectNode o = unfixed.addObject();
            o.put("manifest", g.manifest());
            o.put("ecosystem", g.pkg().pkg().ecosystem().osvName());
            o.put("package", g.pkg().pkg().name());
            o.put("version", g.pkg().version());
            ArrayNode ids = o.putArray("findings");
            g.ids().forEach(ids::add);
            o.put("reason", g.advice().isPresent() ? "no unaffected version known" : "no advice was asked for");
        }
    }

    private static void writePackage(ObjectNode p, GraphNode n) {
        p.put("ecosystem", n.pkg().ecosystem().osvName());
        p.put("name", n.pkg().name());
        p.put("version", n.version());
        p.put("scope", n.scope());
        p.put("type", n.type());
        p.put("classifier", n.classifier());
        p.put("location", n.location());
        p.put("optional", n.optional());
        p.put("direct", n.direct());
        ArrayNode paths = p.putArray("paths");
        n.paths().forEach(path -> writePath(paths.addArray(), path));
        ArrayNode lost = p.putArray("lostRequests");
        n.lostRequests().forEach(l -> {
            ObjectNode o = lost.addObject();
            o.put("version", l.requestedVersion());
            writePath(o.putArray("path"), l.path());
        });
        ArrayNode relocated = p.putArray("relocatedFrom");
        n.relocatedFrom().forEach(relocated::add);
    }

    private static void writePath(ArrayNode a, DependencyPath path) {
        path.steps().forEach(s -> a.add(s.pkg().name() + "@" + s.version()));
    }

    private static void writeFinding(ObjectNode o, Finding f, Optional<UpgradeAdvice> found) {
        o.put("manifest", f.pkg().manifest());
        o.put("rule", f.ruleId());
        o.put("severity", f.severity().id());
        o.put("message", f.message());
        o.put("informational", f.informational());
        ObjectNode pkg = o.putObject("package");
        pkg.put("ecosystem", f.pkg().pkg().ecosystem().osvName());
        pkg.put("name", f.pkg().pkg().name());
        pkg.put("version", f.pkg().version());
        pkg.put("scope", f.pkg().scope());
        pkg.put("direct", f.pkg().direct());
        if (f.match().isPresent()) {
            KnowledgeBaseMatch m = f.match().get();
            Advisory a = m.advisory();
            ObjectNode adv = o.putObject("advisory");
            adv.put("id", a.id());
            adv.put("source", a.origin().id());
            ArrayNode aliases = adv.putArray("aliases");
            a.aliases().forEach(aliases::add);
            adv.put("kind", a.facts().kind().id());
            adv.put("summary", a.summary());
            adv.put("trigger", a.facts().trigger());
            adv.put("symptom", a.facts().symptom());
            a.facts().workaround().ifPresentOrElse(w -> adv.put("workaround", w), () -> adv.putNull("workaround"));
            adv.put("confidence", a.facts().confidence().id());
            ArrayNode refs = adv.putArray("references");
            a.references()
                    .forEach(ref -> refs.addObject().put("type", ref.type()).put("url", ref.url()));
            adv.put("matchedAs", m.matchedAs().name());
        }
        ArrayNode fixed = o.putArray("fixedVersions");
        f.fixedVersions().forEach(fixed::add);
        found.flatMap(UpgradeAdvice::recommendedVersion)
                .ifPresentOrElse(v -> o.put("recommendedVersion", v), () -> o.putNull("recommendedVersion"));
        ArrayNode skip = o.putArray("skip");
        if (found.isPresent()) {
            UpgradeAdvice advice = found.get();
            advice.skip().forEach(s -> {
                ObjectNode so = skip.addObject();
                so.put("version", s.version());
                ArrayNode ids = so.putArray("advisories");
                s.advisoryIds().forEach(ids::add);
                so.put("reason", s.reason());
            });
            o.put("adviceBasis", advice.basis());
            advice.snippet().ifPresentOrElse(sn -> o.put("snippet", sn), () -> o.putNull("snippet"));
            BuildChangeJson.put(o, "change", advice.change());
            writeDirect(o, advice.viaDirect());
        }
        f.match()
                .flatMap(KnowledgeBaseMatch::rename)
                .ifPresentOrElse(
                        rn -> {
                            ObjectNode moved = o.putObject("movedTo");
                            moved.put("name", rn.to().name());
                            moved.put("reference", rn.reference());
                        },
                        () -> o.putNull("movedTo"));
        ArrayNode paths = o.putArray("paths");
        f.pkg().paths().forEach(p -> writePath(paths.addArray(), p));
    }
}
