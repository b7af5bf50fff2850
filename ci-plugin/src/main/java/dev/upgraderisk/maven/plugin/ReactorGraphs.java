package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/** The graphs of the modules that ran a goal in this build, kept in the build's session data for the reactor report. */
final class ReactorGraphs {
    private static final String KEY = ReactorGraphs.class.getName();

    private ReactorGraphs() {}

    @SuppressWarnings("unchecked")
    static Map<String, DependencyGraph> of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(KEY);
        if (existing == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, DependencyGraph>()); // the first module to get here wins
            existing = data.get(KEY);
        }
        return (Map<String, DependencyGraph>) existing;
    }
}
