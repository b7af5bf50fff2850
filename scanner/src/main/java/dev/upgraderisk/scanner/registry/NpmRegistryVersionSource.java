package dev.upgraderisk.scanner.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Withdrawal;
import dev.upgraderisk.scanner.advice.VersionSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    /** Built on the first registry answer: an offline or cached run never parses one. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Map<String, String> registries; // "" for the default, "@scope" for scoped
    private final boolean offline;
    private final VersionListCache cache;
    private final HttpFetcher http = new HttpFetcher();

    public NpmRegistryVersionSource(List<Path> npmrcFiles, boolean offline, VersionListCache cache) {
        this(Map.of(), npmrcFiles, offline, cache);
    }

    /** As npm: {@code npm_config_registry} in the environment wins over the .npmrc files' {@code registry=}. */
    public NpmRegistryVersionSource(
            Map<String, String> env, List<Path> npmrcFiles, boolean offline, VersionListCache cache) {
        Map<String, String> r = new HashMap<>(readNpmrc(npmrcFiles));
        env.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("npm_config_registry"))
                .map(Map.Entry::getValue)
                .filter(v -> !v.isBlank())
                .findFirst()
                .ifPresent(v -> r.put("", v));
        this.registries = Map.copyOf(r);
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
        return cache.getOrFetch("npm", registry + " " + pkg.name(), offline, offline, () -> {
                    try {
                        HttpFetcher.Answer a = http.get(
                                documentUri(registry, pkg.name()),
                                "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8");
                        if (a.status() != 200 || a.body().isEmpty()) return Optional.empty();
                        JsonNode doc = Json.MAPPER.readTree(a.body().get());
                        List<String> versions = new ArrayList<>();
                        List<String> deprecated = new ArrayList<>();
                        doc.path("versions").fields().forEachRemaining(e -> {
                            versions.add(e.getKey());
                            JsonNode d = e.getValue().path("deprecated");
                            if (d.isTextual())
                                deprecated.add(e.getKey() + "\t"
                                        + d.asText().replaceAll("\\s+", " ").strip());
                            else if (d.asBoolean(false)) deprecated.add(e.getKey() + "\t");
                        });
                        cache.put("npm-deprecated", registry + " " + pkg.name(), deprecated);
                        return Optional.of(versions);
                    } catch (IOException | IllegalArgumentException e) {
                        return Optional.empty();
                    }
                })
                .orElse(List.of());
    }

    @Override
    public List<String> unreachable() {
        return http.unreachable();
    }

    @Override
    public String describe() {
        return "the npm registry";
    }

    /**
     * The publication time from the {@code time} map of the full package document (the abbreviated one npm installs
     * with has none); fetched only when asked, which advice does only for {@code --min-age}.
     */
    @Override
    public Optional<Instant> released(PackageName pkg, String version) {
        String registry = registryFor(pkg.name());
        String key = registry + " " + pkg.name();
        Optional<List<String>> times = cache.getOrFetch("npm-time", key, offline, offline, () -> {
            try {
                HttpFetcher.Answer a = http.get(documentUri(registry, pkg.name()), "application/json");
                if (a.status() != 200 || a.body().isEmpty()) return Optional.empty();
                List<String> lines = new ArrayList<>();
                Json.MAPPER
                        .readTree(a.body().get())
                        .path("time")
                        .fields()
                        .forEachRemaining(
                                e -> lines.add(e.getKey() + "\t" + e.getValue().asText()));
                return Optional.of(lines);
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        try {
            return times.orElse(List.of()).stream()
                    .filter(l -> l.startsWith(version + "\t"))
                    .findFirst()
                    .map(l -> Instant.parse(l.substring(version.length() + 1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static URI documentUri(String registry, String name) {
        String path = name.startsWith("@")
                ? "@" + URLEncoder.encode(name.substring(1), StandardCharsets.UTF_8)
                : URLEncoder.encode(name, StandardCharsets.UTF_8);
        return URI.create(registry.replaceAll("/+$", "") + "/" + path);
    }

    /** The deprecation message the registry's package document gives for {@code version}, if any. */
    @Override
    public boolean tellsWithdrawals() {
        return true;
    }

    @Override
    public Optional<Withdrawal> withdrawal(PackageName pkg, String version) {
        String registry = registryFor(pkg.name());
        versions("", pkg); // fetches (or finds cached) the package document, deprecations included
        return cache.get("npm-deprecated", registry + " " + pkg.name(), true).orElse(List.of()).stream()
                .filter(line -> line.startsWith(version + "\t"))
                .findFirst()
                .map(line -> new Withdrawal(
                        Withdrawal.Kind.DEPRECATED,
                        line.substring(version.length() + 1),
                        "the package document of " + pkg.name() + " at " + registry));
    }
}
