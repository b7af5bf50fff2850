package dev.upgraderisk.kb.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * A dependabot.yml (version 2) whose {@code updates} entries carry {@code ignore} conditions for the affected versions:
 * one {@code dependency-name} per name of a guarded package, its windows as {@code versions}. The entries are meant to
 * be merged into the repository's own file; the header comment says which advisory each package comes from.
 */
public final class DependabotConfigWriter implements GuardWriter {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private final String source;
    private final Optional<List<DependabotUpdate>> updates;

    /**
     * {@code updates}: the entries to write (from the manifests of a scanned project); empty: one at the root for
     * each ecosystem that has a guarded package.
     */
    public DependabotConfigWriter(String source, Optional<List<DependabotUpdate>> updates) {
        this.source = source;
        this.updates = updates.map(List::copyOf);
    }

    @Override
    public void write(List<GuardedPackage> packages, Writer out) throws IOException {
        out.write("# upgrade-risk: Dependabot ignore conditions for versions with a known regression\n");
        out.write("# (knowledge base " + AdvisoryNotes.oneLine(source) + "). Merge each `ignore` list into the\n");
        out.write("# entry for the same package-ecosystem in .github/dependabot.yml.\n");
        for (GuardedPackage p : packages) {
            out.write("#   " + AdvisoryNotes.oneLine(String.join(", ", p.names())) + "\n");
            for (AdvisoryWindows a : p.advisories()) {
                out.write("#     " + AdvisoryNotes.of(a.advisory()) + "\n");
            }
        }
        ObjectNode config = YAML.createObjectNode();
        config.put("version", 2);
        ArrayNode entries = config.putArray("updates");
        for (DependabotUpdate u : updates.orElseGet(() -> rootUpdates(packages))) {
            ObjectNode entry = entries.addObject();
            entry.put("package-ecosystem", u.packageEcosystem());
            if (u.directories().size() == 1) {
                entry.put("directory", u.directories().get(0));
            } else {
                u.directories().forEach(entry.putArray("directories")::add);
            }
            entry.putObject("schedule").put("interval", "weekly");
            ArrayNode ignore = YAML.createArrayNode();
            for (GuardedPackage p : packages) {
                if (p.ecosystem() == u.ecosystem()) p.names().forEach(n -> ignore.add(condition(p, n)));
            }
            if (!ignore.isEmpty()) entry.set("ignore", ignore);
        }
        out.write(YAML.writeValueAsString(config));
        out.flush();
    }

    private static ObjectNode condition(GuardedPackage p, String name) {
        ObjectNode condition = YAML.createObjectNode().put("dependency-name", name);
        if (!p.everyVersionAffected()) {
            ArrayNode versions = condition.putArray("versions");
            p.windows().forEach(w -> versions.add(DependabotRanges.versions(p.ecosystem(), w)));
        }
        return condition;
    }

    private static List<DependabotUpdate> rootUpdates(List<GuardedPackage> packages) {
        return packages.stream()
                .map(GuardedPackage::ecosystem)
                .distinct()
                .sorted()
                .map(DependabotUpdate::atRoot)
                .toList();
    }
}
