package dev.upgraderisk.scanner.advice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A registry on loopback that answers fixed paths with recorded bodies (and 404 for anything else), and remembers
 * what it was asked. Stands in for the Go module proxy and the npm registry in tests; no internet.
 */
public final class LoopbackRegistry implements AutoCloseable {
    private final HttpServer server;
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackRegistry(Map<String, String> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(path);
            String body = answers.get(path);
            byte[] bytes =
                    body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
