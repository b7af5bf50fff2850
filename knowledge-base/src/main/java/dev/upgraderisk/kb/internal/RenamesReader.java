package dev.upgraderisk.kb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.EntryProblem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.PackageRename;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code renames.yaml}: packages that moved to a new name (Go module moves, Maven relocations). */
public final class RenamesReader {
    private RenamesReader() {}

    public static List<PackageRename> read(String file, JsonNode root, List<EntryProblem> problems) {
        JsonNode list = root.path("renames");
        if (!list.isArray()) {
            problems.add(new EntryProblem(file, "renames", "required: a list of {ecosystem, from, to, reference}"));
            return List.of();
        }
        List<PackageRename> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = "renames[" + i + "]";
            Optional<Ecosystem> eco = Ecosystem.fromOsvName(r.path("ecosystem").asText(""));
            String from = r.path("from").asText("");
            String to = r.path("to").asText("");
            String reference = r.path("reference").asText("");
            if (eco.isEmpty()) problems.add(new EntryProblem(file, at + ".ecosystem", "unknown or missing ecosystem"));
            if (from.isBlank()) problems.add(new EntryProblem(file, at + ".from", "required"));
            if (to.isBlank()) problems.add(new EntryProblem(file, at + ".to", "required"));
            if (!reference.startsWith("https://")) {
                problems.add(
                        new EntryProblem(file, at + ".reference", "required: an https URL that documents the move"));
            }
            if (eco.isPresent() && !from.isBlank() && !to.isBlank()) {
                out.add(new PackageRename(
                        new PackageName(eco.get(), from),
                        new PackageName(eco.get(), to),
                        r.path("since").asText(""),
                        reference));
            }
        }
        return out;
    }
}
