package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON report validates against the schema the repository publishes ({@code docs/report.schema.json}). */
class JsonReportSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonSchema schema() throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "../docs/report.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private JsonNode report(String project) throws Exception {
        var result = new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
        StringWriter w = new StringWriter();
        ReportFormat.JSON.writer().write(result, w);
        return JSON.readTree(w.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"affected", "reactor", "relocation", "nearest-wins"})
    void reportValidates(String project) throws Exception {
        Set<ValidationMessage> errors = schema().validate(report(project));
        assertEquals(Set.of(), errors);
    }

    @Test
    void theSchemaRejectsAReportWithoutFindings() throws Exception {
        ObjectNode broken = (ObjectNode) report("affected");
        broken.remove("findings");
        assertFalse(schema().validate(broken).isEmpty(), "the validator must catch a missing required field");
    }
}
