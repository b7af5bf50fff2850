package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * A repository on loopback that wants HTTP basic authentication, reached through a mirror whose server entry in
 * settings.xml holds an encrypted password (with settings-security.xml), as many company repositories are.
 */
class AuthenticatedRepositoryTest {
    private static final String USER = "deploy";
    private static final String PASSWORD = "MARKER-s3cret-in-settings";

    @TempDir
    Path tmp;

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        Path repo = Fixtures.resource("fixture-repo");
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = repo.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"repo\"");
                exchange.sendResponseHeaders(401, -1);
            } else if (file.startsWith(repo) && Files.isRegularFile(file)) {
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private MavenOptions options(String password) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        String master = "master-of-this-test";
        Files.createDirectories(tmp.resolve(".m2"));
        Files.writeString(
                tmp.resolve(".m2/settings-security.xml"),
                "<settingsSecurity><master>"
                        + cipher.encryptAndDecorate(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                        + "</master></settingsSecurity>");
        String url = "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/";
        Path settings = Files.writeString(tmp.resolve("settings.xml"), """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors><mirror><id>secured</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                  <servers><server><id>secured</id><username>%s</username><password>%s</password></server></servers>
                </settings>
                """.formatted(
                        tmp.resolve("local"), url, USER, cipher.encryptAndDecorate(password, master)));
        return new MavenOptions(Optional.of(settings), Optional.empty(), false, Map.of(), List.of(), List.of(), tmp);
    }

    @Test
    void theEncryptedPasswordIsDecryptedAndUsed() throws Exception {
        var result = new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project("nearest-wins"))
                        .withMaven(options(PASSWORD))
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
        assertEquals(
                4, result.graphs().get(0).nodes().size(), result.graphs().toString()); // lib-a, lib-b, lib-x, lib-c
    }

    @Test
    void aWrongPasswordFailsAsAResolutionFailureWithoutShowingIt() throws Exception {
        ResolutionException e = assertThrows(
                ResolutionException.class,
                () -> new ScanEngine()
                        .scan(ScanRequest.of(Fixtures.project("nearest-wins"))
                                .withMaven(options("not-the-password"))
                                .withKnowledgeBase(Fixtures.knowledgeBase("fixture"))));
        assertTrue(e.getMessage().contains("secured (http://"), e.getMessage());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertFalse(
                e.getMessage().contains("not-the-password") || e.getMessage().contains(PASSWORD), e.getMessage());
    }
}
