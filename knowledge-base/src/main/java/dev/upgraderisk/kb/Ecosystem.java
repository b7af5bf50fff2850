package dev.upgraderisk.kb;

import dev.upgraderisk.kb.version.GoVersionScheme;
import dev.upgraderisk.kb.version.MavenVersionScheme;
import dev.upgraderisk.kb.version.SemverVersionScheme;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.Arrays;
import java.util.Optional;

/** A package ecosystem, named as the OSV schema names it. */
public enum Ecosystem {
    MAVEN("Maven", "maven", new MavenVersionScheme()),
    GO("Go", "go", new GoVersionScheme()),
    NPM("npm", "npm", new SemverVersionScheme());

    private final String osvName;
    private final String folder;
    private final VersionScheme versionScheme;

    Ecosystem(String osvName, String folder, VersionScheme versionScheme) {
        this.osvName = osvName;
        this.folder = folder;
        this.versionScheme = versionScheme;
    }

    /** The name used in OSV documents and in reports ({@code Maven}, {@code Go}, {@code npm}). */
    public String osvName() {
        return osvName;
    }

    /** The folder under {@code knowledge-base/entries/} that holds this ecosystem's entries. */
    public String folder() {
        return folder;
    }

    public VersionScheme versionScheme() {
        return versionScheme;
    }

    /** Parses an OSV ecosystem name; case-insensitive, so {@code maven} and {@code Maven} both work. */
    public static Optional<Ecosystem> fromOsvName(String name) {
        return Arrays.stream(values())
                .filter(e -> e.osvName.equalsIgnoreCase(name))
                .findFirst();
    }

    @Override
    public String toString() {
        return osvName;
    }
}
