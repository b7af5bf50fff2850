package dev.upgraderisk.scanner.manifest;

import dev.upgraderisk.kb.Ecosystem;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The manifest formats the scanner reads, recognised by file name. */
public enum ManifestKind {
    MAVEN_POM(Ecosystem.MAVEN, "pom.xml"),
    GO_MOD(Ecosystem.GO, "go.mod"),
    NPM_LOCK(Ecosystem.NPM, "package-lock.json"),
    NPM_SHRINKWRAP(Ecosystem.NPM, "npm-shrinkwrap.json"),
    GRADLE_LOCKFILE(Ecosystem.MAVEN, "gradle.lockfile"),
    GRADLE_VERIFICATION_METADATA(Ecosystem.MAVEN, "verification-metadata.xml");

    private final Ecosystem ecosystem;
    private final String fileName;

    ManifestKind(Ecosystem ecosystem, String fileName) {
        this.ecosystem = ecosystem;
        this.fileName = fileName;
    }

    public Ecosystem ecosystem() {
        return ecosystem;
    }

    /**
     * The largest file of this kind that is read: far above any real manifest (a large monorepo's npm lockfile is
     * tens of MiB; a POM is rarely over 100 KiB), so that a runaway or hostile file is refused before it is read.
     */
    public long maxBytes() {
        return switch (this) {
            case NPM_LOCK, NPM_SHRINKWRAP -> 256L << 20;
            case GO_MOD, GRADLE_LOCKFILE, GRADLE_VERIFICATION_METADATA -> 64L << 20;
            case MAVEN_POM -> 16L << 20;
        };
    }

    public String fileName() {
        return fileName;
    }

    /** The kind of the file at {@code path}, by its name (verification metadata only inside a gradle folder). */
    public static Optional<ManifestKind> of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.equals(GRADLE_VERIFICATION_METADATA.fileName)) {
            Path parent = path.toAbsolutePath().getParent();
            return parent != null
                            && parent.getFileName() != null
                            && parent.getFileName().toString().equals("gradle")
                    ? Optional.of(GRADLE_VERIFICATION_METADATA)
                    : Optional.empty();
        }
        if (name.equals("buildscript-gradle.lockfile") || name.equals("settings-gradle.lockfile")) {
            return Optional.of(GRADLE_LOCKFILE);
        }
        if (name.endsWith(".lockfile") && !name.equals(GRADLE_LOCKFILE.fileName)) {
            Path parent = path.toAbsolutePath().getParent();
            boolean legacy = parent != null
                    && parent.getFileName() != null
                    && parent.getFileName().toString().equals("dependency-locks");
            return legacy ? Optional.of(GRADLE_LOCKFILE) : Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** The names users can give to --manifest, for messages. */
    public static String supported() {
        return "pom.xml, go.mod, package-lock.json, npm-shrinkwrap.json, gradle.lockfile, gradle/verification-metadata.xml";
    }
}
