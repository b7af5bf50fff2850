package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.report.JsonReportWriter;
import dev.upgraderisk.scanner.report.TextReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loopback mirror that fails the way real repositories fail: server errors, dropped connections, a server that
 * never answers, a POM cut short, a wrong checksum. The fault applies to one artifact ({@code lib-c}, reached
 * transitively), so each test also shows which artifact the message names.
 */
class RepositoryFaultTest {
    private static final String FAULTY = "/org/fixture/lib-c/";

    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger faultyRequests = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    interface Fault {
        void answer(HttpExchange exchange, byte[] body, String path) throws IOException;
    }

    private String start(Fault fault) throws IOException {
        Path repo = Fixtures.resource("fixture-repo");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = repo.resolve(path.substring(1)).normalize();
            boolean sha1 = path.endsWith(".sha1");
            if (sha1) { // the fixture has no checksum files: the checksum of the file itself
                file = repo.resolve(path.substring(1, path.length() - ".sha1".length()))
                        .normalize();
            }
            byte[] body = file.startsWith(repo) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            if (sha1 && body != null && !path.startsWith(FAULTY)) body = sha1Of(body);
            if (path.startsWith(FAULTY) && body != null) {
                faultyRequests.incrementAndGet();
                fault.answer(exchange, body, path);
            } else if (body != null) {
                send(exchange, 200, body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/";
    }

    private static byte[] sha1Of(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(content))
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private ScanResult scan(String url, Map<String, String> properties) throws Exception {
        return scan(url, properties, false);
    }

    private ScanResult scan(String url, Map<String, String> properties, boolean strict) throws Exception {
        Path settings = Files.writeString(tmp.resolve("settings.xml"), """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors><mirror><id>flaky</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(tmp.resolve("local"), url));
        MavenOptions options = new MavenOptions(
                        Optional.of(settings), Optional.empty(), false, properties, List.of(), List.of(), tmp)
                .withStrictChecksums(strict);
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project("nearest-wins"))
                        .withMaven(options)
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
    }

    private ResolutionException failure(String url, Map<String, String> properties) {
        ScanException e = assertThrows(ScanException.class, () -> scan(url, properties));
        assertTrue(e instanceof ResolutionException, "a repository fault is a resolution failure (exit 3): " + e);
        assertTrue(e.getMessage().contains("lib-c"), "names the artifact: " + e.getMessage());
        assertTrue(e.getMessage().contains("flaky (http://"), "names the repository: " + e.getMessage());
        return (ResolutionException) e;
    }

    @Test
    void aServerErrorFailsNamingTheArtifactAndTheRepository() throws Exception {
        String url = start((exchange, body, path) -> exchange.sendResponseHeaders(500, -1));
        ResolutionException e = failure(url, Map.of());
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void anUnavailableServerIsRetriedBeforeItFails() throws Exception {
        String url = start((exchange, body, path) -> exchange.sendResponseHeaders(503, -1));
        failure(
                url,
                Map.of(
                        "aether.transport.http.retryHandler.count",
                        "2",
                        "aether.transport.http.retryHandler.interval",
                        "10"));
        assertTrue(faultyRequests.get() >= 3, "one request and two retries, saw " + faultyRequests.get());
    }

    @Test
    void aDroppedConnectionFails() throws Exception {
        // no status line at all: the server closes the connection when the handler returns
        String url = start((exchange, body, path) -> {});
        failure(url, Map.of("aether.transport.http.retryHandler.count", "0"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        String url = start((exchange, body, path) -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        failure(
                url,
                Map.of("aether.transport.http.requestTimeout", "300", "aether.transport.http.retryHandler.count", "0"));
    }

    @Test
    void aTruncatedPomLeavesTheGraphMarkedIncompleteNamingIt() throws Exception {
        // Maven goes on without the dependencies of a POM it cannot read (with a warning); so do we, but the graph
        // and every report then say they are incomplete.
        String url = start((exchange, body, path) ->
                send(exchange, 200, path.endsWith(".pom") ? Arrays.copyOf(body, body.length / 2) : body));
        ScanResult result = scan(url, Map.of());
        DependencyGraph graph = result.graphs().get(0);
        assertFalse(result.complete());
        assertFalse(graph.complete());
        assertTrue(
                graph.gaps().stream().anyMatch(n -> n.contains("org.fixture:lib-c:") && n.contains("lib-c-1.0.pom")),
                graph.notes().toString());
        StringWriter text = new StringWriter();
        new TextReportWriter().write(result, text);
        assertTrue(text.toString().contains("INCOMPLETE"), text.toString());
        StringWriter json = new StringWriter();
        new JsonReportWriter().write(result, json);
        assertTrue(
                json.toString().contains("\"complete\" : false")
                        || json.toString().contains("\"complete\":false"),
                json.toString());
    }

    @Test
    void aCompleteGraphSaysSo() throws Exception {
        String url = start((exchange, body, path) -> send(exchange, 200, body));
        ScanResult result = scan(url, Map.of());
        assertTrue(result.complete(), result.graphs().get(0).notes().toString());
    }

    @Test
    void aWrongChecksumWarnsAndResolvesAsMavenDoesByDefault() throws Exception {
        // Maven's default checksum policy is "warn": the artifact is used and a warning logged.
        String url = start((exchange, body, path) -> send(
                exchange, 200, path.endsWith(".sha1") ? "0000000000000000000000000000000000000000".getBytes() : body));
        ScanResult result = scan(url, Map.of());
        assertEquals(4, result.graphs().get(0).nodes().size(), result.graphs().toString());
        assertTrue(faultyRequests.get() > 0, "lib-c's checksum was fetched");
    }

    @Test
    void aWrongChecksumFailsWithStrictChecksumsNamingTheArtifactAndTheRepository() throws Exception {
        String url = start((exchange, body, path) -> send(
                exchange, 200, path.endsWith(".sha1") ? "0000000000000000000000000000000000000000".getBytes() : body));
        ScanException e = assertThrows(ScanException.class, () -> scan(url, Map.of(), true));
        assertTrue(e instanceof ResolutionException, "exit 3: " + e);
        assertTrue(e.getMessage().contains("lib-c"), e.getMessage());
        assertTrue(e.getMessage().contains("flaky (http://"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("checksum"), e.getMessage());
    }
}
