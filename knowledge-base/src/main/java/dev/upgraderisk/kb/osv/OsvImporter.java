package dev.upgraderisk.kb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Confidence;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.EntryProblem;
import dev.upgraderisk.kb.Kind;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Reference;
import dev.upgraderisk.kb.RegressionFacts;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.VersionScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads OSV security advisories: a folder of OSV JSON files (searched recursively) or an OSV zip export such as
 * osv.dev's per-ecosystem {@code all.zip}. Advisories for ecosystems this tool does not scan are counted and left
 * out; a file that is not OSV is a problem naming the file, and the rest still load.
 */
public final class OsvImporter {
    private static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Advisory> advisories = new ArrayList<>();
    private final List<EntryProblem> problems = new ArrayList<>();
    private int files;
    private int skipped;

    private OsvImporter() {}

    public static OsvImport read(Path path) throws IOException {
        OsvImporter importer = new OsvImporter();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    if (Files.size(p) > MAX_FILE_BYTES) {
                        importer.problems.add(
                                new EntryProblem(path.relativize(p).toString(), "", "larger than 8 MiB"));
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(p)) {
                        importer.readOne(path.relativize(p).toString().replace('\\', '/'), in);
                    }
                }
            }
        } else if (Files.isRegularFile(path)) {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.isDirectory() || !e.getName().endsWith(".json")) continue;
                    try (InputStream in = zip.getInputStream(e)) {
                        importer.readOne(e.getName(), new BoundedInputStream(in, MAX_FILE_BYTES));
                    }
                }
            } catch (ZipException e) {
                throw new IOException(
                        path + ": neither a folder of OSV JSON files nor a zip file (" + e.getMessage() + ")");
            }
        } else {
            throw new NoSuchFileException(path.toString(), null, "no OSV folder or zip file here");
        }
        return new OsvImport(importer.advisories, importer.files, importer.skipped, importer.problems);
    }

    private void readOne(String file, InputStream in) {
        files++;
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            problems.add(new EntryProblem(
                    file,
                    "",
                    "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return;
        }
        if (root == null
                || !root.isObject()
                || !root.path("id").isTextual()
                || !root.path("modified").isTextual()) {
            problems.add(new EntryProblem(file, "", "not an OSV advisory (needs at least 'id' and 'modified')"));
            return;
        }
        if (root.hasNonNull("withdrawn")) {
            skipped++;
            return;
        }
        String id = root.path("id").asText();
        if (id.startsWith(OsvExporter.UNREGISTERED_PREFIX + "URK-")) {
            id = id.substring(OsvExporter.UNREGISTERED_PREFIX.length()); // our own entries, exported
        }
        List<Affected> affected = new ArrayList<>();
        JsonNode list = root.path("affected");
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            readAffected(file, "affected[" + i + "]", list.get(i)).ifPresent(affected::add);
        }
        if (affected.isEmpty()) {
            skipped++;
            return;
        }
        List<String> aliases = new ArrayList<>();
        root.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<Reference> references = new ArrayList<>();
        root.path("references").forEach(r -> {
            String url = r.path("url").asText("");
            if (url.matches("https?://[^\\s<>\\p{Cc}]+")) { // anything else would reach reports as raw text
                references.add(new Reference(r.path("type").asText("WEB"), url));
            }
        });
        String details = root.path("details").asText("");
        String summary = root.path("summary").asText("");
        if (summary.isBlank()) {
            summary = details.isBlank() ? id : details.lines().findFirst().orElse(id);
        }
        Optional<Severity> stated = severity(root);
        RegressionFacts facts = new RegressionFacts(
                Kind.SECURITY,
                stated.orElse(Severity.HIGH),
                "see the advisory's details",
                summary,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Confidence.HIGH,
                stated.isPresent()
                        ? List.of()
                        : List.of("the source states no severity; treated as high so that it is never missed"));
        String modified = root.path("modified").asText();
        advisories.add(new Advisory(
                id,
                aliases,
                summary,
                details,
                affected,
                references,
                facts,
                modified,
                root.path("published").asText(modified),
                file,
                Origin.OSV));
    }

    private Optional<Affected> readAffected(String file, String at, JsonNode node) {
        String eco = node.path("package").path("ecosystem").asText("");
        int colon = eco.indexOf(':'); // "Debian:11" and the like
        Optional<Ecosystem> ecosystem = Ecosystem.fromOsvName(colon < 0 ? eco : eco.substring(0, colon));
        String name = node.path("package").path("name").asText("");
        if (ecosystem.isEmpty() || name.isBlank()) {
            return Optional.empty();
        }
        VersionScheme scheme = ecosystem.get().versionScheme();
        List<AffectedRange> ranges = new ArrayList<>();
        JsonNode rangeList = node.path("ranges");
        for (int r = 0; rangeList.isArray() && r < rangeList.size(); r++) {
            JsonNode range = rangeList.get(r);
            String type = range.path("type").asText("");
            if (type.equals("GIT")) continue; // commit ranges say nothing about published versions
            List<RangeEvent> events = new ArrayList<>();
            boolean valid = true;
            for (JsonNode ev : range.path("events")) {
                String key = ev.fieldNames().hasNext() ? ev.fieldNames().next() : "";
                String v = ev.path(key).asText("");
                RangeEvent.Type t = switch (key) {
                    case "introduced" -> RangeEvent.Type.INTRODUCED;
                    case "fixed" -> RangeEvent.Type.FIXED;
                    case "last_affected" -> RangeEvent.Type.LAST_AFFECTED;
                    default -> null; // "limit" only bounds GIT walks
                };
                if (t == null) continue;
                if (!(t == RangeEvent.Type.INTRODUCED && v.equals("0")) && !readable(scheme, v)) {
                    problems.add(new EntryProblem(
                            file,
                            at + ".ranges[" + r + "]",
                            "unreadable version '" + v + "' for "
                                    + ecosystem.get().osvName() + "; range left out"));
                    valid = false;
                    break;
                }
                events.add(new RangeEvent(t, v));
            }
            if (valid && events.stream().anyMatch(e -> e.type() == RangeEvent.Type.INTRODUCED)) {
                ranges.add(new AffectedRange(type, events));
            }
        }
        List<String> versions = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        node.path("versions").forEach(v -> (readable(scheme, v.asText()) ? versions : unreadable).add(v.asText()));
        if (!unreadable.isEmpty()) {
            problems.add(new EntryProblem(
                    file,
                    at + ".versions",
                    unreadable.size() + " unreadable " + ecosystem.get().osvName() + " version(s) left out, e.g. '"
                            + unreadable.get(0) + "'"));
        }
        if (ranges.isEmpty() && versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Affected(new PackageName(ecosystem.get(), name), ranges, versions));
    }

    private static boolean readable(VersionScheme scheme, String v) {
        try {
            scheme.parse(v);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    /** GitHub's advisories state a severity word in database_specific; others state none we can read. */
    private static Optional<Severity> severity(JsonNode root) {
        String word = root.path("database_specific").path("severity").asText("").toLowerCase(Locale.ROOT);
        return switch (word) {
            case "critical" -> Optional.of(Severity.CRITICAL);
            case "high" -> Optional.of(Severity.HIGH);
            case "moderate", "medium" -> Optional.of(Severity.MEDIUM);
            case "low" -> Optional.of(Severity.LOW);
            default -> Optional.empty();
        };
    }
}
