package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.version.InvalidVersionSpecificationException;

/**
 * Resolves one module's full transitive graph with Maven Resolver, exactly as Maven builds it for a project: the
 * effective model's dependencies and dependency management, the project's repositories, Maven 3's mediation
 * (nearest wins), scope rules, optional and exclusion handling, relocations.
 */
public final class MavenGraphResolver {
    private final MavenRepositoryContext context;

    public MavenGraphResolver(MavenRepositoryContext context) {
        this.context = context;
    }

    public DependencyGraph resolve(MavenModule module) throws ResolutionException, InputException {
        Model model = module.effectiveModel();
        checkVersions(module);
        ArtifactTypeRegistry types = context.session().getArtifactTypeRegistry();
        CollectRequest request = new CollectRequest();
        String extension = "pom".equals(model.getPackaging()) ? "pom" : "jar";
        request.setRootArtifact(
                new DefaultArtifact(model.getGroupId(), model.getArtifactId(), extension, model.getVersion()));
        List<RemoteRepository> declared = new ArrayList<>();
        model.getRepositories().forEach(r -> declared.add(ResolverModelResolver.toRemote(r)));
        List<RemoteRepository> repositories = context.forResolution(declared);
        request.setRepositories(repositories);
        model.getDependencies().forEach(d -> request.addDependency(toDependency(d, types)));
        if (model.getDependencyManagement() != null) {
            model.getDependencyManagement()
                    .getDependencies()
                    .forEach(d -> request.addManagedDependency(toDependency(d, types)));
        }
        CollectResult result;
        List<String> lostNotes = new ArrayList<>();
        try (Phase p = Phases.start("maven-collect", module.manifestPath())) {
            result = context.system().collectDependencies(context.session(), request);
        } catch (DependencyCollectionException e) {
            Optional<List<String>> onlyLosers = MissingLoserPoms.notes(module, e);
            if (onlyLosers.isPresent()) {
                result = e.getResult();
                lostNotes.addAll(onlyLosers.get());
                return finish(module, result, lostNotes);
            }
            String message = module.manifestPath() + ": " + describe(e, repositories);
            List<Object> partial = e.getResult() == null || e.getResult().getRoot() == null
                    ? List.of()
                    : List.of(MavenGraphBuilder.build(module, e.getResult().getRoot()));
            throw new ResolutionException(
                    message,
                    "check the coordinates and that the repositories are reachable"
                            + " (and not --offline with an empty local repository)",
                    e,
                    partial);
        }
        return finish(module, result, lostNotes);
    }

    private DependencyGraph finish(MavenModule module, CollectResult result, List<String> extraNotes) {
        DependencyGraph graph;
        try (Phase p = Phases.start("maven-graph", module.manifestPath())) {
            graph = MavenGraphBuilder.build(module, result.getRoot());
        }
        List<String> notes = new ArrayList<>(module.notes());
        notes.addAll(graph.notes());
        notes.addAll(extraNotes);
        List<String> gaps = new ArrayList<>(graph.gaps());
        graph.nodes().stream()
                .filter(n -> uninterpolated(n))
                .forEach(n -> gaps.add(n.pkg().name() + ":" + n.version()
                        + (n.classifier().isEmpty() ? "" : " classifier " + n.classifier())
                        + " has an expression Maven would have replaced (a build extension or property this scan cannot"
                        + " see), so this coordinate is not what Maven resolves; set it with -Dname=value"));
        graph.nodes()
                .forEach(n -> context.invalidDescriptors()
                        .reason(new DefaultArtifact(n.pkg().name() + ":" + n.version()))
                        .ifPresent(why -> gaps.add("the POM of "
                                + n.pkg().name() + ":"
                                + n.version() + " could not be read (" + why + "), so its dependencies are missing,"
                                + " as Maven too would warn; delete it from the local repository to fetch it again")));
        return new DependencyGraph(
                graph.manifest(),
                graph.ecosystem(),
                graph.root(),
                graph.nodes(),
                notes,
                gaps,
                declarationLines(module));
    }

    private static boolean uninterpolated(GraphNode n) {
        return (n.pkg().name() + ":" + n.version() + ":" + n.classifier() + ":" + n.type()).contains("${");
    }

    /** The lines of this pom that declare its dependencies (those inherited from a parent are not in this file). */
    private static Map<String, Integer> declarationLines(MavenModule module) {
        Map<String, Integer> lines = new HashMap<>();
        for (org.apache.maven.model.Dependency d : module.effectiveModel().getDependencies()) {
            InputLocation loc = d.getLocation("");
            if (loc != null
                    && loc.getSource() != null
                    && module.coordinates().equals(loc.getSource().getModelId())) {
                lines.putIfAbsent(d.getGroupId() + ":" + d.getArtifactId(), loc.getLineNumber());
            }
        }
        return lines;
    }

    private static final GenericVersionScheme VERSIONS = new GenericVersionScheme();

    /** A version that is neither a version nor a range is the POM's mistake: say where, before asking any repository. */
    private static void checkVersions(MavenModule module) throws InputException {
        Model model = module.effectiveModel();
        List<org.apache.maven.model.Dependency> all = new ArrayList<>(model.getDependencies());
        if (model.getDependencyManagement() != null)
            all.addAll(model.getDependencyManagement().getDependencies());
        for (org.apache.maven.model.Dependency d : all) {
            if (d.getVersion() == null) continue;
            try {
                VERSIONS.parseVersionConstraint(d.getVersion());
            } catch (InvalidVersionSpecificationException e) {
                InputLocation loc = d.getLocation("version");
                String where = loc == null || loc.getSource() == null
                        ? module.manifestPath()
                        : (loc.getSource().getModelId().equals(module.coordinates())
                                        ? module.manifestPath()
                                        : loc.getSource().getModelId())
                                + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
                throw new InputException(
                        where + ": " + d.getManagementKey() + " has version '" + d.getVersion()
                                + "', which is neither a version nor a range: " + e.getMessage(),
                        "write a version (1.2.3) or a range ([1.2,2.0))");
            }
        }
    }

    /**
     * What could not be collected. The collector works on several artifacts at once, so which failure comes first
     * varies from run to run; the message names the first in coordinate order, and how many more there are.
     */
    private static String describe(DependencyCollectionException e, List<RemoteRepository> repositories) {
        TreeSet<String> resolution = new TreeSet<>();
        List<Throwable> all = new ArrayList<>(
                e.getResult() == null ? List.of() : e.getResult().getExceptions());
        all.add(e);
        for (Throwable root : all) {
            for (Throwable t = root; t != null; t = t.getCause()) {
                if (t instanceof ArtifactResolutionException are) {
                    resolution.add(MavenFailures.describe(are, repositories));
                    break;
                }
            }
        }
        if (!resolution.isEmpty()) {
            return resolution.first() + (resolution.size() > 1 ? " (and " + (resolution.size() - 1) + " more)" : "");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ArtifactDescriptorException ade && ade.getCause() == null) {
                return ade.getMessage();
            }
        }
        if (e.getResult() != null && !e.getResult().getExceptions().isEmpty()) {
            return MavenFailures.rootMessage(e.getResult().getExceptions().get(0));
        }
        return MavenFailures.rootMessage(e);
    }

    /** A model dependency as Maven's RepositoryUtils turns it into a resolver dependency. */
    static Dependency toDependency(org.apache.maven.model.Dependency d, ArtifactTypeRegistry types) {
        ArtifactType type = types.get(d.getType());
        if (type == null) {
            type = new DefaultArtifactType(d.getType());
        }
        boolean system = d.getSystemPath() != null && !d.getSystemPath().isEmpty();
        var props = system ? Map.of(ArtifactProperties.LOCAL_PATH, d.getSystemPath()) : Map.<String, String>of();
        var artifact = new DefaultArtifact(
                d.getGroupId(), d.getArtifactId(), d.getClassifier(), null, d.getVersion(), props, type);
        List<Exclusion> exclusions = d.getExclusions().stream()
                .map(x -> new Exclusion(x.getGroupId(), x.getArtifactId(), "*", "*"))
                .toList();
        return new Dependency(artifact, d.getScope(), d.getOptional() != null ? d.isOptional() : null, exclusions);
    }

    /** Reads the graph of every module, several at once (as many as there are processors). */
    public List<DependencyGraph> resolveAll(List<MavenModule> modules) throws ResolutionException, InputException {
        return resolveAll(modules, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads the graph of every module with up to {@code threads} at once; the graphs come back in module order
     * whatever the order they finish in, so the result is the same as one at a time. The first failure in module
     * order aborts, carrying the graphs of the modules before it.
     */
    public List<DependencyGraph> resolveAll(List<MavenModule> modules, int threads)
            throws ResolutionException, InputException {
        int n = Math.max(1, Math.min(threads, modules.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "upgrade-risk-resolve");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DependencyGraph>> futures = new ArrayList<>();
            modules.forEach(m -> futures.add(pool.submit(() -> resolve(m))));
            List<DependencyGraph> out = new ArrayList<>();
            for (var f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ResolutionException r) {
                        List<Object> partial = new ArrayList<>(out);
                        partial.addAll(r.partial());
                        throw new ResolutionException(r.getMessage(), r.hint(), r.getCause(), partial);
                    }
                    if (e.getCause() instanceof InputException i) throw i;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while resolving", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
