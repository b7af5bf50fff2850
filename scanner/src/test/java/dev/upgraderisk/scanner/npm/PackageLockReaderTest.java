package dev.upgraderisk.scanner.npm;

import static dev.upgraderisk.scanner.npm.NpmScenarios.Expected.node;
import static dev.upgraderisk.scanner.npm.NpmScenarios.assertNodes;
import static dev.upgraderisk.scanner.npm.NpmScenarios.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.RuleEngine;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario is a small lockfile written for this test; every node is asserted exactly: name, version, location,
 * scope, optional, direct, paths and aliases.
 */
class PackageLockReaderTest {
    @TempDir
    Path tmp;

    @Test
    void emptyLockHasNoNodesAndNamesTheRoot() throws Exception {
        DependencyGraph graph = read("empty");
        assertEquals("empty/package-lock.json", graph.manifest());
        assertEquals("empty@1.0.0", graph.root());
        assertNodes(graph);
        assertEquals(List.of(), graph.notes());
    }

    @Test
    void v1NestedBuildsLocationsFromNestingAndResolvesUpTheTree() throws Exception {
        DependencyGraph graph = read("v1-nested");
        assertEquals("v1-nested@1.0.0", graph.root());
        assertNodes(
                graph,
                node(
                        "node_modules/@scope/b",
                        "@scope/b",
                        "2.0.0",
                        "prod",
                        false,
                        true,
                        "@scope/b@2.0.0",
                        "a@1.0.0 > @scope/b@2.0.0"),
                node("node_modules/a", "a", "1.0.0", "prod", false, true, "a@1.0.0"),
                // a's own nested c wins over the hoisted one for a
                node("node_modules/a/node_modules/c", "c", "2.0.0", "prod", false, false, "a@1.0.0 > c@2.0.0"),
                node(
                        "node_modules/c",
                        "c",
                        "1.0.0",
                        "prod",
                        false,
                        false,
                        "@scope/b@2.0.0 > c@1.0.0",
                        "a@1.0.0 > @scope/b@2.0.0 > c@1.0.0"),
                node("node_modules/d", "d", "1.0.0", "dev", false, true, "d@1.0.0"),
                node("node_modules/e", "e", "1.0.0", "dev", true, false, "d@1.0.0 > e@1.0.0"),
                node("node_modules/o", "o", "1.0.0", "optional", true, true, "o@1.0.0"));
        assertEquals(List.of(), graph.notes(), "package.json beside the lock names the direct dependencies");
    }

    @Test
    void v1AliasUsesTheRealNameAndWithoutPackageJsonInfersDirectFromRequires() throws Exception {
        DependencyGraph graph = read("v1-alias");
        assertNodes(
                graph,
                node("node_modules/@x/y-alias", "@scope/real", "3.0.0", "prod", false, true, "@scope/real@3.0.0")
                        .aliasOf("@x/y-alias"),
                node("node_modules/lib", "lib", "1.0.0", "prod", false, true, "lib@1.0.0"),
                node("node_modules/old-name", "new-name", "2.1.0", "prod", false, false, "lib@1.0.0 > new-name@2.1.0")
                        .aliasOf("old-name"));
        assertTrue(
                graph.notes().stream().anyMatch(n -> n.contains("inferred")),
                graph.notes().toString());
    }

    @Test
    void v3DevOptionalPeerScopes() throws Exception {
        DependencyGraph graph = read("v3-dev-optional-peer");
        assertEquals("v3-scopes@0.1.0", graph.root());
        assertNodes(
                graph,
                node(
                        "node_modules/both",
                        "both",
                        "1.0.0",
                        "dev-optional",
                        false,
                        false,
                        "opt@1.0.0 > both@1.0.0",
                        "t@1.0.0 > both@1.0.0"),
                node("node_modules/fsevents", "fsevents", "2.3.3", "dev", true, false, "t@1.0.0 > fsevents@2.3.3"),
                node("node_modules/opt", "opt", "1.0.0", "optional", true, true, "opt@1.0.0"),
                node("node_modules/p", "p", "1.0.0", "prod", false, true, "p@1.0.0"),
                node("node_modules/react", "react", "18.2.0", "peer", false, false, "p@1.0.0 > react@18.2.0"),
                node(
                        "node_modules/shared",
                        "shared",
                        "1.0.0",
                        "prod",
                        false,
                        false,
                        "p@1.0.0 > shared@1.0.0",
                        "t@1.0.0 > shared@1.0.0"),
                node("node_modules/t", "t", "1.0.0", "dev", false, true, "t@1.0.0"));
        assertEquals(List.of(), graph.notes());
    }

    @Test
    void aliasInPackagesIsNamedByItsNameFieldAndResolvedByItsFolder() throws Exception {
        assertNodes(
                read("alias"),
                node("node_modules/string-width", "string-width", "5.1.2", "prod", false, true, "string-width@5.1.2"),
                node(
                                "node_modules/string-width-cjs",
                                "string-width",
                                "4.2.0",
                                "prod",
                                false,
                                true,
                                "string-width@4.2.0")
                        .aliasOf("string-width-cjs"),
                node(
                        "node_modules/string-width-cjs/node_modules/strip-ansi",
                        "strip-ansi",
                        "6.0.1",
                        "prod",
                        false,
                        false,
                        "string-width@4.2.0 > strip-ansi@6.0.1"),
                node(
                        "node_modules/strip-ansi",
                        "strip-ansi",
                        "7.1.0",
                        "prod",
                        false,
                        false,
                        "string-width@5.1.2 > strip-ansi@7.1.0"));
    }

    @Test
    void linksAreResolvedToTheirTargetsAndWorkspacesAreDirect() throws Exception {
        DependencyGraph graph = read("link-workspace");
        assertEquals("monorepo@1.0.0", graph.root());
        assertNodes(
                graph,
                // the target ../ghost is not in the lock: the link itself, with an empty version
                node("node_modules/ghost", "ghost", "", "prod", false, true, "ghost@"),
                node(
                        "node_modules/left-pad",
                        "left-pad",
                        "1.3.0",
                        "prod",
                        false,
                        false,
                        "@mono/util@1.0.0 > left-pad@1.3.0",
                        "@mono/app@1.0.0 > @mono/util@1.0.0 > left-pad@1.3.0"),
                node("packages/app", "@mono/app", "1.0.0", "prod", false, true, "@mono/app@1.0.0"),
                node(
                        "packages/app/node_modules/left-pad",
                        "left-pad",
                        "1.0.0",
                        "prod",
                        false,
                        false,
                        "@mono/app@1.0.0 > left-pad@1.0.0"),
                // a workspace's devDependencies are installed: it is a project of its own
                node(
                        "packages/app/node_modules/tester",
                        "tester",
                        "2.0.0",
                        "dev",
                        false,
                        false,
                        "@mono/app@1.0.0 > tester@2.0.0"),
                node(
                        "packages/util",
                        "@mono/util",
                        "1.0.0",
                        "prod",
                        false,
                        true,
                        "@mono/util@1.0.0",
                        "@mono/app@1.0.0 > @mono/util@1.0.0"),
                node("vendor/vendored", "vendored", "", "prod", false, true, "vendored@"));
        assertEquals(
                List.of("link node_modules/ghost points to '../ghost', which the lockfile does not list: "
                        + "reported at the link with an empty version"),
                graph.notes());
    }

    @Test
    void bundledEntriesAreNodesUnderTheirBundlerAndCounted() throws Exception {
        DependencyGraph graph = read("bundled");
        assertNodes(
                graph,
                node("node_modules/bundler", "bundler", "1.0.0", "prod", false, true, "bundler@1.0.0"),
                node(
                        "node_modules/bundler/node_modules/deep",
                        "deep",
                        "0.5.0",
                        "prod",
                        false,
                        false,
                        "bundler@1.0.0 > inner@1.0.0 > deep@0.5.0"),
                node(
                        "node_modules/bundler/node_modules/inner",
                        "inner",
                        "1.0.0",
                        "prod",
                        false,
                        false,
                        "bundler@1.0.0 > inner@1.0.0"));
        assertEquals(
                List.of("2 entries are bundled inside their parent package (inBundle): they ship in the parent's "
                        + "tarball and change only when the parent does"),
                graph.notes());
    }

    /** npm writes no dev flag on a bundled entry; it ships inside a dev-only package, so it is dev like its bundler. */
    @Test
    void bundledEntriesOfADevPackageAreDev() throws Exception {
        DependencyGraph graph = read("bundled-of-dev");
        assertNodes(
                graph,
                node("node_modules/runtime", "runtime", "2.0.0", "prod", false, true, "runtime@2.0.0"),
                node("node_modules/tooling", "tooling", "1.0.0", "dev", false, true, "tooling@1.0.0"),
                node(
                        "node_modules/tooling/node_modules/packed",
                        "packed",
                        "3.0.0",
                        "dev",
                        false,
                        false,
                        "tooling@1.0.0 > packed@3.0.0"),
                node(
                        "node_modules/tooling/node_modules/packed-deep",
                        "packed-deep",
                        "0.1.0",
                        "dev",
                        false,
                        false,
                        "tooling@1.0.0 > packed@3.0.0 > packed-deep@0.1.0"));
    }

    @Test
    void v1GitFileAndTarballVersionsAreKeptAsWritten() throws Exception {
        DependencyGraph graph = read("git-version");
        assertNodes(
                graph,
                node(
                        "node_modules/from-file",
                        "from-file",
                        "file:deps/from-file",
                        "prod",
                        false,
                        true,
                        "from-file@file:deps/from-file"),
                node(
                        "node_modules/from-git",
                        "from-git",
                        "github:user/from-git#3b1bb80b302c2e552685dc8a029797ec832ea7c9",
                        "prod",
                        false,
                        true,
                        "from-git@github:user/from-git#3b1bb80b302c2e552685dc8a029797ec832ea7c9"),
                node(
                        "node_modules/from-tarball",
                        "from-tarball",
                        "https://example.com/from-tarball-1.0.0.tgz",
                        "prod",
                        false,
                        true,
                        "from-tarball@https://example.com/from-tarball-1.0.0.tgz"),
                node(
                        "node_modules/semverish",
                        "semverish",
                        "1.0.0",
                        "prod",
                        false,
                        false,
                        "from-git@github:user/from-git#3b1bb80b302c2e552685dc8a029797ec832ea7c9 > semverish@1.0.0"));
        // none of them is SemVer; the rules read such a version as unreadable and move on
        for (GraphNode n : graph.nodes()) {
            if (n.version().equals("1.0.0")) continue;
            assertThrows(
                    InvalidVersionException.class,
                    () -> Ecosystem.NPM.versionScheme().parse(n.version()));
        }
        List<PackageFacts> facts = graph.nodes().stream()
                .map(n -> new PackageFacts(
                        graph.manifest(),
                        n.pkg(),
                        n.version(),
                        n.scope(),
                        n.optional(),
                        n.direct(),
                        n.paths(),
                        n.lostRequests()))
                .toList();
        assertEquals(
                List.of(),
                RuleEngine.standard().evaluate(facts, new RuleContext(new KnowledgeBaseLoader().loadBundled())));
    }

    @Test
    void v3GitEntriesKeepTheirVersionOrHaveAnEmptyOne() throws Exception {
        assertNodes(
                read("git-version-v3"),
                node("node_modules/from-git", "from-git", "2.4.1", "prod", false, true, "from-git@2.4.1"),
                node("node_modules/no-version", "no-version", "", "prod", false, true, "no-version@"));
    }

    @Test
    void withoutLockfileVersionTheSectionPresentDecidesAndAnUnreadablePackageJsonIsANote() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("my-app"));
        Files.writeString(project.resolve("package.json"), "{ not json");
        Path lock = Files.writeString(project.resolve("npm-shrinkwrap.json"), """
                {"dependencies": {"a": {"version": "1.0.0", "requires": {"b": "^2.0.0"}}, "b": {"version": "2.0.0"}}}
                """);
        DependencyGraph graph = new PackageLockReader().read(lock, "my-app/npm-shrinkwrap.json");
        assertEquals("my-app", graph.root(), "no name anywhere: the folder's name");
        assertNodes(
                graph,
                node("node_modules/a", "a", "1.0.0", "prod", false, true, "a@1.0.0"),
                node("node_modules/b", "b", "2.0.0", "prod", false, false, "a@1.0.0 > b@2.0.0"));
        assertEquals(3, graph.notes().size(), graph.notes().toString());
        assertEquals(
                "no lockfileVersion: read as version 1 (it has no `packages`)",
                graph.notes().get(0));
        assertTrue(
                graph.notes()
                        .get(1)
                        .startsWith("the package.json beside the lockfile was not used: "
                                + "my-app/package.json:1:3: not valid JSON: "),
                graph.notes().get(1));
        assertTrue(graph.notes().get(2).contains("inferred"), graph.notes().get(2));
    }
}
