package dev.upgraderisk.kb;

import dev.upgraderisk.kb.version.GoVersionScheme;
import dev.upgraderisk.kb.version.MavenVersionScheme;
import dev.upgraderisk.kb.version.SemverVersionScheme;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** A package ecosystem, named as the OSV schema names it. */
public enum Ecosystem {
    MAVEN("Maven", "maven", MavenVersionScheme::new),
    GO("Go", "go", GoVersionScheme::new),
    NPM("npm", "npm", SemverVersionScheme::new);

    private final String osvName;
    private final String folder;
    private final Supplier<VersionScheme> newScheme;
    // made on first use: a Go or npm scan then loads nothing of Maven's version scheme
    private volatile VersionScheme versionScheme;

    Ecosystem(String osvName, String folder, Supplier<VersionScheme> newScheme) {
        this.osvName = osvName;
        this.folder = folder;
        this.newScheme = newScheme;
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
        VersionScheme scheme = versionScheme;
        if (scheme == null) {
            synchronized (this) {
                scheme = versionScheme;
                if (scheme == null) versionScheme = scheme = newScheme.get();
            }
        }
        return scheme;
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
