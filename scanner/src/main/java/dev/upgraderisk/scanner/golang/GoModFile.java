package dev.upgraderisk.scanner.golang;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.version.InvalidVersionException;
import java.util.List;
import java.util.Optional;

/**
 * A parsed go.mod: the directives that matter for the dependency graph, each with the line it came from.
 * {@code goVersion} is empty when the file has no {@code go} directive (Go then assumes 1.16).
 */
public record GoModFile(
        Optional<String> module,
        Optional<String> goVersion,
        Optional<String> toolchain,
        List<Require> requires,
        List<Replace> replaces,
        List<Exclude> excludes,
        List<Retract> retracts,
        List<String> tools) {
    public GoModFile {
        requires = List.copyOf(requires);
        replaces = List.copyOf(replaces);
        excludes = List.copyOf(excludes);
        retracts = List.copyOf(retracts);
        tools = List.copyOf(tools);
    }

    /** {@code require path version [// indirect]}. */
    public record Require(String path, String version, boolean indirect, int line) {}

    /**
     * {@code replace old [oldVersion] => new [newVersion]}: {@code oldVersion} empty means every version;
     * {@code newVersion} empty means a local folder ({@code ./fork}).
     */
    public record Replace(String oldPath, String oldVersion, String newPath, String newVersion, int line) {
        public boolean isLocal() {
            return newVersion.isEmpty();
        }
    }

    /**
     * {@code retract version} or {@code retract [low, high]} (then {@code low} and {@code high} differ), with the
     * author's rationale: the comment on that line, else the comment lines just above it.
     */
    public record Retract(String low, String high, String rationale, int line) {
        /** True when {@code version} lies in {@code [low, high]}. */
        public boolean covers(String version) {
            var scheme = Ecosystem.GO.versionScheme();
            try {
                var v = scheme.parse(version);
                return v.compareTo(scheme.parse(low)) >= 0 && v.compareTo(scheme.parse(high)) <= 0;
            } catch (InvalidVersionException e) {
                return false;
            }
        }
    }

    /** {@code exclude path version}. */
    public record Exclude(String path, String version, int line) {}
}
