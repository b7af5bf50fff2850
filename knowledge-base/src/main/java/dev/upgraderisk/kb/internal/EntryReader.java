package dev.upgraderisk.kb.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import dev.upgraderisk.kb.Suggestions;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.VersionScheme;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and validates one entry file; every problem names the file and the field. */
public final class EntryReader {
    public static final Pattern ID = Pattern.compile("URK-\\d{4}-\\d{4}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Set<String> TOP_FIELDS = Set.of(
            "id",
            "modified",
            "published",
            "withdrawn",
            "aliases",
            "related",
            "summary",
            "details",
            "affected",
            "references",
            "database_specific",
            "schema_version",
            "severity",
            "credits");
    private static final Set<String> FACT_FIELDS = Set.of(
            "kind",
            "severity",
            "trigger",
            "symptom",
            "workaround",
            "last_known_good",
            "package_aliases",
            "confidence",
            "inferred");
    private static final Set<String> REFERENCE_TYPES = Set.of(
            "ADVISORY",
            "ARTICLE",
            "DETECTION",
            "DISCUSSION",
            "REPORT",
            "FIX",
            "INTRODUCED",
            "GIT",
            "PACKAGE",
            "EVIDENCE",
            "WEB");

    /** Parses an entry file's text; on a syntax error adds the problem (with line and column) and returns null. */
    public static JsonNode parse(ObjectMapper yaml, String file, String text, List<EntryProblem> problems) {
        try {
            JsonNode root = yaml.readTree(text);
            return root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            problems.add(new EntryProblem(file, "", "not valid YAML: " + where + e.getOriginalMessage()));
            return null;
        }
    }

    /** The validated entry, or empty with the problems added to {@code problems}. */
    public Optional<Advisory> read(String file, JsonNode root, List<EntryProblem> problems) {
        if (!root.isObject()) {
            problems.add(new EntryProblem(
                    file,
                    "",
                    "expected one entry (a YAML mapping), found "
                            + (root.isMissingNode()
                                    ? "nothing"
                                    : root.getNodeType().name().toLowerCase(Locale.ROOT))));
            return Optional.empty();
        }
        Fields f = new Fields(file, problems);
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_FIELDS.contains(name)) f.problem(name, "unknown field" + Suggestions.hint(name, TOP_FIELDS));
        });
        String id = f.text(root, "id");
        if (!id.isEmpty() && !ID.matcher(id).matches())
            f.problem("id", "'" + id + "' is not of the form URK-YYYY-NNNN");
        String stem = file.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
        if (!id.isEmpty() && !stem.equals(id))
            f.problem("id", "'" + id + "' differs from the file name '" + stem + "'");
        String modified = f.timestamp(root, "modified");
        String published = f.timestamp(root, "published");
        String summary = f.text(root, "summary");
        if (summary.length() > 120) f.problem("summary", "longer than 120 characters; move detail into 'details'");
        String details = f.text(root, "details");
        List<String> aliases = f.strings(root, "aliases", false);

        List<Affected> affected = readAffected(root, f);
        List<Reference> references = readReferences(root, f);
        RegressionFacts facts = readFacts(root.path("database_specific"), f, affected);

        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Advisory(
                id, aliases, summary, details, affected, references, facts, modified, published, file, Origin.CURATED));
    }

    private List<Affected> readAffected(JsonNode root, Fields f) {
        JsonNode list = root.path("affected");
        if (!list.isArray() || list.isEmpty()) {
            f.problem("affected", "required: a list with at least one package");
            return List.of();
        }
        List<Affected> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "affected[" + i + "]";
            JsonNode item = list.get(i);
            String eco = f.text(item.path("package"), "ecosystem", at + ".package.ecosystem");
            String name = f.text(item.path("package"), "name", at + ".package.name");
            Optional<Ecosystem> ecosystem = Ecosystem.fromOsvName(eco);
            if (!eco.isEmpty() && ecosystem.isEmpty()) {
                f.problem(at + ".package.ecosystem", "unknown ecosystem '" + eco + "' (use Maven, Go or npm)");
            }
            if (ecosystem.isEmpty() || name.isEmpty()) continue;
            if (ecosystem.get() == Ecosystem.MAVEN && !name.matches("[^:\\s]+:[^:\\s]+")) {
                f.problem(at + ".package.name", "Maven names are groupId:artifactId, found '" + name + "'");
            }
            VersionScheme scheme = ecosystem.get().versionScheme();
            List<AffectedRange> ranges = new ArrayList<>();
            JsonNode rangesNode = item.path("ranges");
            if (!rangesNode.isMissingNode() && !rangesNode.isArray()) f.problem(at + ".ranges", "must be a list");
            for (int r = 0; rangesNode.isArray() && r < rangesNode.size(); r++) {
                readRange(rangesNode.get(r), at + ".ranges[" + r + "]", ecosystem.get(), scheme, f)
                        .ifPresent(ranges::add);
            }
            List<String> versions = f.strings(item, "versions", false, at + ".versions");
            for (String v : versions) f.version(scheme, v, at + ".versions");
            if (ranges.isEmpty() && versions.isEmpty()) {
                f.problem(at, "needs at least one range or one explicit version");
            }
            out.add(new Affected(new PackageName(ecosystem.get(), name), ranges, versions));
        }
        return out;
    }

    private Optional<AffectedRange> readRange(JsonNode node, String at, Ecosystem eco, VersionScheme scheme, Fields f) {
        String type = f.text(node, "type", at + ".type");
        String expected = eco == Ecosystem.MAVEN ? "ECOSYSTEM" : "SEMVER";
        if (!type.isEmpty() && !type.equals(expected)) {
            f.problem(
                    at + ".type",
                    "ranges of " + eco.osvName() + " packages are " + expected + ", found '" + type + "'");
        }
        JsonNode events = node.path("events");
        if (!events.isArray() || events.isEmpty()) {
            f.problem(at + ".events", "required: a list of introduced/fixed/last_affected events");
            return Optional.empty();
        }
        List<RangeEvent> out = new ArrayList<>();
        int before = f.count();
        for (int e = 0; e < events.size(); e++) {
            String eat = at + ".events[" + e + "]";
            JsonNode ev = events.get(e);
            if (!ev.isObject() || ev.size() != 1) {
                f.problem(eat, "each event has exactly one of introduced, fixed, last_affected");
                continue;
            }
            String key = ev.fieldNames().next();
            RangeEvent.Type t = switch (key) {
                case "introduced" -> RangeEvent.Type.INTRODUCED;
                case "fixed" -> RangeEvent.Type.FIXED;
                case "last_affected" -> RangeEvent.Type.LAST_AFFECTED;
                default -> null;
            };
            if (t == null) {
                f.problem(
                        eat + "." + key,
                        "unknown event" + Suggestions.hint(key, Set.of("introduced", "fixed", "last_affected")));
                continue;
            }
            JsonNode vn = ev.get(key);
            if (!vn.isTextual()) {
                f.problem(
                        eat + "." + key,
                        vn.isNull()
                                ? "required: a version"
                                : "write versions as quoted text (\"" + vn.asText()
                                        + "\"): unquoted, YAML reads a number and" + " 4.10 becomes 4.1");
                continue;
            }
            String v = vn.asText();
            if (!(t == RangeEvent.Type.INTRODUCED && v.equals("0"))) f.version(scheme, v, eat + "." + key);
            out.add(new RangeEvent(t, v));
        }
        if (f.count() > before) return Optional.empty();
        checkOrder(out, at, scheme, f);
        return Optional.of(new AffectedRange(type, out));
    }

    /**
     * Events must start with introduced, alternate introduced → fixed/last_affected → introduced ..., and rise:
     * every version above the one before it, so that stretches neither overlap nor hide one another.
     */
    private static void checkOrder(List<RangeEvent> events, String at, VersionScheme scheme, Fields f) {
        if (events.stream().noneMatch(e -> e.type() == RangeEvent.Type.INTRODUCED)) {
            f.problem(at + ".events", "no 'introduced' event");
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            boolean shouldIntroduce = i % 2 == 0;
            if ((events.get(i).type() == RangeEvent.Type.INTRODUCED) != shouldIntroduce) {
                f.problem(
                        at + ".events[" + i + "]",
                        "events alternate: introduced, then fixed or last_affected," + " then introduced again");
                return;
            }
            if (i > 0
                    && !events.get(i - 1).isFromBeginning()
                    && scheme.compare(events.get(i).version(), events.get(i - 1).version()) <= 0
                    && !(events.get(i).type() == RangeEvent.Type.LAST_AFFECTED
                            && scheme.compare(
                                            events.get(i).version(),
                                            events.get(i - 1).version())
                                    == 0)) {
                f.problem(
                        at + ".events[" + i + "]",
                        "'" + events.get(i).type().osvName() + ": "
                                + events.get(i).version() + "' is not above '"
                                + events.get(i - 1).type().osvName() + ": "
                                + events.get(i - 1).version() + "': list the events in rising order");
                return;
            }
        }
        if (events.stream().anyMatch(e -> e.type() == RangeEvent.Type.FIXED)
                && events.stream().anyMatch(e -> e.type() == RangeEvent.Type.LAST_AFFECTED)) {
            f.problem(at + ".events", "a range has either 'fixed' or 'last_affected' events, not both (OSV)");
        }
    }

    private List<Reference> readReferences(JsonNode root, Fields f) {
        JsonNode list = root.path("references");
        if (!list.isArray() || list.isEmpty()) {
            f.problem("references", "required: at least a REPORT (the upstream issue) and a FIX (PR or commit)");
            return List.of();
        }
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "references[" + i + "]";
            String type = f.text(list.get(i), "type", at + ".type");
            String url = f.text(list.get(i), "url", at + ".url");
            if (!type.isEmpty() && !REFERENCE_TYPES.contains(type)) {
                f.problem(
                        at + ".type",
                        "unknown reference type '" + type + "'" + Suggestions.hint(type, REFERENCE_TYPES));
            }
            if (!url.isEmpty() && !isWebUrl(url)) f.problem(at + ".url", "not an http(s) URL: '" + url + "'");
            out.add(new Reference(type, url));
        }
        if (out.stream().noneMatch(r -> r.type().equals("REPORT"))) {
            f.problem("references", "no REPORT reference (the upstream issue)");
        }
        if (out.stream().noneMatch(r -> r.type().equals("FIX"))) {
            f.problem("references", "no FIX reference (the fixing PR or commit)");
        }
        Set<String> fixes = out.stream()
                .filter(r -> r.type().equals("FIX"))
                .map(Reference::url)
                .collect(Collectors.toSet());
        if (out.stream().anyMatch(r -> r.type().equals("REPORT"))
                && out.stream().filter(r -> r.type().equals("REPORT")).allMatch(r -> fixes.contains(r.url()))) {
            f.problem(
                    "references",
                    "the REPORT is the FIX itself; cite the upstream issue that reported the"
                            + " regression (or leave the lead in knowledge-base/review/ until one is found)");
        } else if (out.stream().anyMatch(r -> r.type().equals("REPORT"))
                && out.stream().filter(r -> r.type().equals("REPORT")).allMatch(r -> isChange(r.url()))) {
            f.problem(
                    "references",
                    "every REPORT is a pull request or commit; cite the upstream issue (a GitHub"
                            + " issue, a JIRA or Bugzilla ticket) that reported the regression, or leave the lead in"
                            + " knowledge-base/review/ until one is found");
        }
        return out;
    }

    /** A change rather than a report: a pull request, a merge request or a commit. */
    static boolean isChange(String url) {
        return url.matches("https?://[^?#]*/(pull|pulls|merge_requests|commit|commits)/[^?#]+");
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                    && u.getHost() != null
                    && u.getHost().contains(".");
        } catch (Exception e) {
            return false;
        }
    }

    private RegressionFacts readFacts(JsonNode ds, Fields f, List<Affected> affected) {
        if (!ds.isObject()) {
            f.problem("database_specific", "required: kind, severity, trigger, symptom, confidence");
            return null;
        }
        ds.fieldNames().forEachRemaining(name -> {
            if (!FACT_FIELDS.contains(name)) {
                f.problem("database_specific." + name, "unknown field" + Suggestions.hint(name, FACT_FIELDS));
            }
        });
        String p = "database_specific.";
        String kind = f.text(ds, "kind", p + "kind");
        String severity = f.text(ds, "severity", p + "severity");
        String confidence = f.text(ds, "confidence", p + "confidence");
        Optional<Kind> k = Kind.fromId(kind);
        Optional<Severity> s = Severity.fromId(severity);
        Optional<Confidence> c = Confidence.fromId(confidence);
        if (!kind.isEmpty() && k.isEmpty())
            f.problem(
                    p + "kind",
                    "unknown kind '" + kind + "'"
                            + Suggestions.hint(
                                    kind,
                                    Arrays.stream(Kind.values()).map(Kind::id).toList()));
        if (!severity.isEmpty() && s.isEmpty())
            f.problem(p + "severity", "unknown severity '" + severity + "' (critical, high, medium, low)");
        if (!confidence.isEmpty() && c.isEmpty())
            f.problem(p + "confidence", "unknown confidence '" + confidence + "' (high, medium, low)");
        String trigger = f.text(ds, "trigger", p + "trigger");
        String symptom = f.text(ds, "symptom", p + "symptom");
        Optional<String> workaround = f.optionalText(ds, "workaround", p + "workaround");
        Optional<String> lastGood = f.optionalText(ds, "last_known_good", p + "last_known_good");
        if (lastGood.isPresent() && !affected.isEmpty()) {
            f.version(affected.get(0).pkg().ecosystem().versionScheme(), lastGood.get(), p + "last_known_good");
        }
        List<String> aliases = f.strings(ds, "package_aliases", false, p + "package_aliases");
        List<String> inferred = f.strings(ds, "inferred", false, p + "inferred");
        if (c.isPresent() && c.get() == Confidence.HIGH && !inferred.isEmpty()) {
            f.problem(
                    p + "confidence",
                    "'high' says every fact was read upstream, yet 'inferred' lists " + inferred.size()
                            + " thing(s) we inferred: use 'medium' (SCHEMA.md, Rules)");
        }
        if (k.isEmpty() || s.isEmpty() || c.isEmpty()) return null;
        return new RegressionFacts(
                k.get(), s.get(), trigger, symptom, workaround, lastGood, aliases, c.get(), inferred);
    }

    /** Field access that records a problem (file + field path) for everything missing or malformed. */
    private static final class Fields {
        private final String file;
        private final List<EntryProblem> problems;
        private final int start;

        Fields(String file, List<EntryProblem> problems) {
            this.file = file;
            this.problems = problems;
            this.start = problems.size();
        }

        void problem(String field, String message) {
            problems.add(new EntryProblem(file, field, message));
        }

        int count() {
            return problems.size();
        }

        boolean failed() {
            return problems.size() > start;
        }

        String text(JsonNode node, String name) {
            return text(node, name, name);
        }

        String text(JsonNode node, String name, String path) {
            JsonNode v = node.path(name);
            if (v.isMissingNode() || v.isNull()) {
                problem(path, "required");
                return "";
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(
                        path,
                        v.isValueNode() && !v.asText().isBlank()
                                ? "must be text; quote it (\"" + v.asText() + "\"), or YAML reads a number or a boolean"
                                : "must be a non-empty text");
                return "";
            }
            return v.asText().strip();
        }

        Optional<String> optionalText(JsonNode node, String name, String path) {
            JsonNode v = node.path(name);
            if (v.isMissingNode() || v.isNull()) return Optional.empty();
            return Optional.of(text(node, name, path)).filter(s -> !s.isEmpty());
        }

        String timestamp(JsonNode node, String name) {
            String t = text(node, name);
            if (!t.isEmpty() && !TIMESTAMP.matcher(t).matches()) {
                problem(name, "'" + t + "' is not an RFC 3339 UTC timestamp such as 2026-11-27T00:00:00Z");
            }
            return t;
        }

        List<String> strings(JsonNode node, String name, boolean required) {
            return strings(node, name, required, name);
        }

        List<String> strings(JsonNode node, String name, boolean required, String path) {
            JsonNode v = node.path(name);
            if (v.isMissingNode() || v.isNull()) {
                if (required) problem(path, "required");
                return List.of();
            }
            if (!v.isArray()) {
                problem(path, "must be a list");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    problem(path + "[" + i + "]", "must be a non-empty text (quote versions: \"1.0\")");
                } else {
                    out.add(v.get(i).asText().strip());
                }
            }
            return out;
        }

        void version(VersionScheme scheme, String v, String path) {
            try {
                scheme.parse(v);
            } catch (InvalidVersionException e) {
                problem(path, e.getMessage());
            }
        }
    }
}
