package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to resolve Maven projects, as on Maven's own command line: {@code --settings}, {@code -o}, {@code -Dk=v},
 * {@code -P a,!b}. {@code userHome} is where {@code .m2/settings.xml} and {@code .m2/repository} are looked for.
 */
public record MavenOptions(
        Optional<Path> settingsFile,
        Optional<Path> localRepository,
        boolean offline,
        Map<String, String> userProperties,
        List<String> activeProfiles,
        List<String> inactiveProfiles,
        Path userHome,
        ResolutionProgress progress,
        boolean strictChecksums,
        boolean descriptorCache) {
    public MavenOptions {
        userProperties = Map.copyOf(userProperties);
        activeProfiles = List.copyOf(activeProfiles);
        inactiveProfiles = List.copyOf(inactiveProfiles);
        Objects.requireNonNull(progress, "progress");
    }

    public MavenOptions(
            Optional<Path> settingsFile,
            Optional<Path> localRepository,
            boolean offline,
            Map<String, String> userProperties,
            List<String> activeProfiles,
            List<String> inactiveProfiles,
            Path userHome) {
        this(
                settingsFile,
                localRepository,
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                ResolutionProgress.NONE,
                false,
                true);
    }

    /** Tells {@code progress} of every artifact resolved while the graphs are built. */
    public MavenOptions withProgress(ResolutionProgress progress) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }

    /** As {@code mvn -C}: a wrong checksum fails the download instead of warning. */
    public MavenOptions withStrictChecksums(boolean strict) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strict,
                descriptorCache);
    }

    /**
     * Whether the artifact descriptors of released dependencies are kept in the persistent cache beside the local
     * repository (on by default; {@code --no-cache} turns it off).
     */
    public MavenOptions withDescriptorCache(boolean cache) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                cache);
    }

    public static MavenOptions defaults() {
        return new MavenOptions(
                Optional.empty(),
                Optional.empty(),
                false,
                Map.of(),
                List.of(),
                List.of(),
                Path.of(System.getProperty("user.home")),
                ResolutionProgress.NONE,
                false,
                true);
    }

    public MavenOptions withLocalRepository(Path repo) {
        return new MavenOptions(
                settingsFile,
                Optional.of(repo),
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }

    public MavenOptions withSettings(Path settings) {
        return new MavenOptions(
                Optional.of(settings),
                localRepository,
                offline,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }

    public MavenOptions withOffline(boolean off) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                off,
                userProperties,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }

    public MavenOptions withUserProperties(Map<String, String> props) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                offline,
                props,
                activeProfiles,
                inactiveProfiles,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }

    public MavenOptions withProfiles(List<String> active, List<String> inactive) {
        return new MavenOptions(
                settingsFile,
                localRepository,
                offline,
                userProperties,
                active,
                inactive,
                userHome,
                progress,
                strictChecksums,
                descriptorCache);
    }
}
