package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.api.ScanException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuilder;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.model.building.ModelCache;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Reads a Maven project as Maven does: effective models built by maven-model-builder (parents, BOM imports,
 * properties, CI-friendly versions, profiles activated by JDK, OS, property, file or by id), and every module of the
 * reactor, recursively.
 */
public final class MavenProjectReader {
    private static final DefaultModelBuilder MODEL_BUILDER = new DefaultModelBuilderFactory().newInstance();

    private final MavenRepositoryContext context;
    private final ReactorWorkspaceReader reactor;
    private final MavenOptions options;
    private final ModelCache cache = new MapModelCache();
    private final Set<String> profileIds = new HashSet<>();

    public MavenProjectReader(MavenRepositoryContext context, ReactorWorkspaceReader reactor, MavenOptions options) {
        this.context = context;
        this.reactor = reactor;
        this.options = options;
    }

    /**
     * Every module of the reactor rooted at {@code rootPom}, root first, then modules depth-first as declared.
     * Paths in modules and messages are relative to {@code scanRoot}. Built in Maven's two phases: first every
     * module's model up to its modules list (so all of them are in the reactor), then each one in full, so that a
     * BOM that is itself a module can be imported whatever the order of declaration.
     */
    public List<MavenModule> read(Path rootPom, Path scanRoot) throws ScanException {
        Path rootDir = scanRoot.toAbsolutePath().normalize();
        List<Phase1> firstPhase = new ArrayList<>();
        Map<String, Path> coordinates = new HashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(rootPom.toAbsolutePath().normalize());
        reactor.serve(false); // phase 1: the reactor serves nothing yet, as in Maven
        try {
            readModules(stack, seen, coordinates, firstPhase, rootDir);
        } finally {
            reactor.serve(true);
        }
        List<MavenModule> built = new ArrayList<>();
        Map<Path, Model> rawModels = new HashMap<>();
        for (Phase1 p : firstPhase) {
            ModelBuildingResult full = buildPhase(() -> MODEL_BUILDER.build(p.request(), p.result()), rootDir);
            List<Model> lineage = new ArrayList<>();
            for (String id : full.getModelIds()) {
                Model raw = full.getRawModel(id);
                if (raw != null && !id.isEmpty()) lineage.add(raw); // "" is the super POM
            }
            built.add(
                    new MavenModule(p.pom(), relative(rootDir, p.pom()), full.getEffectiveModel(), List.of(), lineage));
            rawModels.put(p.pom(), full.getRawModel());
        }
        // as Maven does after reading the projects (afterProjectsRead), before anything is resolved
        List<String> notes = BuildExtensions.apply(built, rootPom.getParent(), context.userProperties());
        List<MavenModule> out = new ArrayList<>();
        for (MavenModule m : built) {
            reactor.addEffective(m.pomFile().toFile(), rawModels.get(m.pomFile()), m.effectiveModel());
            out.add(m.withNotes(notes));
        }
        return out;
    }

    /**
     * The profiles asked for with {@code -P} that no POM read so far (nor settings.xml) declares; Maven warns about
     * each. Profiles marked optional ({@code -P ?name}) are not listed.
     */
    public List<String> unknownRequestedProfiles() {
        Set<String> known = new HashSet<>(profileIds);
        context.settings().getProfiles().forEach(p -> known.add(p.getId()));
        List<String> out = new ArrayList<>();
        for (String id : options.activeProfiles()) {
            if (!id.startsWith("?") && !known.contains(id)) out.add(id);
        }
        for (String id : options.inactiveProfiles()) {
            if (!id.startsWith("?") && !known.contains(id)) out.add("!" + id);
        }
        return out;
    }

    private record Phase1(Path pom, DefaultModelBuildingRequest request, ModelBuildingResult result) {}

    private void readModules(
            Deque<Path> stack, Set<Path> seen, Map<String, Path> coordinates, List<Phase1> firstPhase, Path rootDir)
            throws ScanException {
        while (!stack.isEmpty()) {
            Path pom = stack.pop();
            if (!seen.add(pom)) {
                throw new InputException(
                        relative(rootDir, pom) + ": listed more than once as a module",
                        "remove the repeated <module> entry");
            }
            DefaultModelBuildingRequest request = request(pom);
            ModelBuildingResult result = buildPhase(() -> MODEL_BUILDER.build(request), rootDir);
            Model model = result.getEffectiveModel();
            String gav = model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion();
            Path other = coordinates.putIfAbsent(gav, pom);
            if (other != null) {
                throw new InputException(
                        relative(rootDir, pom) + ": " + gav + " is duplicated in the reactor (also "
                                + relative(rootDir, other) + ")",
                        "give each module its own artifactId");
            }
            reactor.addEffective(pom.toFile(), result.getRawModel(), model);
            for (String id : result.getModelIds()) {
                Model raw = result.getRawModel(id);
                if (raw != null) raw.getProfiles().forEach(pr -> profileIds.add(pr.getId()));
            }
            firstPhase.add(new Phase1(pom, request, result));
            List<String> modules = model.getModules();
            List<Path> children = new ArrayList<>();
            for (int i = 0; i < modules.size(); i++) {
                children.add(modulePom(pom, modules.get(i), model.getLocation("modules"), i, rootDir));
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    private interface Phase {
        ModelBuildingResult run() throws ModelBuildingException;
    }

    private static ModelBuildingResult buildPhase(Phase phase, Path rootDir) throws ScanException {
        try {
            return phase.run();
        } catch (ModelBuildingException e) {
            throw translate(e, rootDir);
        }
    }

    private static Path modulePom(Path parentPom, String module, InputLocation modulesLocation, int index, Path root)
            throws InputException {
        Path target = parentPom.getParent().resolve(module).normalize();
        Path pom = Files.isDirectory(target) ? target.resolve("pom.xml") : target;
        if (!Files.isRegularFile(pom)) {
            InputLocation loc = modulesLocation == null ? null : modulesLocation.getLocation(index);
            String where = relative(root, parentPom)
                    + (loc != null ? ":" + loc.getLineNumber() + ":" + loc.getColumnNumber() : "");
            throw new InputException(
                    where + ": module '" + module + "' not found: no " + relative(root, pom),
                    "create the module folder with a pom.xml, or remove the <module> entry");
        }
        return pom;
    }

    /**
     * The model-building request Maven's project builder makes: no workspace model resolver, so that a parent is
     * read from its {@code relativePath} when the coordinates there match, and from a repository otherwise.
     */
    private DefaultModelBuildingRequest request(Path pom) {
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(pom.toFile());
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0);
        request.setProcessPlugins(false);
        request.setTwoPhaseBuilding(true);
        request.setLocationTracking(true);
        Properties system = new Properties();
        system.putAll(context.systemProperties());
        system.setProperty(
                "maven.multiModuleProjectDirectory",
                MavenConfigFile.multiModuleProjectDirectory(pom.getParent()).toString());
        request.setSystemProperties(system);
        request.setUserProperties(context.userProperties());
        request.setProfiles(SettingsProfiles.toModelProfiles(context.settings()));
        List<String> active = new ArrayList<>(context.settings().getActiveProfiles());
        options.activeProfiles().forEach(id -> active.add(id.startsWith("?") ? id.substring(1) : id));
        request.setActiveProfileIds(active);
        request.setInactiveProfileIds(options.inactiveProfiles().stream()
                .map(id -> id.startsWith("?") ? id.substring(1) : id)
                .toList());
        request.setModelResolver(new ResolverModelResolver(context, initialRepositories()));
        request.setModelCache(cache);
        return request;
    }

    private List<RemoteRepository> initialRepositories() {
        List<RemoteRepository> repos = new ArrayList<>();
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
            String where = source
                    + (p.getLineNumber() > 0 ? ":" + p.getLineNumber() : "")
                    + (p.getColumnNumber() > 0 ? ":" + p.getColumnNumber() : "");
            lines.add(where + ": " + cleanMessage(p.getMessage()));
            unresolvable |= p.getException() instanceof UnresolvableModelException;
        }
        String message = String.join("\n", lines.isEmpty() ? List.of(e.getMessage()) : lines);
        if (unresolvable) {
            return new ResolutionException(
                    message,
                    "check the coordinates and that the repositories are reachable"
                            + " (and not --offline with an empty local repository)",
                    e,
                    List.of());
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
