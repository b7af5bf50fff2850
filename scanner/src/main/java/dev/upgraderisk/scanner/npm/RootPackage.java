package dev.upgraderisk.scanner.npm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project itself as its lockfile root entry ({@code packages[""]}) or its package.json describes it: name,
 * version, the dependency names it declares (dependencies, devDependencies, optionalDependencies,
 * peerDependencies) and its workspace patterns.
 */
record RootPackage(String name, String version, List<String> dependencyNames, List<String> workspaces) {
    static final List<String> DECLARING_FIELDS =
            List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies");

    RootPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        dependencyNames = List.copyOf(dependencyNames);
        workspaces = List.copyOf(workspaces);
    }

    /** Reads a package.json object or a {@code packages[""]} entry found at {@code pointer} of {@code json}. */
    static RootPackage read(LockJson json, JsonNode node, JsonPointer pointer) throws InputException {
        String name = json.text(node.get("name"), pointer.appendProperty("name"), "the root's name");
        String version = json.text(node.get("version"), pointer.appendProperty("version"), "the root's version");
        Set<String> names = new LinkedHashSet<>();
        for (String field : DECLARING_FIELDS) {
            json.object(node.get(field), pointer.appendProperty(field), "the root's " + field)
                    .fieldNames()
                    .forEachRemaining(names::add);
        }
        return new RootPackage(name, version, List.copyOf(names), workspaces(node.get("workspaces")));
    }

    /** {@code workspaces} is an array of patterns or (yarn style) an object with a {@code packages} array. */
    private static List<String> workspaces(JsonNode value) {
        if (value == null) return List.of();
        JsonNode array = value.isObject() ? value.path("packages") : value;
        List<String> out = new ArrayList<>();
        if (array.isArray())
            array.forEach(p -> {
                if (p.isTextual()) out.add(p.textValue());
            });
        return out;
    }

    /** True when a folder location (relative to the lockfile, forward slashes) matches a workspace pattern. */
    boolean isWorkspace(String location) {
        for (String pattern : workspaces) {
            if (glob(LockPaths.normalize(pattern)).matcher(location).matches()) return true;
        }
        return false;
    }

    /** {@code **} any number of folders, {@code *} and {@code ?} within one folder name. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** {@code name@version}, or the name alone when there is no version. */
    String label() {
        return version.isEmpty() ? name : name + "@" + version;
    }
}
