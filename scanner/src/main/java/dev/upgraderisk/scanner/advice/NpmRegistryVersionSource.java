package dev.upgraderisk.scanner.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.kb.PackageName;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists an npm package's versions from its registry's package document (the abbreviated form npm itself asks
 * for). The registry comes from {@code .npmrc} files: the project's own, then the user's ({@code registry=} and
 * {@code @scope:registry=}); default {@code https://registry.npmjs.org/}. Cached on disk; offline, only the cache
 * answers.
 */
public final class NpmRegistryVersionSource implements VersionSource {
    static final String DEFAULT_REGISTRY = "https://registry.npmjs.org/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> registries; // "" for the default, "@scope" for scoped
    private final boolean offline;
    private final VersionListCache cache;
    private final HttpFetcher http = new HttpFetcher();

    public NpmRegistryVersionSource(List<Path> npmrcFiles, boolean offline, VersionListCache cache) {
        this.registries = readNpmrc(npmrcFiles);
        this.offline = offline;
        this.cache = cache;
    }

    /** Reads {@code registry} settings; earlier files win (the project's .npmrc before the user's). */
    static Map<String, String> readNpmrc(List<Path> files) {
        Map<String, String> out = new HashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) continue;
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.startsWith("#") || l.startsWith(";") || !l.contains("=")) continue;
                    String key = l.substring(0, l.indexOf('=')).strip();
                    String value = l.substring(l.indexOf('=') + 1).strip();
                    if (key.equals("registry")) out.putIfAbsent("", value);
                    else if (key.startsWith("@") && key.endsWith(":registry")) {
                        out.putIfAbsent(key.substring(0, key.indexOf(':')), value);
                    }
                }
            } catch (IOException e) {
                // an unreadable .npmrc is skipped, as npm itself warns and goes on
            }
        }
        return out;
    }

    String registryFor(String name) {
        if (name.startsWith("@") && name.contains("/")) {
            String scope = name.substring(0, name.indexOf('/'));
            if (registries.containsKey(scope)) return registries.get(scope);
        }
        return registries.getOrDefault("", DEFAULT_REGISTRY);
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        String registry = registryFor(pkg.name());
        Optional<List<String>> cached = cache.get("npm", registry + " " + pkg.name(), offline);
        if (cached.isPresent() || offline) return cached.orElse(List.of());
        String path = pkg.name().startsWith("@") ? "@" + URLEncoder.encode(pkg.name().substring(1), StandardCharsets.UTF_8)
                : URLEncoder.encode(pkg.name(), StandardCharsets.UTF_8);
        try {
            HttpFetcher.Answer a = http.get(URI.create(registry.replaceAll("/+$", "") + "/" + path),
                    "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8");
            if (a.status() != 200 || a.body().isEmpty()) return List.of();
            JsonNode doc = JSON.readTree(a.body().get());
            List<String> versions = new ArrayList<>();
            doc.path("versions").fieldNames().forEachRemaining(versions::add);
            cache.put("npm", registry + " " + pkg.name(), versions);
            return versions;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    @Override
    public String describe() {
        return "the npm registry";
    }
}
