package dev.upgraderisk.scanner.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.api.InputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A package URL read with packageurl-java: its type, and for the types the knowledge base covers ({@code maven},
 * {@code golang}, {@code npm}) the package, version ({@code ""} when the purl has none), and the Maven type and
 * classifier. A Go module path keeps its case (packageurl-java lowercases golang namespaces, but module paths are
 * case-sensitive: {@code github.com/BurntSushi/toml}), so it is taken from the purl's own text.
 */
record Purl(String type, Optional<PackageName> pkg, String version, String mavenType, String classifier) {
    static Purl parse(String text, String where) throws InputException {
        PackageURL url;
        try {
            url = new PackageURL(text);
        } catch (MalformedPackageURLException | RuntimeException e) {
            throw new InputException(
                    where + "malformed purl " + CycloneDxJsonReader.quote(text) + ": " + e.getMessage(),
                    "a purl looks like pkg:maven/group/artifact@1.0, pkg:npm/%40scope/name@1.0 or "
                            + "pkg:golang/github.com/owner/repo@v1.0.0; " + SbomReader.REGENERATE);
        }
        String version = url.getVersion() == null ? "" : url.getVersion();
        Map<String, String> q = url.getQualifiers() == null ? Map.of() : url.getQualifiers();
        return switch (url.getType()) {
            case "maven" ->
                new Purl(
                        "maven",
                        Optional.of(PackageName.maven(url.getNamespace(), url.getName())),
                        version,
                        q.getOrDefault("type", "jar"),
                        q.getOrDefault("classifier", ""));
            case "npm" ->
                new Purl(
                        "npm",
                        Optional.of(new PackageName(
                                Ecosystem.NPM,
                                url.getNamespace() == null ? url.getName() : url.getNamespace() + "/" + url.getName())),
                        version,
                        "",
                        "");
            case "golang" ->
                new Purl("golang", Optional.of(new PackageName(Ecosystem.GO, goModule(text))), version, "", "");
            default -> new Purl(url.getType(), Optional.empty(), version, "", "");
        };
    }

    /** The module path as written: between {@code pkg:golang/} and the version, qualifiers or subpath. */
    private static String goModule(String text) {
        String rest = text.substring(text.indexOf(':') + 1).replaceFirst("^/*[^/]+/", "");
        int end = rest.length();
        for (char c : new char[] {'@', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) end = i;
        }
        return Arrays.stream(rest.substring(0, end).split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }
}
