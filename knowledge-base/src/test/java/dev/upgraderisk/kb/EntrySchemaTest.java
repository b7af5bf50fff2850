package dev.upgraderisk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every curated entry validates against knowledge-base/entry.schema.json, and the schema catches what it should. */
class EntrySchemaTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(BASE.resolve("entry.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void everyEntryValidates() throws Exception {
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BASE.resolve("entries"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")
                            && !p.getFileName().toString().equals("renames.yaml"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 150, "entries: " + files.size());
        for (Path f : files) {
            assertEquals(Set.of(), schema.validate(yaml.readTree(f.toFile())), f.toString());
        }
    }

    @Test
    void theSchemaCatchesAMissingFixAndAnUnknownKind() throws Exception {
        JsonSchema schema = schema();
        Path any = BASE.resolve("entries/go/URK-2026-0001.yaml");
        ObjectNode noFix = (ObjectNode) yaml.readTree(any.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) noFix.get("references")).removeAll();
        assertFalse(schema.validate(noFix).isEmpty());
        ObjectNode badKind = (ObjectNode) yaml.readTree(any.toFile());
        ((ObjectNode) badKind.get("database_specific")).put("kind", "leek");
        assertFalse(schema.validate(badKind).isEmpty());
        JsonNode ok = yaml.readTree(any.toFile());
        assertEquals(Set.of(), schema.validate(ok));
    }
}
