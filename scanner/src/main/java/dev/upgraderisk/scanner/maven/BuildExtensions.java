package dev.upgraderisk.scanner.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.model.Extension;
import org.apache.maven.model.Model;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Build and core extensions that change what Maven resolves, applied as Maven applies them. The one such extension in
 * wide use is os-maven-plugin: after the projects are read it replaces {@code ${os.detected.*}} in their
 * dependencies (netty's native classifiers). Other extensions cannot run here; a coordinate they would have filled
 * stays uninterpolated, and the graph then says it is incomplete.
 */
final class BuildExtensions {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(os\\.detected\\.[A-Za-z0-9_.-]+)}");

    private BuildExtensions() {}

    /** What was applied, one note per reactor (empty when the reactor declares no extension we apply). */
    static List<String> apply(List<MavenModule> reactor, Path reactorRoot, Properties userProperties) {
        boolean os = reactor.stream().anyMatch(m -> declares(m.effectiveModel()))
                || coreExtension(MavenConfigFile.multiModuleProjectDirectory(reactorRoot));
        if (!os) return List.of();
        Properties build = new Properties();
        build.putAll(userProperties);
        Map<String, String> detected;
        try {
            detected = OsDetectedProperties.detect(build);
        } catch (RuntimeException e) {
            return List.of("the build extension os-maven-plugin could not detect this machine's OS (" + e.getMessage()
                    + "); coordinates that use ${os.detected.*} stay unresolved");
        }
        UnaryOperator<String> replace = value -> interpolate(value, detected);
        for (MavenModule m : reactor) {
            Model model = m.effectiveModel();
            model.getDependencies().forEach(d -> interpolate(d, replace));
            if (model.getDependencyManagement() != null) {
                model.getDependencyManagement().getDependencies().forEach(d -> interpolate(d, replace));
            }
        }
        return List.of("build extension os-maven-plugin applied as Maven applies it: os.detected.classifier="
                + detected.getOrDefault("os.detected.classifier", "?") + " on this machine");
    }

    private static boolean declares(Model model) {
        if (model.getBuild() == null) return false;
        for (Extension e : model.getBuild().getExtensions()) {
            if (isOsPlugin(e.getGroupId(), e.getArtifactId())) return true;
        }
        return false;
    }

    private static boolean isOsPlugin(String groupId, String artifactId) {
        return OsDetectedProperties.GROUP_ID.equals(groupId) && OsDetectedProperties.ARTIFACT_ID.equals(artifactId);
    }

    /** {@code .mvn/extensions.xml}: Maven's core extensions, which apply to every project of the build. */
    private static boolean coreExtension(Path projectDirectory) {
        Path file = projectDirectory.resolve(".mvn/extensions.xml");
        if (!Files.isRegularFile(file)) return false;
        try (Reader in = Files.newBufferedReader(file)) {
            Xpp3Dom root = Xpp3DomBuilder.build(in);
            for (Xpp3Dom e : root.getChildren("extension")) {
                if (isOsPlugin(text(e, "groupId"), text(e, "artifactId"))) return true;
            }
            return false;
        } catch (IOException | XmlPullParserException | RuntimeException e) {
            return false; // Maven itself refuses a broken extensions.xml; the project's own build will say so
        }
    }

    private static String text(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent.getChild(name);
        return child == null || child.getValue() == null
                ? null
                : child.getValue().strip();
    }

    private static void interpolate(Dependency d, UnaryOperator<String> replace) {
        d.setGroupId(replace.apply(d.getGroupId()));
        d.setArtifactId(replace.apply(d.getArtifactId()));
        d.setVersion(replace.apply(d.getVersion()));
        d.setType(replace.apply(d.getType()));
        d.setClassifier(replace.apply(d.getClassifier()));
        for (Exclusion x : d.getExclusions()) {
            x.setGroupId(replace.apply(x.getGroupId()));
            x.setArtifactId(replace.apply(x.getArtifactId()));
        }
    }

    static String interpolate(String value, Map<String, String> properties) {
        if (value == null || !value.contains("${")) return value;
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
