package dev.upgraderisk.scanner.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;

/**
 * One module of a reactor: its pom file, that file's path relative to the scanned root ({@code gson/pom.xml}), its
 * effective model (parents merged, BOMs imported, properties interpolated, profiles applied, build extensions
 * applied), what reading it noted for the report (an extension applied, say), and its lineage: the raw,
 * uninterpolated models of the module and of each parent, child first (a parent read from a file has its
 * {@code pomFile}; one from a repository has none).
 */
public record MavenModule(
        Path pomFile, String manifestPath, Model effectiveModel, List<String> notes, List<Model> lineage) {
    public MavenModule {
        notes = List.copyOf(notes);
        lineage = List.copyOf(lineage);
    }

    public MavenModule(Path pomFile, String manifestPath, Model effectiveModel) {
        this(pomFile, manifestPath, effectiveModel, List.of(), List.of());
    }

    public String coordinates() {
        return effectiveModel.getGroupId() + ":" + effectiveModel.getArtifactId() + ":" + effectiveModel.getVersion();
    }

    /** The same module with the notes of reading the reactor. */
    public MavenModule withNotes(List<String> more) {
        return new MavenModule(pomFile, manifestPath, effectiveModel, more, lineage);
    }
}
