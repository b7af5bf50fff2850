package dev.upgraderisk.scanner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run the launchers use to write the class-data-sharing archive (run with
 * {@code -XX:ArchiveClassesAtExit}): offline scans of a tiny Maven project, Go module and npm lockfile, written to a
 * temporary folder, in every report format. The Maven project imports a BOM and depends on a release the knowledge
 * base knows, through a local repository of a few made-up POMs, so that model building, collection, mediation, the
 * descriptor cache and advice all run. The archive then holds the classes of every kind of scan, whatever command the
 * user happens to run first. Reads no network and writes nothing outside its temporary folder.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {}

    private static void pom(Path local, String group, String artifact, String version, String body) throws IOException {
        Path folder = local.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve(artifact + "-" + version + ".pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                  %s
                </project>
                """.formatted(group, artifact, version, body));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("upgrade-risk-training");
        try {
            Path local = dir.resolve("local-repository");
            pom(local, "training", "bom", "1.0", """
                    <packaging>pom</packaging>
                    <dependencyManagement><dependencies>
                      <dependency><groupId>com.squareup.okio</groupId><artifactId>okio</artifactId>
                        <version>2.4.3</version></dependency>
                    </dependencies></dependencyManagement>""");
            pom(local, "com.squareup.okhttp3", "okhttp", "4.3.0", """
                    <dependencies>
                      <dependency><groupId>com.squareup.okio</groupId><artifactId>okio</artifactId>
                        <version>2.4.1</version></dependency>
                    </dependencies>""");
            pom(local, "com.squareup.okio", "okio", "2.4.1", "");
            pom(local, "com.squareup.okio", "okio", "2.4.3", "");
            Files.writeString(dir.resolve("pom.xml"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>training</groupId>
                      <artifactId>training</artifactId>
                      <version>1.0</version>
                      <dependencyManagement><dependencies>
                        <dependency><groupId>training</groupId><artifactId>bom</artifactId><version>1.0</version>
                          <type>pom</type><scope>import</scope></dependency>
                      </dependencies></dependencyManagement>
                      <dependencies>
                        <dependency><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId>
                          <version>4.3.0</version></dependency>
                      </dependencies>
                    </project>
                    """);
            Files.writeString(
                    dir.resolve("go.mod"),
                    "module example.com/training\n\ngo 1.21\n\n" + "require nhooyr.io/websocket v1.8.7\n");
            Files.writeString(dir.resolve("package-lock.json"), """
                    {"name": "training", "version": "1.0.0", "lockfileVersion": 3, "packages": {
                      "": {"name": "training", "version": "1.0.0", "dependencies": {"ws": "^8.0.0"}},
                      "node_modules/ws": {"version": "8.0.0"}}}
                    """);
            PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
            for (String format : new String[] {"text", "json", "sarif", "markdown", "html"}) {
                UpgradeRiskCli.run(
                        new String[] {
                            "scan",
                            dir.toString(),
                            "--offline",
                            "--no-progress",
                            "--format",
                            format,
                            "--output",
                            dir.resolve("report." + format).toString(),
                            "-Dmaven.repo.local=" + local
                        },
                        quiet,
                        quiet);
            }
            UpgradeRiskCli.run(new String[] {"--version"}, quiet, quiet);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
