package dev.upgraderisk.scanner.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Version lists fetched from registries, kept on disk under {@code CACHE/versions/<registry kind>/} for a day, so
 * repeated scans do not ask again and offline scans can still use what was fetched before.
 */
public final class VersionListCache {
    private static final Duration FRESH = Duration.ofHours(24);

    private final Path folder;

    public VersionListCache(Path folder) {
        this.folder = folder;
    }

    /** The default place: {@code $XDG_CACHE_HOME/upgrade-risk/versions}, else {@code ~/.cache/upgrade-risk/versions}. */
    public static VersionListCache defaultCache(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new VersionListCache(base.resolve("upgrade-risk").resolve("versions"));
    }

    /** The cached list for {@code key}, if fresh (or at any age when {@code anyAge}, as offline scans accept). */
    public Optional<List<String>> get(String kind, String key, boolean anyAge) {
        Path file = file(kind, key);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            if (!anyAge
                    && Files.getLastModifiedTime(file)
                            .toInstant()
                            .isBefore(Instant.now().minus(FRESH))) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank())
                    .toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The one way registry clients read: the cached lines when fresh (any age when {@code anyAge}); else, unless
     * {@code offline}, what {@code fetch} brings, which is then kept.
     */
    public Optional<List<String>> getOrFetch(
            String kind, String key, boolean anyAge, boolean offline, Supplier<Optional<List<String>>> fetch) {
        Optional<List<String>> cached = get(kind, key, anyAge);
        if (cached.isPresent() || offline) return cached;
        Optional<List<String>> fetched = fetch.get();
        fetched.ifPresent(lines -> put(kind, key, lines));
        return fetched;
    }

    public void put(String kind, String key, List<String> versions) {
        Path file = file(kind, key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp", "");
            Files.write(tmp, versions, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs a request next time
        }
    }

    private Path file(String kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(kind).resolve(HexFormat.of().formatHex(digest).substring(0, 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
