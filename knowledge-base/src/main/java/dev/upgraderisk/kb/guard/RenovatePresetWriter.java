package dev.upgraderisk.kb.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.kb.Ecosystem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A Renovate preset (JSON). Per guarded package, one rule whose {@code allowedVersions} leaves out every affected
 * version (or {@code enabled: false} when no version is safe), then one rule per advisory that labels a pull request
 * and adds a note to it when the current version lies in that advisory's window (the update then leaves it; notes
 * and labels add up). Renovate applies rules in order, so a note rule reads versions with the versioning the first
 * rule set.
 */
public final class RenovatePresetWriter implements GuardWriter {
    /** The label added to a pull request that moves a package off an affected version. */
    public static final String LABEL = "known-regression";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final String source;

    /** {@code source} names the knowledge base the preset was made from, for its description. */
    public RenovatePresetWriter(String source) {
        this.source = source;
    }

    @Override
    public void write(List<GuardedPackage> packages, Writer out) throws IOException {
        ObjectNode preset = JSON.createObjectNode();
        preset.put("$schema", "https://docs.renovatebot.com/renovate-schema.json");
        preset.put(
                "description",
                "upgrade-risk: keep Renovate from proposing versions with a known regression (" + packages.size()
                        + " packages; knowledge base " + AdvisoryNotes.oneLine(source) + ")");
        ArrayNode rules = preset.putArray("packageRules");
        for (GuardedPackage p : packages) {
            ObjectNode guard = match(
                    rules.addObject(),
                    p,
                    "upgrade-risk: no version of " + p.name()
                            + " with a known regression ("
                            + String.join(
                                    ", ",
                                    p.advisoryList().stream().map(a -> a.id()).toList()) + ")");
            if (p.ecosystem() == Ecosystem.MAVEN) guard.put("versioning", "maven");
            if (p.everyVersionAffected()) {
                guard.put("enabled", false);
                continue;
            }
            guard.put("allowedVersions", RenovateRanges.outside(p.ecosystem(), p.windows()));
            for (AdvisoryWindows a : p.advisories()) {
                ObjectNode note = match(rules.addObject(), p, AdvisoryNotes.of(a.advisory()));
                note.put("matchCurrentVersion", RenovateRanges.inside(p.ecosystem(), a.windows()));
                note.putArray("prBodyNotes")
                        .add("upgrade-risk: the current version is affected by " + AdvisoryNotes.of(a.advisory())
                                + ". This update leaves it.");
                note.putArray("addLabels").add(LABEL);
            }
        }
        out.write(JSON.writeValueAsString(preset));
        out.write("\n");
        out.flush();
    }

    private static ObjectNode match(ObjectNode rule, GuardedPackage p, String description) {
        rule.put("description", description);
        rule.putArray("matchDatasources").add(RenovateRanges.datasource(p.ecosystem()));
        ArrayNode names = rule.putArray("matchPackageNames");
        p.names().forEach(names::add);
        return rule;
    }
}
