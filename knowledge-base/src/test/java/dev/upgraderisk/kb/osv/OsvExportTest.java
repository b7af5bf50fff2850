package dev.upgraderisk.kb.osv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every curated entry exports to an OSV file that validates against the OSV schema, and reads back the same. */
class OsvExportTest {
    @TempDir
    Path tmp;

    @Test
    void everyExportedEntryValidatesAgainstTheOsvSchema() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBundled();
        int written = OsvExporter.export(kb.advisories(), tmp);
        assertEquals(kb.advisories().size(), written);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/osv-schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(tmp)) {
            List<Path> all = files.sorted().toList();
            assertEquals(written, all.size());
            for (Path f : all) {
                Set<ValidationMessage> errors = schema.validate(json.readTree(f.toFile()));
                assertEquals(Set.of(), errors, f.getFileName().toString());
            }
        }
    }

    @Test
    void theSchemaCatchesABrokenDocument() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/osv-schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        var doc = OsvExporter.toOsv(
                new KnowledgeBaseLoader().loadBundled().advisories().get(0));
        doc.remove("modified");
        assertTrue(!schema.validate(doc).isEmpty(), "a document without 'modified' must not validate");
    }

    @Test
    void exportedFilesReadBackWithTheSameRanges() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBundled();
        OsvExporter.export(kb.advisories(), tmp);
        OsvImport back = OsvImporter.read(tmp);
        assertEquals(List.of(), back.problems());
        assertEquals(kb.advisories().size(), back.advisories().size());
        for (Advisory original : kb.advisories()) {
            Advisory read = back.advisories().stream()
                    .filter(a -> a.id().equals(original.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(original.affected(), read.affected(), original.id());
            assertEquals(original.references(), read.references(), original.id());
        }
    }
}
