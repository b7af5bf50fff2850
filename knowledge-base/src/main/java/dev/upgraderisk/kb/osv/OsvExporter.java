package dev.upgraderisk.kb.osv;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.RegressionFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes advisories as OSV documents (schema 1.6), one JSON file per entry named after its id. The regression facts
 * go into {@code database_specific}, where OSV keeps what is specific to a database.
 */
public final class OsvExporter {
    public static final String OSV_SCHEMA_VERSION = "1.6.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvExporter() {}

    /**
     * The id in OSV documents. OSV accepts only registered id prefixes, and {@code x_} for databases that are not
     * registered (yet); so {@code URK-2026-0001} is exported as {@code x_URK-2026-0001} and read back as
     * {@code URK-2026-0001}.
     */
    public static String osvId(String id) {
        return id.startsWith("URK-") ? UNREGISTERED_PREFIX + id : id;
    }

    static final String UNREGISTERED_PREFIX = "x_";

    public static ObjectNode toOsv(Advisory a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema_version", OSV_SCHEMA_VERSION);
        o.put("id", osvId(a.id()));
        o.put("modified", a.modified());
        o.put("published", a.published());
        ArrayNode aliases = o.putArray("aliases");
        a.aliases().forEach(aliases::add);
        o.put("summary", a.summary());
        o.put("details", a.details());
        ArrayNode affected = o.putArray("affected");
        for (Affected af : a.affected()) {
            ObjectNode item = affected.addObject();
            item.putObject("package")
                    .put("ecosystem", af.pkg().ecosystem().osvName())
                    .put("name", af.pkg().name());
            ArrayNode ranges = item.putArray("ranges");
            for (AffectedRange r : af.ranges()) {
                ObjectNode range = ranges.addObject();
                range.put("type", r.type());
                ArrayNode events = range.putArray("events");
                for (RangeEvent e : r.events()) {
                    events.addObject().put(e.type().osvName(), e.version());
                }
            }
            if (!af.versions().isEmpty()) {
                ArrayNode versions = item.putArray("versions");
                af.versions().forEach(versions::add);
            }
        }
        ArrayNode refs = o.putArray("references");
        a.references().forEach(r -> refs.addObject().put("type", r.type()).put("url", r.url()));
        RegressionFacts f = a.facts();
        ObjectNode ds = o.putObject("database_specific");
        ds.put("kind", f.kind().id());
        ds.put("severity", f.severity().id());
        ds.put("trigger", f.trigger());
        ds.put("symptom", f.symptom());
        f.workaround().ifPresent(w -> ds.put("workaround", w));
        f.lastKnownGood().ifPresent(v -> ds.put("last_known_good", v));
        putList(ds, "package_aliases", f.packageAliases());
        ds.put("confidence", f.confidence().id());
        putList(ds, "inferred", f.inferred());
        ds.put("source", a.source());
        return o;
    }

    private static void putList(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }

    /** Writes one {@code <osv id>.json} per advisory into {@code folder}; returns how many were written. */
    public static int export(List<Advisory> advisories, Path folder) throws IOException {
        Files.createDirectories(folder);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        for (Advisory a : advisories) {
            Files.writeString(
                    folder.resolve(osvId(a.id()) + ".json"),
                    JSON.writer(printer).writeValueAsString(toOsv(a)) + "\n",
                    StandardCharsets.UTF_8);
        }
        return advisories.size();
    }
}
