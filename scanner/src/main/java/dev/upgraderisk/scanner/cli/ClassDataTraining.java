package dev.upgraderisk.scanner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run the launchers use to write the class-data-sharing archive (run with
 * {@code -XX:DumpLoadedClassList}, whose list {@code -Xshare:dump} then archives): offline scans of a tiny Maven project, Go module and npm lockfile, written to a
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

    /** Exits 1 when a training scan fails (exit 2 or more): the launchers then keep no archive. */
    public static void main(String[] args) throws IOException {
        if (train().stream().anyMatch(code -> code >= ExitCode.INPUT_ERROR.code())) System.exit(1);
    }

    /** Runs the training scans; their exit codes, in order. */
    static List<Integer> train() throws IOException {
        List<Integer> codes = new ArrayList<>();
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
            Path legacy = Files.createDirectories(dir.resolve("legacy-npm"));
            Files.writeString(legacy.resolve("package-lock.json"), """
                    {"name": "legacy", "version": "1.0.0", "lockfileVersion": 1, "requires": true, "dependencies": {
                      "ws": {"version": "7.4.5", "requires": {"async-limiter": "~1.0.0"}},
                      "async-limiter": {"version": "1.0.1"}}}
                    """);
            Path sbom = Files.createDirectories(dir.resolve("sbom"));
            Files.writeString(sbom.resolve("bom.json"), """
                    {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
                     "metadata": {"component": {"type": "application", "name": "sbom", "bom-ref": "app"}},
                     "components": [{"type": "library", "name": "lodash", "version": "4.17.20",
                       "purl": "pkg:npm/lodash@4.17.20", "bom-ref": "lodash"}],
                     "dependencies": [{"ref": "app", "dependsOn": ["lodash"]}]}
                    """);
            PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
            for (String format : new String[] {"text", "json", "sarif", "markdown", "html"}) {
                codes.add(UpgradeRiskCli.run(
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
                        quiet));
            }
            codes.add(UpgradeRiskCli.run(new String[] {"--version"}, quiet, quiet));
            return codes;
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
