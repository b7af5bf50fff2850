package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;

/**
 * One module of a reactor: its pom file, that file's path relative to the scanned root ({@code gson/pom.xml}), its
 * effective model (parents merged, BOMs imported, properties interpolated, profiles applied, build extensions
 * applied) and what reading it noted for the report (an extension applied, say).
 */
public record MavenModule(Path pomFile, String manifestPath, Model effectiveModel, List<String> notes) {
    public MavenModule {
        notes = List.copyOf(notes);
    }

    public MavenModule(Path pomFile, String manifestPath, Model effectiveModel) {
        this(pomFile, manifestPath, effectiveModel, List.of());
    }

    public String coordinates() {
        return effectiveModel.getGroupId() + ":" + effectiveModel.getArtifactId() + ":" + effectiveModel.getVersion();
    }
}
