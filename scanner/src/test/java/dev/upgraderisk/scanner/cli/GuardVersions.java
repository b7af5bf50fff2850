package dev.upgraderisk.scanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.version.InvalidVersionSpecificationException;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * The recorded version lists of real releases ({@code guard/versions}), the bundled knowledge base's verdict on each
 * version, and the guards' ranges read by parsers other than the code that wrote them: Maven's own version
 * constraints (maven-resolver), and npm's range semantics (semver4j).
 */
final class GuardVersions {
    private GuardVersions() {}

    record VersionList(Ecosystem ecosystem, String name, List<String> versions) {}

    static List<VersionList> recorded() throws IOException {
        List<VersionList> lists = new ArrayList<>();
        for (Ecosystem e : Ecosystem.values()) {
            try (Stream<Path> files = Files.list(Fixtures.resource("guard/versions/" + e.folder()))) {
                for (Path f : files.sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    lists.add(new VersionList(
                            e,
                            lines.get(0).substring(2).strip(),
                            lines.subList(1, lines.size()).stream()
                                    .filter(l -> !l.isBlank())
                                    .toList()));
                }
            }
        }
        return lists;
    }

    static KnowledgeBase bundled() throws Exception {
        return new KnowledgeBaseProvider()
                .load(new KnowledgeBaseRequest(
                        Optional.empty(), true, List.of(), Optional.empty(), Path.of("unused-cache")))
                .knowledgeBase();
    }

    static boolean affected(KnowledgeBase kb, Ecosystem e, String name, String version) {
        return !kb.match(new PackageName(e, name), e.versionScheme().parseValid(version))
                .isEmpty();
    }

    static boolean preRelease(Ecosystem e, String version) {
        return e.versionScheme().parseValid(version).isPreRelease();
    }

    /** Whether Renovate's range lets {@code version} through: Maven's constraint syntax, or npm's for Go and npm. */
    static boolean renovateAllows(Ecosystem e, String range, String version)
            throws InvalidVersionSpecificationException {
        if (e == Ecosystem.MAVEN) {
            GenericVersionScheme maven = new GenericVersionScheme();
            return maven.parseVersionConstraint(range).containsVersion(maven.parseVersion(version));
        }
        return RangesListFactory.create(range, false).isSatisfiedBy(new Semver(plain(version)));
    }

    /**
     * Whether one of Dependabot's {@code versions} holds {@code version}. Dependabot reads Maven intervals as Maven
     * does, and npm and Go comparators as a Ruby requirement (comma: and), which holds pre-releases too.
     */
    static boolean dependabotIgnores(Ecosystem e, List<String> versions, String version)
            throws InvalidVersionSpecificationException {
        for (String v : versions) {
            if (e == Ecosystem.MAVEN) {
                if (renovateAllows(e, v, version)) return true;
            } else {
                String npm = v.replaceAll(",\\s*", " ").replaceAll("([<>=]+)\\s+", "$1");
                if (RangesListFactory.create(npm, true).isSatisfiedBy(new Semver(plain(version)))) return true;
            }
        }
        return false;
    }

    private static String plain(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    static JsonNode yaml(String text) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    /** The rule of the preset that sets allowedVersions (or disables updates) for {@code name}. */
    static JsonNode guardRule(JsonNode preset, String name) {
        for (JsonNode rule : preset.path("packageRules")) {
            boolean named = false;
            for (JsonNode n : rule.path("matchPackageNames"))
                named |= n.asText().equals(name);
            if (named && (rule.has("allowedVersions") || rule.has("enabled"))) return rule;
        }
        throw new AssertionError("no rule for " + name + " in " + preset);
    }

    /** The versions of {@code name}'s ignore conditions in a dependabot.yml. */
    static List<String> ignoredVersions(JsonNode config, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode update : config.path("updates")) {
            for (JsonNode ignore : update.path("ignore")) {
                if (ignore.path("dependency-name").asText().equals(name)) {
                    ignore.path("versions").forEach(v -> out.add(v.asText()));
                }
            }
        }
        return out;
    }
}
