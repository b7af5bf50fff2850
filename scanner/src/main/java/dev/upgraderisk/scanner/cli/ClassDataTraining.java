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
 * temporary folder, in every report format. The archive then holds the classes of every kind of scan, whatever command
 * the user happens to run first. Reads no network and writes nothing outside its temporary folder.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("upgrade-risk-training");
        try {
            Files.writeString(dir.resolve("pom.xml"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>training</groupId>
                      <artifactId>training</artifactId>
                      <version>1.0</version>
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
            Path local = dir.resolve("local-repository");
            for (String format : new String[] {"text", "json", "sarif", "markdown", "html"}) {
                UpgradeRiskCli.run(
                        new String[] {
                            "scan",
                            dir.toString(),
                            "--offline",
                            "--no-progress",
                            "--no-cache",
                            "--format",
                            format,
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
