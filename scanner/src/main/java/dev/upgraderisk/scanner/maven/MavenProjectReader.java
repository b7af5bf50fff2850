package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.engine.InputException;
import dev.upgraderisk.scanner.engine.ResolutionException;
import dev.upgraderisk.scanner.engine.ScanException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.model.building.DefaultModelBuilder;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.model.building.ModelCache;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.model.io.DefaultModelReader;
import org.apache.maven.model.io.ModelReader;
import org.apache.maven.model.resolution.UnresolvableModelException;

/**
 * Reads a Maven project as Maven does: effective models built by maven-model-builder (parents, BOM imports,
 * properties, CI-friendly versions, profiles activated by JDK, OS, property, file or by id), and every module of the
 * reactor, recursively.
 */
public final class MavenProjectReader {
    private static final DefaultModelBuilder MODEL_BUILDER = new DefaultModelBuilderFactory().newInstance();
    private static final DefaultModelReader RAW_READER = new DefaultModelReader();

    private final MavenRepositoryContext context;
    private final ReactorWorkspaceReader reactor;
    private final MavenOptions options;
    private final ModelCache cache = new MapModelCache();

    public MavenProjectReader(MavenRepositoryContext context, ReactorWorkspaceReader reactor, MavenOptions options) {
        this.context = context;
        this.reactor = reactor;
        this.options = options;
    }

    /**
     * Every module of the reactor rooted at {@code rootPom}, root first, then modules depth-first as declared.
     * Paths in modules and messages are relative to {@code scanRoot}.
     */
    public List<MavenModule> read(Path rootPom, Path scanRoot) throws ScanException {
        Path rootDir = scanRoot.toAbsolutePath().normalize();
        List<MavenModule> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(rootPom.toAbsolutePath().normalize());
        while (!stack.isEmpty()) {
            Path pom = stack.pop();
            if (!seen.add(pom)) {
                throw new InputException(relative(rootDir, pom) + ": listed twice as a module (aggregation cycle)",
                        "remove the repeated <module> entry");
            }
            Model effective = build(pom, rootDir);
            out.add(new MavenModule(pom, relative(rootDir, pom), effective));
            List<String> modules = effective.getModules();
            List<Path> children = new ArrayList<>();
            for (int i = 0; i < modules.size(); i++) {
                children.add(modulePom(pom, modules.get(i), effective.getLocation("modules"), i, rootDir));
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out;
    }

    private static Path modulePom(Path parentPom, String module, InputLocation modulesLocation, int index, Path root)
            throws InputException {
        Path target = parentPom.getParent().resolve(module).normalize();
        Path pom = Files.isDirectory(target) ? target.resolve("pom.xml") : target;
        if (!Files.isRegularFile(pom)) {
            InputLocation loc = modulesLocation == null ? null : modulesLocation.getLocation(index);
            String where = relative(root, parentPom) + (loc != null ? ":" + loc.getLineNumber() + ":" + loc.getColumnNumber() : "");
            throw new InputException(where + ": module '" + module + "' not found: no " + relative(root, pom),
                    "create the module folder with a pom.xml, or remove the <module> entry");
        }
        return pom;
    }

    private Model build(Path pom, Path rootDir) throws ScanException {
        registerLocalParents(pom);
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(pom.toFile());
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0);
        request.setProcessPlugins(false);
        request.setLocationTracking(true);
        request.setSystemProperties(context.systemProperties());
        request.setUserProperties(context.userProperties());
        request.setProfiles(SettingsProfiles.toModelProfiles(context.settings()));
        List<String> active = new ArrayList<>(context.settings().getActiveProfiles());
        active.addAll(options.activeProfiles());
        request.setActiveProfileIds(active);
        request.setInactiveProfileIds(options.inactiveProfiles());
        request.setModelResolver(new ResolverModelResolver(context, initialRepositories()));
        request.setWorkspaceModelResolver(reactor);
        request.setModelCache(cache);
        try {
            ModelBuildingResult result = MODEL_BUILDER.build(request);
            reactor.addEffective(pom.toFile(), result.getRawModel(), result.getEffectiveModel());
            return result.getEffectiveModel();
        } catch (ModelBuildingException e) {
            throw translate(e, rootDir);
        }
    }

    /**
     * With a workspace resolver set, the ModelBuilder looks up local parents only through it, by the coordinates
     * the child writes (raw, e.g. {@code ${revision}}), as Maven's reactor model pool does. So the raw models along
     * the {@code relativePath} chain are registered first; one whose coordinates differ is simply not found there,
     * and the parent then comes from a repository, as in Maven.
     */
    private void registerLocalParents(Path pom) {
        Path current = pom;
        for (int depth = 0; depth < 32 && current != null && Files.isRegularFile(current); depth++) {
            Model raw;
            try {
                raw = RAW_READER.read(current.toFile(), Map.of(ModelReader.IS_STRICT, Boolean.FALSE));
            } catch (IOException | RuntimeException e) {
                return; // the ModelBuilder reports a malformed file itself, with line and column
            }
            raw.setPomFile(current.toFile());
            reactor.addRaw(current.toFile(), raw);
            if (raw.getParent() == null) return;
            String rel = raw.getParent().getRelativePath();
            if (rel == null || rel.isBlank()) return;
            Path next = current.getParent().resolve(rel).normalize();
            current = Files.isDirectory(next) ? next.resolve("pom.xml") : next;
        }
    }

    private List<org.eclipse.aether.repository.RemoteRepository> initialRepositories() {
        List<org.eclipse.aether.repository.RemoteRepository> repos = new ArrayList<>();
        repos.add(MavenRepositoryContext.CENTRAL);
        return repos;
    }

    private static ScanException translate(ModelBuildingException e, Path rootDir) {
        List<String> lines = new ArrayList<>();
        boolean unresolvable = false;
        for (ModelProblem p : e.getProblems()) {
            if (p.getSeverity() == ModelProblem.Severity.WARNING) continue;
            String source = p.getSource() == null || p.getSource().isEmpty() ? p.getModelId() : p.getSource();
            try {
                source = relative(rootDir, Path.of(source));
            } catch (RuntimeException ignored) {
                // a model id such as group:artifact:version, not a path
            }
            String where = source + (p.getLineNumber() > 0 ? ":" + p.getLineNumber() : "")
                    + (p.getColumnNumber() > 0 ? ":" + p.getColumnNumber() : "");
            lines.add(where + ": " + cleanMessage(p.getMessage()));
            unresolvable |= p.getException() instanceof UnresolvableModelException;
        }
        String message = String.join("\n", lines.isEmpty() ? List.of(e.getMessage()) : lines);
        if (unresolvable) {
            return new ResolutionException(message, "check the coordinates and that the repositories are reachable"
                    + " (and not --offline with an empty local repository)", e, List.of());
        }
        return new InputException(message, "fix the POM at the place named above", e);
    }

    private static String cleanMessage(String m) {
        return m == null ? "invalid POM" : m.replaceAll("\\s+", " ").strip();
    }

    static String relative(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace(File.separatorChar, '/') : abs.toString();
    }

    /** Shares parent and BOM models across the modules of one reactor, as Maven's own cache does. */
    private static final class MapModelCache implements ModelCache {
        private final Map<String, Object> map = new HashMap<>();

        @Override
        public synchronized void put(String groupId, String artifactId, String version, String tag, Object data) {
            map.put(groupId + ':' + artifactId + ':' + version + ':' + tag, data);
        }

        @Override
        public synchronized Object get(String groupId, String artifactId, String version, String tag) {
            return map.get(groupId + ':' + artifactId + ':' + version + ':' + tag);
        }
    }
}
