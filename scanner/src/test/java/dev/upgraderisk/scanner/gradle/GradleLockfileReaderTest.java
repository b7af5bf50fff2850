package dev.upgraderisk.scanner.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GradleLockfileReader} on the scenarios under {@code src/test/resources/gradle/<scenario>}. */
class GradleLockfileReaderTest {
    private final GradleLockfileReader reader = new GradleLockfileReader();

    private DependencyGraph read(String scenario, String file) throws InputException {
        return reader.read(Fixtures.resource("gradle/" + scenario + "/" + file), file);
    }

    /** The node shape the reader promises: jar, no classifier or location, not optional, not direct, one path. */
    static GraphNode node(String group, String artifact, String version, String scope) {
        PackageName pkg = PackageName.maven(group, artifact);
        return new GraphNode(
                pkg,
                version,
                "jar",
                "",
                "",
                scope,
                false,
                false,
                List.of(new DependencyPath(List.of(new PathStep(pkg, version)))),
                List.of(),
                List.of());
    }

    @Test
    void emptyLockfileGivesNoNodesButStillTheNote() throws Exception {
        DependencyGraph graph = read("empty", "gradle.lockfile");
        assertEquals(
                new DependencyGraph(
                        "gradle.lockfile",
                        Ecosystem.MAVEN,
                        "empty",
                        List.of(),
                        List.of(GradleLockfileReader.NO_TREE_NOTE)),
                graph);
    }

    @Test
    void onePackage() throws Exception {
        DependencyGraph graph = read("one-package", "gradle.lockfile");
        assertEquals(
                new DependencyGraph(
                        "gradle.lockfile",
                        Ecosystem.MAVEN,
                        "one-package",
                        List.of(node("com.google.guava", "guava", "32.1.3-jre", "compileClasspath")),
                        List.of(
                                "Gradle lockfiles list the resolved versions without the dependency tree: paths are not known")),
                graph);
    }

    @Test
    void severalConfigurationsJoinedInFileOrderAndOneNodePerVersionSortedByMavenOrder() throws Exception {
        DependencyGraph graph = read("several-configurations", "gradle.lockfile");
        assertEquals(
                List.of(
                        node(
                                "com.fasterxml.jackson.core",
                                "jackson-core",
                                "2.15.2",
                                "compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath"),
                        // the file has 4.1.100.Final first (Gradle sorts lines as text); nodes follow Maven's version
                        // order
                        node("io.netty", "netty-codec-http", "4.1.99.Final", "compileClasspath"),
                        node("io.netty", "netty-codec-http", "4.1.100.Final", "runtimeClasspath,testRuntimeClasspath"),
                        node("org.projectlombok", "lombok", "1.18.30", "annotationProcessor,compileClasspath"),
                        node("org.slf4j", "slf4j-api", "1.7.36", "compileClasspath,runtimeClasspath"),
                        node("org.slf4j", "slf4j-api", "2.0.9", "testCompileClasspath,testRuntimeClasspath")),
                graph.nodes());
        assertEquals("several-configurations", graph.root());
        assertEquals(List.of(GradleLockfileReader.NO_TREE_NOTE), graph.notes());
    }

    @Test
    void theSameModuleTwiceIsOneNodeWithTheConfigurationsOfBoth() throws Exception {
        assertEquals(
                List.of(node(
                        "org.slf4j", "slf4j-api", "2.0.9", "runtimeClasspath,compileClasspath,testRuntimeClasspath")),
                read("duplicate-entry", "gradle.lockfile").nodes());
    }

    @Test
    void buildscriptLockfileIsPerProjectFormat() throws Exception {
        DependencyGraph graph = read("script-classpath", "buildscript-gradle.lockfile");
        assertEquals(
                List.of(node("com.diffplug.spotless", "spotless-plugin-gradle", "6.25.0", "classpath")), graph.nodes());
        assertEquals("script-classpath", graph.root());
    }

    @Test
    void perConfigurationLockfileTakesItsConfigurationFromTheFileNameAndItsRootAboveGradleFolder() throws Exception {
        DependencyGraph compile = read("per-configuration", "gradle/dependency-locks/compileClasspath.lockfile");
        assertEquals(
                new DependencyGraph(
                        "gradle/dependency-locks/compileClasspath.lockfile",
                        Ecosystem.MAVEN,
                        "per-configuration",
                        List.of(
                                node("com.google.guava", "guava", "31.1-jre", "compileClasspath"),
                                node("org.slf4j", "slf4j-api", "1.7.36", "compileClasspath")),
                        List.of(GradleLockfileReader.NO_TREE_NOTE)),
                compile);
        // blank and whitespace-only lines are skipped in this older format, as Gradle skips them
        assertEquals(
                List.of(
                        node("com.google.guava", "guava", "31.1-jre", "runtimeClasspath"),
                        node("org.slf4j", "slf4j-api", "1.7.36", "runtimeClasspath"),
                        node("org.slf4j", "slf4j-simple", "1.7.36", "runtimeClasspath")),
                read("per-configuration", "gradle/dependency-locks/runtimeClasspath.lockfile")
                        .nodes());
        assertEquals(
                List.of(),
                read("per-configuration", "gradle/dependency-locks/annotationProcessor.lockfile")
                        .nodes());
    }

    @Test
    void badLineNamesFileLineAndWhatIsWrong() {
        InputException e = assertThrows(InputException.class, () -> read("bad-line", "gradle.lockfile"));
        assertEquals(
                "gradle.lockfile:5: not a lock entry: 'com.google.guava:failureaccess=compileClasspath': "
                        + "'com.google.guava:failureaccess' is not group:artifact:version",
                e.getMessage());
        assertTrue(e.hint().contains("--write-locks"), e.hint());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.example:lib:1.0", // no '=': the older format inside gradle.lockfile
                "org.example:lib:1.0=a=b", // two '='
                "org.example:lib:1.0=", // no configuration
                "=compileClasspath", // no module
                "org.example:lib=compileClasspath", // two parts
                "org.example:lib:1.0:jdk8=compileClasspath", // four parts
                "org.example::1.0=compileClasspath", // empty artifact
                ":lib:1.0=compileClasspath", // empty group
                "org.example:lib: =compileClasspath", // whitespace version
                "org.example:lib:1.0=compileClasspath,,runtimeClasspath", // empty configuration
                "   ", // whitespace only: Gradle skips only empty lines here
                ">>>"
            })
    void malformedPerProjectLinesAreErrorsAtTheirLine(String bad, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("gradle.lockfile");
        Files.writeString(file, "# header\norg.example:ok:1.0=compileClasspath\n" + bad + "\nempty=\n");
        InputException e = assertThrows(InputException.class, () -> reader.read(file, "sub/gradle.lockfile"));
        assertTrue(
                e.getMessage().startsWith("sub/gradle.lockfile:3: not a lock entry: '" + bad + "': "), e.getMessage());
        assertFalse(e.hint().isBlank());
    }

    @Test
    void anyDependencyLocksFolderHoldsPerConfigurationLockfiles(@TempDir Path dir) throws Exception {
        Path locks = Files.createDirectories(dir.resolve("app/dependency-locks"));
        Path file = Files.writeString(locks.resolve("buildscript-classpath.lockfile"), "org.example:plugin:2.0\n");
        DependencyGraph graph = reader.read(file, "app/dependency-locks/buildscript-classpath.lockfile");
        assertEquals(List.of(node("org.example", "plugin", "2.0", "buildscript-classpath")), graph.nodes());
        assertEquals("app", graph.root());
    }

    @Test
    void perConfigurationLineWithConfigurationsIsAnError(@TempDir Path dir) throws Exception {
        Path locks = Files.createDirectories(dir.resolve("gradle/dependency-locks"));
        Path file = Files.writeString(
                locks.resolve("compileClasspath.lockfile"), "# header\norg.example:lib:1.0=compileClasspath\n");
        InputException e = assertThrows(
                InputException.class, () -> reader.read(file, "gradle/dependency-locks/compileClasspath.lockfile"));
        assertTrue(e.getMessage().startsWith("gradle/dependency-locks/compileClasspath.lockfile:2: "), e.getMessage());
        assertTrue(e.hint().contains("group:artifact:version"), e.hint());
    }

    @Test
    void emptyLineGradleAcceptsWithOddContentIsTakenAsEmptyConfigurations(@TempDir Path dir) throws Exception {
        // Gradle takes any line starting with "empty=" as the list of configurations without dependencies
        Path file = Files.writeString(dir.resolve("gradle.lockfile"), "empty=======\n");
        assertEquals(List.of(), reader.read(file, "gradle.lockfile").nodes());
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkAreAccepted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("gradle.lockfile"),
                "\uFEFF# header\r\norg.example:lib:1.0=compileClasspath,runtimeClasspath\r\nempty=\r\n");
        assertEquals(
                List.of(node("org.example", "lib", "1.0", "compileClasspath,runtimeClasspath")),
                reader.read(file, "gradle.lockfile").nodes());
    }

    @Test
    void notUtf8IsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gradle.lockfile");
        byte[] head = "# header\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'o', 'r', 'g', ':', 'a', ':', (byte) 0xff, '=', 'c', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);
        InputException e = assertThrows(InputException.class, () -> reader.read(file, "gradle.lockfile"));
        assertEquals("gradle.lockfile:2: not UTF-8 text", e.getMessage());
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        InputException e = assertThrows(
                InputException.class, () -> reader.read(dir.resolve("gradle.lockfile"), "gradle.lockfile"));
        assertEquals("gradle.lockfile: no such file", e.getMessage());
    }
}
