package dev.upgraderisk.scanner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** For online tests: whether a resolution failure is real or only means that Maven Central is out of reach. */
public final class MavenCentral {
    private MavenCentral() {}

    /** Whether Maven Central answers at all (any HTTP status), asked directly rather than through the scanner. */
    public static boolean answers() {
        try {
            var client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            var request = HttpRequest.newBuilder(URI.create("https://repo.maven.apache.org/maven2/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(10))
                    .build();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
