package dev.upgraderisk.scanner.registry;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.rules.Withdrawal;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.golang.GoModParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists a Go module's versions with the module proxy protocol ({@code $GOPROXY/<module>/@v/list}), honouring
 * {@code GOPROXY} (a list separated by {@code ,} — next proxy only on 404/410 — or {@code |} — next proxy on any
 * error — where {@code direct} and {@code off} end the list), and {@code GOPRIVATE}/{@code GONOPROXY} patterns
 * (such modules are not asked of any proxy). Cached on disk; offline, only the cache answers.
 */
public final class GoProxyVersionSource implements VersionSource {
    private final String goproxy;
    private final List<String> noProxy;
    private final boolean offline;
    private final VersionListCache cache;
    private final HttpFetcher http = new HttpFetcher();

    public GoProxyVersionSource(Map<String, String> env, boolean offline, VersionListCache cache) {
        this.goproxy =
                env.getOrDefault("GOPROXY", "").isBlank() ? "https://proxy.golang.org,direct" : env.get("GOPROXY");
        String patterns =
                env.getOrDefault("GONOPROXY", "").isBlank() ? env.getOrDefault("GOPRIVATE", "") : env.get("GONOPROXY");
        this.noProxy = Arrays.stream(patterns.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        this.offline = offline;
        this.cache = cache;
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        String module = pkg.name();
        if (module.equals("stdlib") || isPrivate(module)) return List.of();
        return cache.getOrFetch(
                        "go",
                        goproxy + " " + module,
                        offline,
                        offline,
                        () -> fetch(escape(module) + "/@v/list")
                                .map(list -> list.body()
                                        .lines()
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .toList()))
                .orElse(List.of());
    }

    /**
     * Whether the module's author retracted {@code version}: the go command reads retractions from the go.mod of
     * the module's latest version (the highest release, else the highest pre-release), and so does this.
     */
    @Override
    public boolean tellsWithdrawals() {
        return true;
    }

    @Override
    public Optional<Withdrawal> withdrawal(PackageName pkg, String version) {
        List<String> versions = versions("", pkg);
        var scheme = Ecosystem.GO.versionScheme();
        Optional<String> latest = versions.stream()
                .filter(v -> parses(v) && !scheme.parseValid(v).isPreRelease())
                .max(Comparator.comparing(scheme::parseValid))
                .or(() -> versions.stream()
                        .filter(GoProxyVersionSource::parses)
                        .max(Comparator.comparing(scheme::parseValid)));
        if (latest.isEmpty()) return Optional.empty();
        String path = escape(pkg.name()) + "/@v/" + escape(latest.get()) + ".mod";
        String key = goproxy + " " + path;
        Optional<String> mod = cache.getOrFetch(
                        "go-mod",
                        key,
                        true,
                        offline,
                        () -> fetch(path).map(f -> f.body().lines().toList()))
                .map(lines -> String.join("\n", lines));
        String source = "go.mod of " + pkg.name() + "@" + latest.get();
        if (mod.isEmpty()) return Optional.empty();
        try {
            return GoModParser.parse(source, mod.get()).retracts().stream()
                    .filter(r -> r.covers(version))
                    .findFirst()
                    .map(r -> new Withdrawal(Withdrawal.Kind.RETRACTED, r.rationale(), source + ", line " + r.line()));
        } catch (InputException e) {
            return Optional.empty(); // a go.mod the go command would refuse retracts nothing
        }
    }

    /** The time the proxy gives for the version ({@code $GOPROXY/<module>/@v/<version>.info}). */
    @Override
    public Optional<Instant> released(PackageName pkg, String version) {
        if (pkg.name().equals("stdlib") || isPrivate(pkg.name())) return Optional.empty();
        String path = escape(pkg.name()) + "/@v/" + escape(version) + ".info";
        Optional<String> info = cache.getOrFetch(
                        "go-info",
                        goproxy + " " + path,
                        true,
                        offline,
                        () -> fetch(path).map(f -> f.body().lines().toList()))
                .map(l -> String.join("\n", l));
        if (info.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(info.get())
                    .path("Time")
                    .asText()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean parses(String v) {
        try {
            Ecosystem.GO.versionScheme().parse(v);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    private record Fetched(String proxy, String body) {}

    /** GETs {@code path} from the proxies in GOPROXY order, moving on as the go command does. */
    private Optional<Fetched> fetch(String path) {
        for (Proxy p : proxies()) {
            if (p.url().equals("off") || p.url().equals("direct")) break; // no VCS access from here
            try {
                HttpFetcher.Answer a = http.get(URI.create(p.url().replaceAll("/+$", "") + "/" + path), "text/plain");
                if (a.status() == 200 && a.body().isPresent())
                    return Optional.of(new Fetched(p.url(), a.body().get()));
                if (!(a.status() == 404 || a.status() == 410) && !p.fallThroughOnAnyError()) break;
            } catch (IOException | IllegalArgumentException e) {
                if (!p.fallThroughOnAnyError()) break;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> unreachable() {
        return http.unreachable();
    }

    /** Where lists come from: the proxies of GOPROXY, in the order the go command asks them (no per-call state). */
    @Override
    public String describe() {
        List<String> urls = proxies().stream().map(Proxy::url).toList();
        return urls.isEmpty()
                ? "the Go module proxy (GOPROXY lists none)"
                : "the Go module proxy " + String.join(", then ", urls);
    }

    private record Proxy(String url, boolean fallThroughOnAnyError) {}

    private List<Proxy> proxies() {
        List<Proxy> out = new ArrayList<>();
        int i = 0;
        while (i < goproxy.length()) {
            int comma = goproxy.indexOf(',', i);
            int pipe = goproxy.indexOf('|', i);
            int end = comma < 0 ? pipe : pipe < 0 ? comma : Math.min(comma, pipe);
            String url = (end < 0 ? goproxy.substring(i) : goproxy.substring(i, end)).strip();
            boolean anyError = end >= 0 && goproxy.charAt(end) == '|';
            if (!url.isEmpty()) out.add(new Proxy(url, anyError));
            if (end < 0) break;
            i = end + 1;
        }
        return out;
    }

    /** GOPRIVATE-style globs match a module path or any of its prefixes, element by element. */
    boolean isPrivate(String module) {
        String[] elements = module.split("/");
        for (String pattern : noProxy) {
            int n = pattern.split("/").length;
            if (n > elements.length) continue;
            String prefix = String.join("/", Arrays.copyOf(elements, n));
            if (FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(prefix))) return true;
        }
        return false;
    }

    /** The proxy protocol's case encoding: each upper-case letter becomes '!' and the lower-case letter. */
    static String escape(String module) {
        StringBuilder sb = new StringBuilder();
        for (char c : module.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append('!').append(Character.toLowerCase(c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
