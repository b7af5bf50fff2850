package dev.upgraderisk.scanner;

import dev.upgraderisk.scanner.maven.MavenOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test fixtures: a file repository of POMs written for these tests (every repository is mirrored to it), a fresh
 * local repository per test, and the scenario projects under {@code src/test/resources/projects}.
 */
public final class Fixtures {
    private Fixtures() {}

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public static Path project(String name) {
        return resource("projects/" + name);
    }

    public static Path knowledgeBase(String name) {
        return resource("kb/" + name);
    }

    /** A settings.xml that mirrors every repository to the fixture repository and uses a local repo under tmp. */
    public static Path settings(Path tmp) throws IOException {
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>fixture</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(
                        tmp.resolve("local-repo"), resource("fixture-repo").toUri()));
        return settings;
    }

    public static MavenOptions maven(Path tmp) throws IOException {
        return new MavenOptions(
                Optional.of(settings(tmp)), Optional.empty(), false, Map.of(), List.of(), List.of(), tmp);
    }
}
