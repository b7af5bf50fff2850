package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A POM's {@code <repository>} with every shape of policy Maven accepts, resolved from a file repository whose
 * {@code lib-c} POM has a wrong checksum (so the checksum policy decides) and whose {@code lib-a} POM has a right one.
 * Maven fills what a policy leaves out (enabled, update policy daily, checksum policy warn): a policy block without a
 * checksum policy once made the scan fail with an internal error. Expectations checked against Maven 3.8.7 on the same
 * shapes ({@code mvn dependency:tree}): only {@code fail} with a wrong checksum stops the build.
 */
class RepositoryPolicyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no policy            | ''                                                                        | resolves",
                "enabled only         | <releases><enabled>true</enabled></releases>                              | resolves",
                "update policy only   | <releases><updatePolicy>always</updatePolicy></releases>                  | resolves",
                "snapshots block only | <snapshots><enabled>false</enabled></snapshots>                           | resolves",
                "checksum ignore      | <releases><checksumPolicy>ignore</checksumPolicy></releases>              | resolves",
                "checksum warn        | <releases><checksumPolicy>warn</checksumPolicy></releases>                | resolves",
                "checksum fail        | <releases><checksumPolicy>fail</checksumPolicy></releases>                | fails",
                "property in policy   | <releases><checksumPolicy>${repo.checksums}</checksumPolicy></releases>   | fails",
            })
    void resolvesAsMavenDoes(String shape, String policy, String outcome) throws Exception {
        Path repo = repository();
        Path project = project(repo.toUri().toString(), policy);
        ScanRequest request = ScanRequest.of(project).withMaven(options());
        if (outcome.equals("resolves")) {
            List<GraphNode> nodes =
                    new ScanEngine().scan(request).graphs().get(0).nodes();
            assertEquals(
                    List.of("org.fixture:lib-a:1.0", "org.fixture:lib-c:1.0"),
                    nodes.stream()
                            .map(n -> n.pkg().name() + ":" + n.version())
                            .sorted()
                            .toList(),
                    shape);
        } else {
            ResolutionException e =
                    assertThrows(ResolutionException.class, () -> new ScanEngine().scan(request), shape);
            assertTrue(e.getMessage().contains("org.fixture:lib-c:pom:1.0"), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("checksum"), e.getMessage());
        }
    }

    /** lib-a (right checksum) depends on lib-c (wrong checksum). */
    private Path repository() throws Exception {
        Path repo = tmp.resolve("repo");
        for (String lib : List.of("lib-a", "lib-c")) {
            String rel = "org/fixture/" + lib + "/1.0/" + lib + "-1.0.pom";
            Path target = repo.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(Fixtures.resource("fixture-repo/" + rel), target);
            String sha1 =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(target)));
            Files.writeString(
                    target.resolveSibling(target.getFileName() + ".sha1"), lib.equals("lib-c") ? "0".repeat(40) : sha1);
        }
        return repo;
    }

    /** A host that cannot exist (RFC 2606) is named as an unknown host, not as an artifact that is "not found". */
    @org.junit.jupiter.api.Test
    void anUnknownHostIsNamedAsSuch() throws Exception {
        Path project = project("https://repo.example.invalid/maven2", "");
        ResolutionException e = assertThrows(
                ResolutionException.class,
                () -> new ScanEngine().scan(ScanRequest.of(project).withMaven(options())));
        assertTrue(e.getMessage().contains("declared: unknown host repo.example.invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("central: not found"), e.getMessage());
    }

    private Path project(String repo, String policy) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>policy</artifactId>
                  <version>1</version>
                  <properties><repo.checksums>fail</repo.checksums></properties>
                  <repositories>
                    <repository>
                      <id>declared</id>
                      <url>%s</url>
                      %s
                    </repository>
                  </repositories>
                  <dependencies>
                    <dependency><groupId>org.fixture</groupId><artifactId>lib-a</artifactId><version>1.0</version></dependency>
                  </dependencies>
                </project>
                """.formatted(repo, policy));
        return dir;
    }

    /** Central is mirrored to an empty folder, so the declared repository is the only one that has anything. */
    private MavenOptions options() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-central"));
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>no-central</id><mirrorOf>central</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(tmp.resolve("local-repo"), empty.toUri()));
        return new MavenOptions(Optional.of(settings), Optional.empty(), false, Map.of(), List.of(), List.of(), tmp);
    }
}
