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
    private MavenConfigFile() {
    }

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
            args = List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+"));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
        Map<String, String> props = new LinkedHashMap<>();
        List<String> active = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        Optional<Path> settings = Optional.empty();
        boolean offline = false;
        boolean strict = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.isEmpty()) continue;
            if (a.startsWith("-D")) {
                String kv = a.length() > 2 ? a.substring(2) : (i + 1 < args.size() ? args.get(++i) : "");
                int eq = kv.indexOf('=');
                if (!kv.isEmpty()) props.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "true" : kv.substring(eq + 1));
            } else if (a.startsWith("-P") || a.equals("--activate-profiles")) {
                String list = a.startsWith("-P") && a.length() > 2 ? a.substring(2) : (i + 1 < args.size() ? args.get(++i) : "");
                for (String p : list.split(",")) {
                    String id = p.strip();
                    if (id.startsWith("!") || id.startsWith("-")) inactive.add(id.substring(1));
                    else if (id.startsWith("+")) active.add(id.substring(1));
                    else if (!id.isEmpty()) active.add(id);
                }
            } else if ((a.equals("-s") || a.equals("--settings")) && i + 1 < args.size()) {
                settings = Optional.of(file.getParent().getParent().resolve(args.get(++i)));
            } else if (a.equals("-o") || a.equals("--offline")) {
                offline = true;
            } else if (a.equals("-C") || a.equals("--strict-checksums")) {
                strict = true;
            }
            // other options (-T, -B, --fail-at-end, ...) do not change the dependency graph
        }
        props.putAll(cli.userProperties()); // the command line wins
        active.addAll(cli.activeProfiles());
        inactive.addAll(cli.inactiveProfiles());
        return new MavenOptions(cli.settingsFile().isPresent() ? cli.settingsFile() : settings, cli.localRepository(),
                cli.offline() || offline, props, active, inactive, cli.userHome(), cli.progress(),
                cli.strictChecksums() || strict);
    }
}
