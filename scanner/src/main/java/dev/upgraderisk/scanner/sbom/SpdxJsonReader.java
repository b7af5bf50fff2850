package dev.upgraderisk.scanner.sbom;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an SPDX 2.3 JSON document: each package with its {@code SPDXID} and the first purl of its
 * {@code externalRefs}, and the graph from the relationships that say one package needs or holds another
 * ({@code DEPENDS_ON}, {@code CONTAINS} and their inverses, and the typed {@code *_DEPENDENCY_OF} ones). The packages
 * the document {@code DESCRIBES} are the project itself: they are the root, not packages of the graph. A package
 * reached only through dev, test, build, optional or provided relationships is labelled so (several labels joined
 * by {@code ,}); one reached by any plain dependency has no label.
 */
final class SpdxJsonReader {
    static final String VERSION = "SPDX-2.3";
    private static final String DOCUMENT = "SPDXRef-DOCUMENT";
    /** Relationship type: {from this end, label}; forward types go from the element to the related one. */
    private static final Map<String, String> FORWARD = Map.of("DEPENDS_ON", "", "CONTAINS", "");

    private static final Map<String, String> BACKWARD = Map.ofEntries(
            Map.entry("DEPENDENCY_OF", ""),
            Map.entry("CONTAINED_BY", ""),
            Map.entry("RUNTIME_DEPENDENCY_OF", ""),
            Map.entry("DEV_DEPENDENCY_OF", "dev"),
            Map.entry("DEV_TOOL_OF", "dev"),
            Map.entry("TEST_DEPENDENCY_OF", "test"),
            Map.entry("TEST_TOOL_OF", "test"),
            Map.entry("BUILD_DEPENDENCY_OF", "build"),
            Map.entry("BUILD_TOOL_OF", "build"),
            Map.entry("OPTIONAL_DEPENDENCY_OF", "optional"),
            Map.entry("PROVIDED_DEPENDENCY_OF", "provided"));

    private SpdxJsonReader() {}

    static SbomDocument read(SbomJson json) throws InputException {
        JsonNode root = json.root();
        String version = json.text(root.get("spdxVersion"), ptr("/spdxVersion"), "spdxVersion");
        if (!version.equals(VERSION)) {
            throw json.fail(
                    ptr("/spdxVersion"),
                    "spdxVersion " + CycloneDxJsonReader.quote(version) + " is not supported; supported: " + VERSION);
        }
        Set<String> described = new LinkedHashSet<>();
        JsonNode describes = json.array(root.get("documentDescribes"), ptr("/documentDescribes"), "documentDescribes");
        for (int i = 0; i < describes.size(); i++) {
            described.add(json.text(describes.get(i), ptr("/documentDescribes/" + i), "documentDescribes[" + i + "]"));
        }
        JsonNode rels = json.array(root.get("relationships"), ptr("/relationships"), "relationships");
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Map<String, String> edgeLabels = new HashMap<>();
        boolean graph = false;
        for (int i = 0; i < rels.size(); i++) {
            JsonPointer at = ptr("/relationships/" + i);
            JsonNode r = json.object(rels.get(i), at, "relationships[" + i + "]");
            String from = json.text(r.get("spdxElementId"), at.append(ptr("/spdxElementId")), "spdxElementId");
            String type = json.text(r.get("relationshipType"), at.append(ptr("/relationshipType")), "relationshipType");
            String to =
                    json.text(r.get("relatedSpdxElement"), at.append(ptr("/relatedSpdxElement")), "relatedSpdxElement");
            if (from.isEmpty() || type.isEmpty() || to.isEmpty()) {
                throw json.fail(at, "a relationship needs spdxElementId, relationshipType and relatedSpdxElement");
            }
            if (type.equals("DESCRIBES") && from.equals(DOCUMENT)) described.add(to);
            if (type.equals("DESCRIBED_BY") && to.equals(DOCUMENT)) described.add(from);
            String label = FORWARD.containsKey(type) ? FORWARD.get(type) : BACKWARD.get(type);
            if (label == null) continue;
            String parent = FORWARD.containsKey(type) ? from : to;
            String child = FORWARD.containsKey(type) ? to : from;
            graph = true;
            edges.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            edgeLabels.merge(parent + "\n" + child, label, (a, b) -> a.isEmpty() || b.isEmpty() ? "" : a);
        }
        // the described packages are the project: their dependencies are the direct ones
        List<String> direct = new ArrayList<>();
        described.forEach(d -> direct.addAll(edges.getOrDefault(d, List.of())));
        Map<String, Set<String>> labels = labels(described, edges, edgeLabels);
        edges.put(DOCUMENT, direct);
        List<SbomComponent> components = new ArrayList<>();
        JsonNode packages = json.array(root.get("packages"), ptr("/packages"), "packages");
        String rootLabel = json.text(root.get("name"), ptr("/name"), "name");
        String rootPurl = "";
        for (int i = 0; i < packages.size(); i++) {
            JsonPointer at = ptr("/packages/" + i);
            JsonNode p = json.object(packages.get(i), at, "packages[" + i + "]");
            String id = json.text(p.get("SPDXID"), at.append(ptr("/SPDXID")), "SPDXID");
            if (id.isEmpty()) throw json.fail(at, "packages[" + i + "] has no SPDXID");
            if (described.contains(id)) {
                if (described.size() == 1) {
                    rootLabel = json.text(p.get("name"), at.append(ptr("/name")), "name");
                    rootPurl = purl(json, p, at);
                }
                continue;
            }
            Set<String> seen = labels.getOrDefault(id, Set.of());
            String scope = seen.isEmpty() || seen.contains("") ? "" : String.join(",", seen);
            components.add(
                    new SbomComponent(id, purl(json, p, at), scope, json.whereObject(at), json.lineOfObject(at)));
        }
        return new SbomDocument(version, rootLabel, rootPurl, Optional.of(DOCUMENT), components, graph, edges);
    }

    /**
     * The labels each package is reached with from the project: a walk from each described package, in which an
     * edge with a label ({@code dev}, {@code test}...) gives that label to everything below it, unless the walk
     * already carries one. A package reached with no label at all is a plain dependency.
     */
    private static Map<String, Set<String>> labels(
            Set<String> roots, Map<String, List<String>> edges, Map<String, String> edgeLabels) {
        Map<String, Set<String>> out = new HashMap<>();
        ArrayDeque<String[]> queue = new ArrayDeque<>();
        roots.forEach(r -> queue.add(new String[] {r, ""}));
        while (!queue.isEmpty()) {
            String[] at = queue.poll();
            for (String child : edges.getOrDefault(at[0], List.of())) {
                String edge = edgeLabels.getOrDefault(at[0] + "\n" + child, "");
                String label = at[1].isEmpty() ? edge : at[1];
                if (out.computeIfAbsent(child, k -> new TreeSet<>()).add(label)) {
                    queue.add(new String[] {child, label});
                }
            }
        }
        return out;
    }

    /** The first purl among the package's external references, or {@code ""}. */
    private static String purl(SbomJson json, JsonNode pkg, JsonPointer at) throws InputException {
        JsonNode refs = json.array(pkg.get("externalRefs"), at.append(ptr("/externalRefs")), "externalRefs");
        for (int j = 0; j < refs.size(); j++) {
            JsonNode ref = refs.get(j);
            if ("purl".equals(ref.path("referenceType").asText())) {
                return json.text(
                        ref.get("referenceLocator"),
                        at.append(ptr("/externalRefs/" + j + "/referenceLocator")),
                        "referenceLocator");
            }
        }
        return "";
    }

    private static JsonPointer ptr(String text) {
        return JsonPointer.compile(text);
    }
}
