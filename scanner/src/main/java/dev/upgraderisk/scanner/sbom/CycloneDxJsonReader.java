package dev.upgraderisk.scanner.sbom;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CycloneDX JSON BOM (spec 1.4, 1.5, 1.6): the components (nested ones too, and those nested in
 * {@code metadata.component}), each with its {@code bom-ref}, {@code purl} and scope, and the {@code dependencies}
 * graph. A component's scope is CycloneDX's own ({@code required}, {@code optional}, {@code excluded}), or
 * {@code dev} when the npm taxonomy's {@code cdx:npm:package:development} property says so (as
 * {@code @cyclonedx/cyclonedx-npm} marks devDependencies). Tools listed in {@code metadata.tools} are not packages.
 */
final class CycloneDxJsonReader {
    static final List<String> VERSIONS = List.of("1.4", "1.5", "1.6");
    static final String DEV_PROPERTY = "cdx:npm:package:development";

    private final SbomJson json;
    private final List<SbomComponent> components = new ArrayList<>();

    private CycloneDxJsonReader(SbomJson json) {
        this.json = json;
    }

    static SbomDocument read(SbomJson json) throws InputException {
        return new CycloneDxJsonReader(json).read();
    }

    private SbomDocument read() throws InputException {
        JsonNode root = json.root();
        String version = json.text(root.get("specVersion"), ptr("/specVersion"), "specVersion");
        if (!VERSIONS.contains(version)) {
            throw json.fail(
                    ptr(version.isEmpty() ? "" : "/specVersion"),
                    version.isEmpty()
                            ? "a CycloneDX BOM without specVersion"
                            : "CycloneDX specVersion " + quote(version) + " is not supported; supported: "
                                    + String.join(", ", VERSIONS));
        }
        JsonNode metadata = root.path("metadata");
        Optional<String> rootRef = Optional.empty();
        String rootLabel = "";
        String rootPurl = "";
        if (metadata.has("component")) {
            JsonPointer at = ptr("/metadata/component");
            JsonNode main = json.object(metadata.get("component"), at, "metadata.component");
            rootRef = Optional.of(json.text(main.get("bom-ref"), at.append(ptr("/bom-ref")), "bom-ref"))
                    .filter(s -> !s.isEmpty());
            rootLabel = label(main, at);
            rootPurl = json.text(main.get("purl"), at.append(ptr("/purl")), "purl");
            components(main.get("components"), at.append(ptr("/components")));
        }
        components(root.get("components"), ptr("/components"));
        JsonNode deps = json.array(root.get("dependencies"), ptr("/dependencies"), "dependencies");
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (int i = 0; i < deps.size(); i++) {
            JsonPointer at = ptr("/dependencies/" + i);
            JsonNode d = json.object(deps.get(i), at, "dependencies[" + i + "]");
            String ref = json.text(d.get("ref"), at.append(ptr("/ref")), "dependencies[" + i + "].ref");
            if (ref.isEmpty()) throw json.fail(at, "dependencies[" + i + "] has no ref");
            JsonNode on = json.array(d.get("dependsOn"), at.append(ptr("/dependsOn")), "dependsOn");
            List<String> targets = edges.computeIfAbsent(ref, k -> new ArrayList<>());
            for (int j = 0; j < on.size(); j++) {
                targets.add(json.text(on.get(j), at.append(ptr("/dependsOn/" + j)), "dependsOn[" + j + "]"));
            }
        }
        return new SbomDocument(
                "CycloneDX " + version, rootLabel, rootPurl, rootRef, components, !deps.isEmpty(), edges);
    }

    private void components(JsonNode list, JsonPointer at) throws InputException {
        JsonNode array = json.array(list, at, "components");
        for (int i = 0; i < array.size(); i++) {
            JsonPointer here = at.append(ptr("/" + i));
            JsonNode c = json.object(array.get(i), here, "a component");
            String ref = json.text(c.get("bom-ref"), here.append(ptr("/bom-ref")), "bom-ref");
            String purl = json.text(c.get("purl"), here.append(ptr("/purl")), "purl");
            String scope = json.text(c.get("scope"), here.append(ptr("/scope")), "scope");
            if (!scope.isEmpty() && !List.of("required", "optional", "excluded").contains(scope)) {
                throw json.fail(
                        here.append(ptr("/scope")),
                        "scope " + quote(scope) + " is not one of CycloneDX's required, optional, excluded");
            }
            if (scope.isEmpty() || scope.equals("required")) {
                for (JsonNode p : json.array(c.get("properties"), here.append(ptr("/properties")), "properties")) {
                    if (DEV_PROPERTY.equals(p.path("name").asText())
                            && "true".equals(p.path("value").asText())) {
                        scope = "dev";
                    }
                }
            }
            components.add(new SbomComponent(ref, purl, scope, json.whereObject(here), json.lineOfObject(here)));
            components(c.get("components"), here.append(ptr("/components")));
        }
    }

    private String label(JsonNode component, JsonPointer at) throws InputException {
        String group = json.text(component.get("group"), at.append(ptr("/group")), "group");
        String name = json.text(component.get("name"), at.append(ptr("/name")), "name");
        String version = json.text(component.get("version"), at.append(ptr("/version")), "version");
        String label = (group.isEmpty() ? "" : group + (group.startsWith("@") ? "/" : ":")) + name;
        return version.isEmpty() ? label : label + (group.startsWith("@") || group.isEmpty() ? "@" : ":") + version;
    }

    private static JsonPointer ptr(String text) {
        return JsonPointer.compile(text);
    }

    static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "'" + shown.replaceAll("\\p{Cc}", "?") + "'";
    }
}
