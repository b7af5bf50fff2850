package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF output validates against the SARIF 2.1.0 schema, points at the declaring line, and fingerprints stably. */
class SarifReportTest {
    @TempDir
    Path tmp;

    private JsonNode sarif(String project) throws Exception {
        var result = new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
        StringWriter w = new StringWriter();
        ReportFormat.SARIF.writer().write(result, w);
        return new ObjectMapper().readTree(w.toString());
    }

    private static JsonNode schemaCheck(JsonNode doc) throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(doc));
        return doc;
    }

    @Test
    void validatesAndPointsAtTheDeclaringLine() throws Exception {
        JsonNode doc = schemaCheck(sarif("affected"));
        JsonNode result = doc.path("runs").get(0).path("results").get(0);
        assertEquals("URK-2026-9001", result.path("ruleId").asText());
        assertEquals("error", result.path("level").asText());
        assertEquals(
                "pom.xml",
                result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                8, result.at("/locations/0/physicalLocation/region/startLine").asInt(), "the <dependency> of lib-c");
    }

    /** lib-b 1.0 (declared on line 8) brings lib-c 2.0 through lib-x: the result points at lib-b's declaration. */
    @Test
    void aTransitiveFindingPointsAtItsDirectDependency() throws Exception {
        JsonNode doc = schemaCheck(sarif("transitive-affected"));
        List<JsonNode> libC = new ArrayList<>();
        doc.path("runs").get(0).path("results").forEach(r -> {
            if (r.path("ruleId").asText().equals("URK-2026-9001")) libC.add(r);
        });
        assertEquals(1, libC.size(), doc.toString());
        JsonNode r = libC.get(0);
        assertTrue(r.at("/message/text").asText().startsWith("org.fixture:lib-c 2.0: "), r.toString());
        assertEquals(
                "pom.xml",
                r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(8, r.at("/locations/0/physicalLocation/region/startLine").asInt(), "the <dependency> of lib-b");
    }

    /** In nearest-wins, mediation keeps the project off the affected version: only notes, never an error. */
    @Test
    void mediationAwayFromAnAffectedVersionIsOnlyANote() throws Exception {
        JsonNode results =
                schemaCheck(sarif("nearest-wins")).path("runs").get(0).path("results");
        assertFalse(results.isEmpty(), "the mediated request is reported");
        for (JsonNode r : results) {
            assertEquals("note", r.path("level").asText(), "only information here: " + r);
        }
    }

    @Test
    void fingerprintsAreStableBetweenRuns() throws Exception {
        String a = sarif("affected").at("/runs/0/results/0/partialFingerprints").toString();
        String b = sarif("affected").at("/runs/0/results/0/partialFingerprints").toString();
        assertEquals(a, b);
        assertFalse(a.isBlank());
    }

    @Test
    void hostileAdvisoryTextStaysPlainAndValid() throws Exception {
        var result = new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project("affected"))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(new KnowledgeBaseRequest(
                                Optional.of(Fixtures.knowledgeBase("fixture")),
                                false,
                                List.of(Fixtures.resource("osv/hostile")),
                                Optional.empty(),
                                tmp.resolve("c"))));
        StringWriter w = new StringWriter();
        ReportFormat.SARIF.writer().write(result, w);
        JsonNode doc = schemaCheck(new ObjectMapper().readTree(w.toString()));
        List<String> texts = new ArrayList<>();
        strings(doc, texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("<script>alert(1)</script>")), "the text is kept, as text");
        for (String t : texts) {
            assertTrue(
                    t.chars()
                            .noneMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\t')
                                    || Character.getType(c) == Character.FORMAT),
                    "a control or format character in: " + t);
        }
    }

    /** Every string value in the document, ids and URIs included. */
    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        node.forEach(child -> strings(child, out));
    }
}
