package dev.upgraderisk.scanner.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Small HTTP GETs with timeouts and a size limit (read as a stream, never buffered past it), for registry metadata. */
final class HttpFetcher {
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * One client for the run, built on the first request: building it sets up TLS (hundreds of classes and the
     * trust store), which an offline scan, or one that finds everything in the cache, never needs.
     */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The answer of a GET: its status and body (empty when the body was over the limit). */
    record Answer(int status, Optional<String> body) {}

    /** Hosts that failed to answer this many times in a row are not asked again in this run. */
    static final int GIVE_UP_AFTER = 3;

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    /** The hosts whose last answer in this run was none: they refused, timed out or could not be found. */
    List<String> unreachable() {
        return failures.entrySet().stream()
                .filter(e -> e.getValue().get() > 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    Answer get(URI uri, String accept) throws IOException {
        String host = String.valueOf(uri.getAuthority());
        var failed = failures.computeIfAbsent(host, h -> new AtomicInteger());
        if (failed.get() >= GIVE_UP_AFTER) throw new IOException(host + " did not answer earlier in this run");
        try {
            Answer a = send(uri, accept);
            failed.set(0);
            return a;
        } catch (IOException e) {
            failed.incrementAndGet();
            throw e;
        }
    }

    private Answer send(URI uri, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", accept)
                .header("User-Agent", "upgrade-risk")
                .GET()
                .build();
        try {
            // read as it arrives and stop one byte past the limit: an oversized answer is never held whole
            HttpResponse<InputStream> response =
                    Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) MAX_BYTES + 1);
            }
            return new Answer(
                    response.statusCode(),
                    body.length > MAX_BYTES ? Optional.empty() : Optional.of(new String(body, StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
