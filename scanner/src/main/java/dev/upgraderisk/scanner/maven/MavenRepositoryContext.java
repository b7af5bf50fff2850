package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.maven.descriptor.CachingDescriptorReader;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.model.Repository;
import org.apache.maven.repository.internal.ModelCacheFactory;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.DefaultRepositoryCache;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.impl.ArtifactDescriptorReader;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.repository.WorkspaceReader;
import org.eclipse.aether.resolution.ArtifactDescriptorPolicy;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.graph.transformer.ConflictResolver;
import org.eclipse.aether.util.listener.ChainedRepositoryListener;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * Maven Resolver set up as Maven 3 sets it up (supplier-mvn3), configured from settings.xml: local repository,
 * mirrors, proxies, server credentials, offline. Credentials go into the session's authentication selector only;
 * nothing here prints them.
 */
public final class MavenRepositoryContext implements AutoCloseable {
    /** Maven Central as the super POM declares it: releases only. */
    public static final RemoteRepository CENTRAL = superPomCentral();

    private final RepositorySystem system;
    private final CloseableSession session;
    private final Settings settings;
    private final Properties systemProperties;
    private final Properties userProperties;
    private final Path localRepository;
    private final InvalidDescriptors invalidDescriptors;

    private MavenRepositoryContext(
            RepositorySystem system,
            CloseableSession session,
            Settings settings,
            Properties systemProperties,
            Properties userProperties,
            Path localRepository,
            InvalidDescriptors invalidDescriptors) {
        this.system = system;
        this.session = session;
        this.settings = settings;
        this.systemProperties = systemProperties;
        this.userProperties = userProperties;
        this.localRepository = localRepository;
        this.invalidDescriptors = invalidDescriptors;
    }

    /** Opens a resolver session; {@code workspace} serves the reactor's own modules. */
    public static MavenRepositoryContext open(MavenOptions options, WorkspaceReader workspace) throws InputException {
        try (Phase p = Phases.start("maven-context")) {
            return openTimed(options, workspace);
        }
    }

    private static MavenRepositoryContext openTimed(MavenOptions options, WorkspaceReader workspace)
            throws InputException {
        Properties system = new Properties();
        System.getenv().forEach((k, v) -> system.setProperty("env." + k, v));
        system.putAll(System.getProperties());
        Properties user = new Properties();
        user.putAll(options.userProperties());
        Settings settings = SettingsReader.read(options, system, user);

        String origin;
        Path localRepo;
        if (options.localRepository().isPresent()) {
            localRepo = options.localRepository().get();
            origin = "the local repository";
        } else if (!options.userProperties()
                .getOrDefault("maven.repo.local", "")
                .isBlank()) {
            localRepo = Path.of(options.userProperties().get("maven.repo.local"));
            origin = "-Dmaven.repo.local";
        } else if (settings.getLocalRepository() != null
                && !settings.getLocalRepository().isBlank()) {
            localRepo = Path.of(settings.getLocalRepository());
            origin = "<localRepository> of settings.xml";
        } else {
            localRepo = options.userHome().resolve(".m2/repository");
            origin = "the default local repository";
        }
        try {
            Files.createDirectories(localRepo);
        } catch (IOException | RuntimeException e) {
            throw new InputException(
                    origin + " " + localRepo + " cannot be used: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    "point it to a folder you can write to");
        }

        RepositorySystem repoSystem = SharedSystem.INSTANCE;
        InvalidDescriptors invalid = new InvalidDescriptors();
        var builder = new SessionSupplier(repoSystem)
                .get()
                .withLocalRepositoryBaseDirectories(localRepo)
                .setOffline(options.offline() || settings.isOffline())
                .setSystemProperties(system)
                .setUserProperties(user)
                .setConfigProperties(configProperties(system, user, options.descriptorCache()))
                .setMirrorSelector(mirrors(settings))
                .setProxySelector(proxies(settings))
                .setAuthenticationSelector(authentication(settings))
                .setWorkspaceReader(workspace)
                // as Maven 3 does: models of parents and imported BOMs are built once per run, not once per read
                .setRepositoryCacheSupplier(DefaultRepositoryCache::new)
                .setChecksumPolicy(options.strictChecksums() ? RepositoryPolicy.CHECKSUM_POLICY_FAIL : null)
                .setRepositoryListener(
                        options.progress() == ResolutionProgress.NONE
                                ? invalid
                                : new ChainedRepositoryListener(invalid, new ProgressListener(options.progress())));
        return new MavenRepositoryContext(repoSystem, builder.build(), settings, system, user, localRepo, invalid);
    }

    private static Map<String, Object> configProperties(Properties system, Properties user, boolean descriptorCache) {
        Map<String, Object> config = new HashMap<>();
        system.forEach((k, v) -> config.put(String.valueOf(k), v));
        user.forEach((k, v) -> config.put(String.valueOf(k), v));
        // keep the losers of mediation as leaves, so the graph can say who asked for which version
        config.put(
                ConflictResolver.CONFIG_PROP_VERBOSE,
                ConflictResolver.Verbosity.STANDARD); // the enum: a String must be a boolean
        config.put("aether.connector.userAgent", "upgrade-risk (Maven Resolver)");
        config.put(CachingDescriptorReader.ENABLED, descriptorCache);
        return config;
    }

    /** Maven's global settings block plain-HTTP repositories (since 3.8.1) unless the user's settings say otherwise. */
    static final String HTTP_BLOCKER = "maven-default-http-blocker";

    private static DefaultMirrorSelector mirrors(Settings settings) {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            selector.add(
                    m.getId(),
                    m.getUrl(),
                    m.getLayout(),
                    false,
                    m.isBlocked(),
                    m.getMirrorOf(),
                    m.getMirrorOfLayouts());
        }
        if (settings.getMirrors().stream().noneMatch(m -> HTTP_BLOCKER.equals(m.getId()))) {
            selector.add(HTTP_BLOCKER, "http://0.0.0.0/", "default", false, true, "external:http:*", null);
        }
        return selector;
    }

    private static DefaultProxySelector proxies(Settings settings) {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (Proxy p : settings.getProxies()) {
            if (!p.isActive()) continue;
            var auth = new AuthenticationBuilder()
                    .addUsername(p.getUsername())
                    .addPassword(p.getPassword())
                    .build();
            selector.add(
                    new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(), auth),
                    p.getNonProxyHosts());
        }
        return selector;
    }

    private static DefaultAuthenticationSelector authentication(Settings settings) {
        DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
        for (Server s : settings.getServers()) {
            var auth = new AuthenticationBuilder()
                    .addUsername(s.getUsername())
                    .addPassword(s.getPassword())
                    .addPrivateKey(s.getPrivateKey(), s.getPassphrase())
                    .build();
            selector.add(s.getId(), auth);
        }
        return selector;
    }

    private static RemoteRepository superPomCentral() {
        Repository central = new Repository();
        central.setId("central");
        central.setName("Central Repository");
        central.setUrl("https://repo.maven.apache.org/maven2");
        org.apache.maven.model.RepositoryPolicy noSnapshots = new org.apache.maven.model.RepositoryPolicy();
        noSnapshots.setEnabled(false);
        central.setSnapshots(noSnapshots);
        return toRemote(central);
    }

    /** A repository of a POM, with its release and snapshot policies. */
    public static RemoteRepository toRemote(Repository repository) {
        return ResolverModelResolver.toRemote(repository);
    }

    /** Applies mirrors, proxies and credentials to repositories declared in POMs, as Maven does. */
    public List<RemoteRepository> forResolution(List<RemoteRepository> declared) {
        return system.newResolutionRepositories(session, new ArrayList<>(declared));
    }

    public RepositorySystem system() {
        return system;
    }

    public RepositorySystemSession session() {
        return session;
    }

    public Settings settings() {
        return settings;
    }

    public Properties systemProperties() {
        return systemProperties;
    }

    public Properties userProperties() {
        return userProperties;
    }

    InvalidDescriptors invalidDescriptors() {
        return invalidDescriptors;
    }

    public Path localRepository() {
        return localRepository;
    }

    @Override
    public void close() {
        session.close(); // the repository system is shared by every scan of this process, and stays up
    }

    /** Maven 3's session, except that a dependency whose POM is missing is an error, not silently a leaf. */
    private static final class SessionSupplier extends SessionBuilderSupplier {
        SessionSupplier(RepositorySystem system) {
            super(system);
        }

        @Override
        public ArtifactDescriptorPolicy getArtifactDescriptorPolicy() {
            return new SimpleArtifactDescriptorPolicy(false, true);
        }
    }

    /**
     * One repository system per process, as Maven has: its named locks then coordinate every scan that runs at once
     * (diff resolves two revisions in parallel) on the shared local repository. Two systems in one process would
     * each take the same file locks and wait on each other until their timeout.
     */
    private static final class SharedSystem {
        static final RepositorySystem INSTANCE = new RepositorySystemSupplier() {
            @Override
            protected ArtifactDescriptorReader createArtifactDescriptorReader() {
                return new CachingDescriptorReader(super.createArtifactDescriptorReader());
            }

            @Override
            protected ModelCacheFactory createModelCacheFactory() {
                return CachingDescriptorReader.recording(super.createModelCacheFactory());
            }
        }.get();
    }
}
