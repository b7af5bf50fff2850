package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import org.apache.maven.model.Model;

/**
 * One module of a reactor: its pom file, its folder relative to the reactor root ({@code .} for the root), and its
 * effective model (parents merged, BOMs imported, properties interpolated, profiles applied).
 */
public record MavenModule(Path pomFile, String relativeDir, Model effectiveModel) {
    public String coordinates() {
        return effectiveModel.getGroupId() + ":" + effectiveModel.getArtifactId() + ":" + effectiveModel.getVersion();
    }

    /** The pom file relative to the scanned root, with forward slashes ({@code gson/pom.xml}). */
    public String manifestPath() {
        return relativeDir.equals(".") ? "pom.xml" : relativeDir + "/pom.xml";
    }
}
