package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import org.apache.maven.model.Model;

/**
 * One module of a reactor: its pom file, that file's path relative to the scanned root ({@code gson/pom.xml}), and
 * its effective model (parents merged, BOMs imported, properties interpolated, profiles applied).
 */
public record MavenModule(Path pomFile, String manifestPath, Model effectiveModel) {
    public String coordinates() {
        return effectiveModel.getGroupId() + ":" + effectiveModel.getArtifactId() + ":" + effectiveModel.getVersion();
    }
}
