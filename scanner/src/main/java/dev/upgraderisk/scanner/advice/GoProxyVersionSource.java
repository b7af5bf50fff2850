package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private String lastSource = "the Go module proxy";

    public GoProxyVersionSource(Map<String, String> env, boolean offline, VersionListCache cache) {
        this.goproxy = env.getOrDefault("GOPROXY", "").isBlank() ? "https://proxy.golang.org,direct" : env.get("GOPROXY");
        String patterns = env.getOrDefault("GONOPROXY", "").isBlank() ? env.getOrDefault("GOPRIVATE", "")
                : env.get("GONOPROXY");
        this.noProxy = Arrays.stream(patterns.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.offline = offline;
        this.cache = cache;
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        String module = pkg.name();
        if (module.equals("stdlib") || isPrivate(module)) return List.of();
        Optional<List<String>> cached = cache.get("go", goproxy + " " + module, offline);
        if (cached.isPresent() || offline) return cached.orElse(List.of());
        for (Proxy p : proxies()) {
            if (p.url().equals("off") || p.url().equals("direct")) break; // no VCS access from here
            try {
                HttpFetcher.Answer a = http.get(URI.create(p.url().replaceAll("/+$", "") + "/" + escape(module)
                        + "/@v/list"), "text/plain");
                if (a.status() == 200 && a.body().isPresent()) {
                    List<String> versions = a.body().get().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                    cache.put("go", goproxy + " " + module, versions);
                    lastSource = "the Go module proxy " + p.url();
                    return versions;
                }
                if (!(a.status() == 404 || a.status() == 410) && !p.fallThroughOnAnyError()) break;
            } catch (IOException | IllegalArgumentException e) {
                if (!p.fallThroughOnAnyError()) break;
            }
        }
        return List.of();
    }

    @Override
    public String describe() {
        return lastSource;
    }

    private record Proxy(String url, boolean fallThroughOnAnyError) {
    }

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
