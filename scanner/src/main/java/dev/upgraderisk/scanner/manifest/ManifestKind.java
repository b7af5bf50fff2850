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
    GRADLE_VERIFICATION_METADATA(Ecosystem.MAVEN, "verification-metadata.xml"),
    /** A CycloneDX JSON SBOM: {@code bom.json} or {@code *.cdx.json} (it can hold several ecosystems). */
    CYCLONEDX_JSON(null, "bom.json"),
    /** A CycloneDX XML SBOM: {@code bom.xml} or {@code *.cdx.xml}. */
    CYCLONEDX_XML(null, "bom.xml"),
    /** An SPDX 2.3 JSON SBOM: {@code *.spdx.json}. */
    SPDX_JSON(null, "*.spdx.json");

    private final Ecosystem ecosystem;
    private final String fileName;

    ManifestKind(Ecosystem ecosystem, String fileName) {
        this.ecosystem = ecosystem;
        this.fileName = fileName;
    }

    /** The ecosystem of every package in manifests of this kind; empty for an SBOM, which can mix them. */
    public Optional<Ecosystem> ecosystem() {
        return Optional.ofNullable(ecosystem);
    }

    /** Whether this kind is a software bill of materials (read by the SBOM reader, not a lockfile reader). */
    public boolean isSbom() {
        return this == CYCLONEDX_JSON || this == CYCLONEDX_XML || this == SPDX_JSON;
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
            case CYCLONEDX_JSON, CYCLONEDX_XML, SPDX_JSON -> 128L << 20;
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
        if (name.endsWith(".cdx.json")) return Optional.of(CYCLONEDX_JSON);
        if (name.endsWith(".cdx.xml")) return Optional.of(CYCLONEDX_XML);
        if (name.endsWith(".spdx.json")) return Optional.of(SPDX_JSON);
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** The names users can give to --manifest, for messages. */
    public static String supported() {
        return "pom.xml, go.mod, package-lock.json, npm-shrinkwrap.json, gradle.lockfile, gradle/verification-metadata.xml, "
                + "bom.json, bom.xml, *.cdx.json, *.cdx.xml, *.spdx.json";
    }
}
