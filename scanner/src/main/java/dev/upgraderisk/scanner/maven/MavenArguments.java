package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mvn options that change a dependency graph, read as mvn reads them, for the two places they come from: the
 * command line's own options and {@code .mvn/maven.config}. {@code -D name[=value]}, {@code -P a,!b,-c,+d,?e},
 * {@code -s FILE}, {@code -o}, {@code -C}; every other mvn option (-T, -B, --fail-at-end, ...) leaves the graph alone.
 */
public final class MavenArguments {
    private MavenArguments() {}

    /** Profiles to activate and to deactivate; {@code ?} (optional) stays on the id. */
    public record Profiles(List<String> active, List<String> inactive) {
        public Profiles {
            active = List.copyOf(active);
            inactive = List.copyOf(inactive);
        }
    }

    /** What a list of mvn arguments asks for; {@code settings} is resolved against {@code base}. */
    public record Parsed(
            Map<String, String> properties,
            Profiles profiles,
            Optional<Path> settings,
            boolean offline,
            boolean strictChecksums) {
        public Parsed {
            properties = Map.copyOf(properties);
        }
    }

    /** {@code -P} values, each a comma-separated list: {@code !x} or {@code -x} deactivates, {@code +x} activates. */
    public static Profiles profiles(List<String> values) {
        List<String> active = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (String value : values) {
            for (String p : value.split(",")) {
                String id = p.strip();
                if (id.startsWith("!") || id.startsWith("-")) inactive.add(id.substring(1));
                else if (id.startsWith("+")) active.add(id.substring(1));
                else if (!id.isEmpty()) active.add(id);
            }
        }
        return new Profiles(active, inactive);
    }

    public static Parsed parse(List<String> args, Path base) {
        Map<String, String> props = new LinkedHashMap<>();
        List<String> profileValues = new ArrayList<>();
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
                profileValues.add(
                        a.startsWith("-P") && a.length() > 2
                                ? a.substring(2)
                                : (i + 1 < args.size() ? args.get(++i) : ""));
            } else if ((a.equals("-s") || a.equals("--settings")) && i + 1 < args.size()) {
                settings = Optional.of(base.resolve(args.get(++i)));
            } else if (a.equals("-o") || a.equals("--offline")) {
                offline = true;
            } else if (a.equals("-C") || a.equals("--strict-checksums")) {
                strict = true;
            }
        }
        return new Parsed(props, profiles(profileValues), settings, offline, strict);
    }
}
