package dev.upgraderisk.scanner.npm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code packages} section of a lockfileVersion 2 or 3 lockfile: one entry per key, the key being the
 * location. {@code ""} is the project itself and becomes the {@link RootPackage}, not an entry.
 */
final class PackagesSection {
    private static final JsonPointer PACKAGES = JsonPointer.empty().appendProperty("packages");

    private PackagesSection() {}

    /** What the section holds: the entries, and the root entry when there is one. */
    record Contents(List<LockEntry> entries, Optional<RootPackage> root) {}

    static Contents read(LockJson json, JsonNode packages) throws InputException {
        JsonNode section = json.object(packages, PACKAGES, "`packages`");
        Map<String, String> linkNamesByTarget = linkNamesByTarget(section);
        List<LockEntry> entries = new ArrayList<>();
        Optional<RootPackage> root = Optional.empty();
        for (var field : section.properties()) {
            String key = field.getKey();
            JsonPointer pointer = PACKAGES.appendProperty(key);
            JsonNode value = field.getValue();
            if (!value.isObject()) {
                throw json.fail(
                        pointer,
                        "`packages` entry '" + key + "' is not an object (found " + LockJson.kind(value) + ")",
                        LockJson.REGENERATE);
            }
            if (key.isEmpty()) {
                root = Optional.of(RootPackage.read(json, value, pointer));
            } else {
                entries.add(entry(json, key, value, pointer, linkNamesByTarget));
            }
        }
        return new Contents(entries, root);
    }

    private static LockEntry entry(
            LockJson json, String location, JsonNode value, JsonPointer pointer, Map<String, String> linkNamesByTarget)
            throws InputException {
        String declaredName =
                json.text(value.get("name"), pointer.appendProperty("name"), "name of '" + location + "'");
        String version =
                json.text(value.get("version"), pointer.appendProperty("version"), "version of '" + location + "'");
        Optional<String> folderName = LockEntry.folderName(location);
        String name = !declaredName.isBlank()
                ? declaredName
                : folderName.orElseGet(() -> linkNamesByTarget.getOrDefault(location, LockPaths.baseName(location)));
        if (name.isBlank()) {
            throw json.fail(pointer, "`packages` entry '" + location + "' names no package", LockJson.REGENERATE);
        }
        Optional<String> alias = folderName.filter(folder -> !declaredName.isBlank() && !folder.equals(declaredName));
        Optional<String> linkTarget = Optional.empty();
        if (value.path("link").asBoolean(false)) {
            linkTarget = Optional.of(LockPaths.normalize(json.text(
                    value.get("resolved"), pointer.appendProperty("resolved"), "resolved of '" + location + "'")));
        }
        LockEntry.Flags flags = new LockEntry.Flags(
                flag(value, "dev"),
                flag(value, "optional"),
                flag(value, "devOptional"),
                flag(value, "peer"),
                flag(value, "inBundle"));
        Set<String> dependencyNames = new LinkedHashSet<>();
        for (String field : List.of("dependencies", "optionalDependencies", "peerDependencies")) {
            names(json, value, field, pointer, location, dependencyNames);
        }
        if (LockEntry.isTopLevelFolder(location)) {
            // a workspace or linked folder is a project of its own: npm installs its devDependencies too
            names(json, value, "devDependencies", pointer, location, dependencyNames);
        }
        return new LockEntry(location, name, version, alias, flags, linkTarget, List.copyOf(dependencyNames));
    }

    private static void names(
            LockJson json, JsonNode entry, String field, JsonPointer pointer, String location, Set<String> into)
            throws InputException {
        json.object(entry.get(field), pointer.appendProperty(field), field + " of '" + location + "'")
                .fieldNames()
                .forEachRemaining(into::add);
    }

    private static boolean flag(JsonNode entry, String field) {
        return entry.path(field).asBoolean(false);
    }

    /** For a folder with no {@code name} field, the name that a link to it installs it under. */
    private static Map<String, String> linkNamesByTarget(JsonNode section) {
        Map<String, String> out = new HashMap<>();
        for (var field : section.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject()
                    && value.path("link").asBoolean(false)
                    && value.path("resolved").isTextual()) {
                LockEntry.folderName(field.getKey())
                        .ifPresent(name -> out.putIfAbsent(
                                LockPaths.normalize(value.path("resolved").textValue()), name));
            }
        }
        return out;
    }
}
