package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.Suggestions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code upgrade-risk.yaml}. Every problem names file and line; a misspelt key gets a suggestion. The CLI,
 * the Maven plugin and the GitHub Action all read the policy through this class.
 *
 * <pre>
 * fail-on: high                    # low | medium | high | critical
 * rules:                           # level per rule: error | warn | info | off
 *   unstable-version: off
 * allow:                           # never reported
 *   - package: "org.example:*"
 * deny:                            # always reported (rule denied-package)
 *   - { package: "commons-collections:commons-collections", version: "3.2.1" }
 * suppressions:
 *   - id: URK-2026-0001            # an advisory id, an alias (CVE-...), or a rule id
 *     package: nhooyr.io/websocket # optional, with an optional version
 *     reason: we never close many connections at once   # required
 *     until: 2027-01-31            # optional; after it the suppression stops applying
 * </pre>
 */
public final class PolicyFileReader {
    public static final String DEFAULT_FILE = "upgrade-risk.yaml";
    private static final Set<String> TOP = Set.of("fail-on", "rules", "allow", "deny", "suppressions");
    private static final Set<String> SELECTOR = Set.of("package", "version", "ecosystem");
    private static final Set<String> SUPPRESSION = Set.of("id", "package", "version", "ecosystem", "reason", "until");
    private static final long MAX_BYTES = 1024 * 1024;

    private final String file;

    private PolicyFileReader(String file) {
        this.file = file;
    }

    /** @param name how messages name the file (a path relative to the project, usually) */
    public static Policy read(Path path, String name) throws PolicyException {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES)
                throw new PolicyException(name + ": larger than 1 MiB; not a policy file");
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(name + ": cannot read: " + e.getMessage());
        }
        return new PolicyFileReader(name).parse(new StringReader(text));
    }

    private Policy parse(Reader text) throws PolicyException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        Node root;
        try {
            root = new Yaml(options).compose(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw error(line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PolicyException(file + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) return new Policy(Severity.LOW, Map.of(), List.of(), List.of(), List.of(), file);
        MappingNode top = mapping(root, "the policy");
        Map<String, Node> seenTop = new LinkedHashMap<>();
        for (NodeTuple t : top.getValue()) {
            String k = key(t, TOP);
            if (seenTop.containsKey(k)) throw duplicate(k, seenTop.get(k), t.getKeyNode());
            seenTop.put(k, t.getKeyNode());
        }
        Severity failOn = Severity.LOW;
        Map<String, Level> levels = new LinkedHashMap<>();
        List<PackageSelector> allow = new ArrayList<>();
        List<PackageSelector> deny = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        for (NodeTuple t : top.getValue()) {
            String key = key(t, TOP);
            Node value = t.getValueNode();
            switch (key) {
                case "fail-on" -> {
                    String word = scalar(value, key);
                    failOn = Severity.fromId(word)
                            .orElseThrow(() -> error(
                                    line(value),
                                    "fail-on: '" + word + "' is not a severity; use low, medium, high or critical"));
                }
                case "rules" -> {
                    Set<String> known = RuleEngine.ruleIds();
                    Map<String, Node> seenRules = new LinkedHashMap<>();
                    for (NodeTuple r : mapping(value, "rules").getValue()) {
                        String rule = key(r, known);
                        if (seenRules.containsKey(rule)) throw duplicate(rule, seenRules.get(rule), r.getKeyNode());
                        seenRules.put(rule, r.getKeyNode());
                        String level = scalar(r.getValueNode(), rule);
                        levels.put(
                                rule,
                                Level.fromId(level)
                                        .orElseThrow(() -> error(
                                                line(r.getValueNode()),
                                                "rules." + rule + ": '" + level
                                                        + "' is not a level; use error, warn, info or off")));
                    }
                }
                case "allow" -> {
                    for (Node n : sequence(value, key)) allow.add(selector(n, SELECTOR));
                }
                case "deny" -> {
                    for (Node n : sequence(value, key)) deny.add(selector(n, SELECTOR));
                }
                case "suppressions" -> {
                    for (Node n : sequence(value, key)) suppressions.add(suppression(n));
                }
                default -> throw new IllegalStateException(key);
            }
        }
        return new Policy(failOn, levels, allow, deny, suppressions, file);
    }

    private Suppression suppression(Node node) throws PolicyException {
        MappingNode m = mapping(node, "a suppression");
        Map<String, Node> fields = fields(m, SUPPRESSION);
        if (!fields.containsKey("id"))
            throw error(line(node), "a suppression needs 'id' (an advisory id or a rule id)");
        if (!fields.containsKey("reason")
                || scalar(fields.get("reason"), "reason").isBlank()) {
            throw error(
                    line(node),
                    "suppression of " + scalar(fields.get("id"), "id")
                            + " needs a 'reason': say why the risk is accepted");
        }
        Optional<LocalDate> until = Optional.empty();
        if (fields.containsKey("until")) {
            String u = scalar(fields.get("until"), "until");
            try {
                until = Optional.of(LocalDate.parse(u));
            } catch (DateTimeParseException e) {
                throw error(line(fields.get("until")), "until: '" + u + "' is not a date such as 2027-01-31");
            }
        }
        Optional<PackageSelector> pkg =
                fields.containsKey("package") ? Optional.of(selector(node, SUPPRESSION)) : Optional.empty();
        return new Suppression(
                scalar(fields.get("id"), "id"), pkg, scalar(fields.get("reason"), "reason"), until, file, line(node));
    }

    private PackageSelector selector(Node node, Set<String> allowed) throws PolicyException {
        Map<String, Node> fields = fields(mapping(node, "a package entry"), allowed);
        if (!fields.containsKey("package")) throw error(line(node), "needs 'package' (a name; * matches anything)");
        Optional<String> eco = Optional.empty();
        if (fields.containsKey("ecosystem")) {
            String e = scalar(fields.get("ecosystem"), "ecosystem");
            if (Ecosystem.fromOsvName(e).isEmpty())
                throw error(line(fields.get("ecosystem")), "ecosystem: '" + e + "' is not one of Maven, Go, npm");
            eco = Optional.of(e);
        }
        Optional<String> version = fields.containsKey("version")
                ? Optional.of(scalar(fields.get("version"), "version"))
                : Optional.empty();
        return new PackageSelector(eco, scalar(fields.get("package"), "package"), version);
    }

    private Map<String, Node> fields(MappingNode m, Set<String> allowed) throws PolicyException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = key(t, allowed);
            if (out.containsKey(k)) throw duplicate(k, out.get(k), t.getKeyNode());
            out.put(k, t.getValueNode());
        }
        return out;
    }

    private PolicyException duplicate(String key, Node first, Node again) {
        return error(line(again), "'" + key + "' is given twice (also at line " + line(first) + "); keep one");
    }

    private String key(NodeTuple t, Set<String> allowed) throws PolicyException {
        String k = scalar(t.getKeyNode(), "a key");
        if (!allowed.contains(k)) {
            throw error(
                    line(t.getKeyNode()),
                    "unknown key '" + k + "'" + Suggestions.hint(k, allowed) + "; known keys here: "
                            + String.join(", ", new TreeSet<>(allowed)));
        }
        return k;
    }

    private MappingNode mapping(Node n, String what) throws PolicyException {
        if (n instanceof MappingNode m) return m;
        throw error(line(n), what + " must be a mapping of keys to values");
    }

    private List<Node> sequence(Node n, String what) throws PolicyException {
        if (n instanceof SequenceNode s) return s.getValue();
        throw error(line(n), what + " must be a list (lines starting with '- ')");
    }

    private String scalar(Node n, String what) throws PolicyException {
        if (n instanceof ScalarNode s) return s.getValue();
        throw error(line(n), what + " must be a single value");
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private PolicyException error(int line, String message) {
        return new PolicyException(file + ":" + line + ": " + message);
    }
}
