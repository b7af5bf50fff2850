package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.advice.BuildChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;

/**
 * Where a module's build decides the version of a package, read from the module's raw (uninterpolated) lineage and
 * its effective model's input locations, and the change that moves it: the project's own {@code <version>}, the
 * property that version or a managed version uses (also one a parent or an imported BOM's import declares, such as
 * Spring Boot's {@code log4j2.version}), the library's own BOM, or else a {@code <dependencyManagement>} pin.
 */
public final class MavenVersionOrigin {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** Whether a BOM manages a package, and at which version (see {@link BomManagement}). */
    public interface Boms {
        Optional<String> managedVersion(String groupId, String artifactId, String version, String managedGa);
    }

    private final MavenModule module;
    private final Path root;
    private final Boms boms;

    /** {@code root}: the scanned folder, which the changes' file names are relative to. */
    public MavenVersionOrigin(MavenModule module, Path root, Boms boms) {
        this.module = module;
        this.root = root;
        this.boms = boms;
    }

    /** The change that moves {@code groupId:artifactId} to {@code target} in this module. */
    public BuildChange change(String ga, String target) {
        String[] parts = ga.split(":", 2);
        Optional<BuildChange> own = declared(ga, target, false).or(() -> declared(ga, target, true));
        if (own.isPresent()) return own.get();
        Optional<BuildChange> viaImport = importedBom(ga, target);
        if (viaImport.isPresent()) return viaImport.get();
        if (!managedByParent(ga)) {
            Optional<BuildChange> bom = libraryBom(parts[0], parts[1], target);
            if (bom.isPresent()) return bom.get();
        }
        return new BuildChange.ManagedPin(parts[0], parts[1], target, file(topLocal()));
    }

    /**
     * A {@code <version>} for the package in a local model of the lineage (its dependencies, or with
     * {@code managed} its dependencyManagement), child first: the literal, or the property it names.
     */
    private Optional<BuildChange> declared(String ga, String target, boolean managed) {
        for (Model raw : module.lineage()) {
            for (Dependency d : dependencies(raw, managed)) {
                if (!ga.equals(d.getGroupId() + ":" + d.getArtifactId()) || d.getVersion() == null) continue;
                String version = d.getVersion().strip();
                Matcher m = PROPERTY.matcher(version);
                if (m.matches()) return property(m.group(1), target);
                // a composed value, or a remote parent's literal: no plain edit (a pin overrides it)
                if (version.contains("${") || raw.getPomFile() == null) return Optional.empty();
                String[] parts = ga.split(":", 2);
                return Optional.of(
                        new BuildChange.SetDependencyVersion(parts[0], parts[1], target, file(raw), line(d)));
            }
        }
        return Optional.empty();
    }

    /**
     * The package is managed by a BOM that the lineage imports with a property for its version (Spring Boot's
     * {@code <version>${log4j2.version}</version>} import of log4j-bom): that property, set to the BOM's release
     * that manages the target version.
     */
    private Optional<BuildChange> importedBom(String ga, String target) {
        Optional<Dependency> managed = module.effectiveModel().getDependencyManagement() == null
                ? Optional.empty()
                : module.effectiveModel().getDependencyManagement().getDependencies().stream()
                        .filter(d -> ga.equals(d.getGroupId() + ":" + d.getArtifactId()))
                        .findFirst();
        if (managed.isEmpty()) return Optional.empty();
        InputLocation at = managed.get().getLocation("version");
        if (at == null || at.getSource() == null || at.getSource().getModelId() == null) return Optional.empty();
        String[] bom = at.getSource().getModelId().split(":");
        if (bom.length != 3) return Optional.empty();
        for (Model raw : module.lineage()) {
            for (Dependency d : dependencies(raw, true)) {
                if (!"import".equals(d.getScope())
                        || !bom[0].equals(d.getGroupId())
                        || !bom[1].equals(d.getArtifactId())
                        || d.getVersion() == null) continue;
                Matcher m = PROPERTY.matcher(d.getVersion().strip());
                if (!m.matches()) return Optional.empty();
                Optional<String> value = bomReleaseFor(bom[0], bom[1], ga, target);
                if (value.isEmpty()) return Optional.empty();
                return property(m.group(1), value.get());
            }
        }
        return Optional.empty(); // imported by a BOM the lineage imports: its properties are its own
    }

    /** The library's own BOM ({@code log4j-bom}, {@code netty-bom}, {@code jackson-bom}) at a release managing target. */
    private Optional<BuildChange> libraryBom(String groupId, String artifactId, String target) {
        String family = artifactId.split("[-.]", 2)[0];
        List<String> groups = new ArrayList<>(List.of(groupId));
        if (groupId.lastIndexOf('.') > 0) groups.add(groupId.substring(0, groupId.lastIndexOf('.')));
        for (String g : groups) {
            String bomArtifact = family + "-bom";
            Optional<String> release = bomReleaseFor(g, bomArtifact, groupId + ":" + artifactId, target);
            if (release.isPresent()) {
                return Optional.of(new BuildChange.ImportBom(g, bomArtifact, release.get(), file(topLocal())));
            }
        }
        return Optional.empty();
    }

    /** The BOM's release that manages {@code ga} at {@code target}: the one numbered as the target, if it does. */
    private Optional<String> bomReleaseFor(String groupId, String artifactId, String ga, String target) {
        return boms.managedVersion(groupId, artifactId, target, ga)
                .filter(target::equals)
                .map(v -> target);
    }

    /** Set where the lineage defines it, child first; defined only by a remote parent: added to the project. */
    private Optional<BuildChange> property(String name, String value) {
        for (Model raw : module.lineage()) {
            if (!raw.getProperties().containsKey(name)) continue;
            if (raw.getPomFile() == null) break;
            InputLocation props = raw.getLocation("properties");
            InputLocation at = props == null ? null : props.getLocation(name);
            return Optional.of(
                    new BuildChange.SetProperty(name, value, file(raw), at == null ? 0 : at.getLineNumber()));
        }
        if (name.startsWith("project.") || name.startsWith("env.")) return Optional.empty();
        return Optional.of(new BuildChange.SetProperty(name, value, file(topLocal()), 0));
    }

    /** Whether a remote parent manages the package itself (then only a pin in the project overrides it). */
    private boolean managedByParent(String ga) {
        return module.lineage().stream()
                .filter(m -> m.getPomFile() == null)
                .flatMap(m -> dependencies(m, true).stream())
                .anyMatch(d -> ga.equals(d.getGroupId() + ":" + d.getArtifactId()) && !"import".equals(d.getScope()));
    }

    /** The topmost model of the lineage read from a file: where a change reaches every module below it. */
    private Model topLocal() {
        Model top = module.lineage().get(0);
        for (Model m : module.lineage()) {
            if (m.getPomFile() != null) top = m;
        }
        return top;
    }

    private static List<Dependency> dependencies(Model raw, boolean managed) {
        if (!managed) return raw.getDependencies();
        return raw.getDependencyManagement() == null
                ? List.of()
                : raw.getDependencyManagement().getDependencies();
    }

    private static int line(Dependency d) {
        InputLocation at = d.getLocation("version");
        return at == null ? 0 : at.getLineNumber();
    }

    private String file(Model raw) {
        Path pom =
                raw.getPomFile() == null ? module.pomFile() : raw.getPomFile().toPath();
        return MavenProjectReader.relative(root.toAbsolutePath().normalize(), pom);
    }
}
