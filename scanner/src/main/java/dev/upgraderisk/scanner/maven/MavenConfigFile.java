package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .mvn/maven.config}: the options a project gives every Maven run (often {@code -Drevision=...} for CI-friendly
 * versions, or {@code -P}). Read as Maven 3.9 reads it: from the multi-module project directory (the nearest folder
 * at or above the root pom that holds {@code .mvn}), split on whitespace. Options given on the command line win.
 */
public final class MavenConfigFile {
    private MavenConfigFile() {}

    /** The folder Maven calls {@code maven.multiModuleProjectDirectory} for a reactor rooted in {@code pomDir}. */
    public static Path multiModuleProjectDirectory(Path pomDir) {
        for (Path d = pomDir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve(".mvn"))) return d;
        }
        return pomDir.toAbsolutePath().normalize();
    }

    /** The options with the project's maven.config applied underneath them. */
    public static MavenOptions apply(MavenOptions cli, Path pomDir) throws InputException {
        Path file = multiModuleProjectDirectory(pomDir).resolve(".mvn/maven.config");
        if (!Files.isRegularFile(file)) return cli;
        List<String> args;
        try {
            args = List.of(
                    Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+"));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
        // relative paths in maven.config are relative to the multi-module project directory
        MavenArguments.Parsed parsed =
                MavenArguments.parse(args, file.getParent().getParent());
        Map<String, String> props = new LinkedHashMap<>(parsed.properties());
        List<String> active = new ArrayList<>(parsed.profiles().active());
        List<String> inactive = new ArrayList<>(parsed.profiles().inactive());
        Optional<Path> settings = parsed.settings();
        boolean offline = parsed.offline();
        boolean strict = parsed.strictChecksums();
        props.putAll(cli.userProperties()); // the command line wins
        active.addAll(cli.activeProfiles());
        inactive.addAll(cli.inactiveProfiles());
        return new MavenOptions(
                cli.settingsFile().isPresent() ? cli.settingsFile() : settings,
                cli.localRepository(),
                cli.offline() || offline,
                props,
                active,
                inactive,
                cli.userHome(),
                cli.progress(),
                cli.strictChecksums() || strict,
                cli.descriptorCache());
    }
}
