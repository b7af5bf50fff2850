package dev.upgraderisk.scanner.history;

import static dev.upgraderisk.scanner.report.TextReportWriter.clean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.scanner.json.JsonTrees;
import dev.upgraderisk.scanner.report.PrettyJson;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The history in text or JSON; chosen in {@link #render}. */
public final class HistoryReport {
    public static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON);

    private HistoryReport() {}

    public static String render(FindingHistory.Result r, ReportFormat format) {
        return switch (format) {
            case JSON -> json(r);
            case TEXT -> text(r);
            default -> throw new IllegalArgumentException("history is not written as " + format.id());
        };
    }

    private static String commit(ManifestCommit c) {
        return c.shortId() + " " + c.time().toString().substring(0, 10) + " " + clean(c.author()) + " \""
                + clean(c.subject()) + "\"";
    }

    private static String text(FindingHistory.Result r) {
        StringBuilder sb = new StringBuilder("upgrade-risk history of ")
                .append(r.head().shortId())
                .append(": ")
                .append(r.manifestCommits().size())
                .append(" of ")
                .append(r.commitsWalked())
                .append(" commits changed manifests")
                .append(r.windowed() ? " in the window looked at" : "")
                .append("; ")
                .append(r.statesScanned())
                .append(" distinct manifest states scanned\n");
        sb.append('\n')
                .append(
                        r.current().isEmpty()
                                ? "No current findings.\n"
                                : "Current findings, and the commit that" + " brought each in:\n");
        for (FindingHistory.Current c : r.current()) {
            sb.append("\n  ")
                    .append(key(c.key()))
                    .append("  ")
                    .append(c.now().severity())
                    .append('\n')
                    .append("    ")
                    .append(clean(c.now().summary()))
                    .append('\n')
                    .append("    now:        ")
                    .append(clean(c.now().version()))
                    .append('\n')
                    .append("    came in:    ")
                    .append(c.introducedBy()
                            .map(ic -> commit(ic) + " (at " + clean(c.versionIntroduced()) + ")")
                            .orElse("before the first commit looked at (at " + clean(c.versionIntroduced())
                                    + "); widen --since or --max-commits"))
                    .append('\n');
        }
        if (!r.fixed().isEmpty()) {
            sb.append("\nFindings that went away:\n");
            for (FindingHistory.Fixed f : r.fixed()) {
                sb.append("\n  ")
                        .append(key(f.key()))
                        .append("  ")
                        .append(f.last().severity())
                        .append('\n')
                        .append("    came in:    ")
                        .append(f.introducedBy().map(HistoryReport::commit).orElse("before the first commit looked at"))
                        .append('\n')
                        .append("    went away:  ")
                        .append(commit(f.fixedBy()))
                        .append(" (")
                        .append(clean(f.last().version()))
                        .append(" -> ")
                        .append(f.versionAfter().map(v -> clean(v)).orElse("removed"))
                        .append(")\n");
            }
        }
        r.unscannable()
                .forEach(u -> sb.append("\nnot scanned: ")
                        .append(commit(u.commit()))
                        .append(": ")
                        .append(clean(u.error()))
                        .append('\n'));
        return sb.toString();
    }

    private static String key(FindingHistory.Key k) {
        return clean(k.manifest()) + " " + clean(k.pkg()) + "  " + clean(k.advisoryId());
    }

    private static void commit(ObjectNode o, String field, Optional<ManifestCommit> c) {
        if (c.isEmpty()) {
            o.putNull(field);
            return;
        }
        ObjectNode n = o.putObject(field);
        n.put("id", c.get().id());
        n.put("time", c.get().time().toString());
        n.put("author", c.get().author());
        n.put("subject", c.get().subject());
    }

    private static String json(FindingHistory.Result r) {
        ObjectNode root = JsonTrees.object();
        root.put("schemaVersion", "1.0");
        commit(root, "head", Optional.of(r.head()));
        root.put("commitsWalked", r.commitsWalked());
        root.put("manifestCommits", r.manifestCommits().size());
        root.put("statesScanned", r.statesScanned());
        root.put("windowed", r.windowed());
        var current = root.putArray("current");
        for (FindingHistory.Current c : r.current()) {
            ObjectNode o = current.addObject();
            key(o, c.key());
            o.put("severity", c.now().severity().id());
            o.put("version", c.now().version());
            o.put("versionIntroduced", c.versionIntroduced());
            commit(o, "introducedBy", c.introducedBy());
        }
        var fixed = root.putArray("fixed");
        for (FindingHistory.Fixed f : r.fixed()) {
            ObjectNode o = fixed.addObject();
            key(o, f.key());
            o.put("severity", f.last().severity().id());
            o.put("lastAffectedVersion", f.last().version());
            f.versionAfter().ifPresentOrElse(v -> o.put("versionAfter", v), () -> o.putNull("versionAfter"));
            commit(o, "introducedBy", f.introducedBy());
            commit(o, "fixedBy", Optional.of(f.fixedBy()));
        }
        var unscannable = root.putArray("notScanned");
        r.unscannable().forEach(u -> {
            ObjectNode o = unscannable.addObject();
            commit(o, "commit", Optional.of(u.commit()));
            o.put("error", u.error());
        });
        return PrettyJson.write(root);
    }

    private static void key(ObjectNode o, FindingHistory.Key k) {
        o.put("manifest", k.manifest());
        o.put("package", k.pkg());
        o.put("advisory", k.advisoryId());
    }
}
