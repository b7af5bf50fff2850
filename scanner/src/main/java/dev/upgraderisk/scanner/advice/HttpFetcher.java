package dev.upgraderisk.scanner.advice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Small HTTP GETs with timeouts and a size limit, for registry metadata. */
final class HttpFetcher {
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The answer of a GET: its status and body (empty when the body was over the limit). */
    record Answer(int status, Optional<String> body) {
    }

    Answer get(URI uri, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).header("Accept", accept)
                .header("User-Agent", "upgrade-risk").GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length > MAX_BYTES ? Optional.empty()
                    : Optional.of(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
