package dev.upgraderisk.scanner.npm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the nested {@code dependencies} tree of a lockfileVersion 1 lockfile. Each entry's location is the folder
 * npm installed it in, built from the nesting ({@code node_modules/a/node_modules/b}), the same form as the
 * {@code packages} keys of later versions. An alias is written as a version {@code npm:real-name@1.2.3}; any other
 * version that is not a registry version (git, file, tarball URL) is kept as written.
 */
final class LegacyDependencies {
    private static final String ALIAS_PREFIX = "npm:";

    private LegacyDependencies() {}

    static List<LockEntry> read(LockJson json, JsonNode dependencies) throws InputException {
        List<LockEntry> out = new ArrayList<>();
        JsonPointer pointer = JsonPointer.empty().appendProperty("dependencies");
        walk(json, json.object(dependencies, pointer, "`dependencies`"), "", pointer, out);
        return out;
    }

    private static void walk(
            LockJson json, JsonNode dependencies, String parent, JsonPointer pointer, List<LockEntry> out)
            throws InputException {
        for (var field : dependencies.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonPointer here = pointer.appendProperty(key);
            String location = (parent.isEmpty() ? "" : parent + "/") + "node_modules/" + key;
            if (!value.isObject()) {
                throw json.fail(
                        here,
                        "`dependencies` entry '" + location + "' is not an object (found " + LockJson.kind(value) + ")",
                        LockJson.REGENERATE);
            }
            if (key.isBlank()) {
                throw json.fail(
                        here, "`dependencies` entry with an empty name under '" + parent + "'", LockJson.REGENERATE);
            }
            String written =
                    json.text(value.get("version"), here.appendProperty("version"), "version of '" + location + "'");
            String name = key;
            String version = written;
            Optional<String> alias = Optional.empty();
            if (written.startsWith(ALIAS_PREFIX)) {
                String spec = written.substring(ALIAS_PREFIX.length());
                int at = spec.lastIndexOf('@');
                String realName = at > 0 ? spec.substring(0, at) : spec;
                if (!realName.isBlank()) {
                    name = realName;
                    version = at > 0 ? spec.substring(at + 1) : "";
                    if (!realName.equals(key)) alias = Optional.of(key);
                }
            }
            LockEntry.Flags flags = new LockEntry.Flags(
                    flag(value, "dev"), flag(value, "optional"), false, false, flag(value, "bundled"));
            List<String> requires = new ArrayList<>();
            json.object(value.get("requires"), here.appendProperty("requires"), "requires of '" + location + "'")
                    .fieldNames()
                    .forEachRemaining(requires::add);
            out.add(new LockEntry(location, name, version, alias, flags, Optional.empty(), requires));
            JsonPointer nested = here.appendProperty("dependencies");
            walk(
                    json,
                    json.object(value.get("dependencies"), nested, "dependencies of '" + location + "'"),
                    location,
                    nested,
                    out);
        }
    }

    private static boolean flag(JsonNode entry, String field) {
        return entry.path(field).asBoolean(false);
    }
}
