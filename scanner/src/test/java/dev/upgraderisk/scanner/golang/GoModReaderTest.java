package dev.upgraderisk.scanner.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** go.mod scenarios, each a file of its own under {@code src/test/resources/golang}. */
class GoModReaderTest {
    private static DependencyGraph read(String scenario) throws InputException {
        return new GoModReader().read(Fixtures.resource("golang/" + scenario + "/go.mod"), "go.mod");
    }

    /** {@code path@version[ indirect]} of every node. */
    private static Set<String> rows(DependencyGraph g) {
        return g.nodes().stream()
                .map(n -> n.pkg().name() + "@" + n.version() + (n.direct() ? "" : " indirect"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static GraphNode node(DependencyGraph g, String name) {
        return g.nodes().stream()
                .filter(n -> n.pkg().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void empty() throws Exception {
        DependencyGraph g = read("empty");
        assertEquals("example.org/empty", g.root());
        assertEquals(Set.of("stdlib@1.22"), rows(g));
        assertEquals(List.of(), g.notes());
    }

    @Test
    void blocksCommentsQuotesIndirectAndAGoLineAtTheEnd() throws Exception {
        DependencyGraph g = read("blocks-and-comments");
        assertEquals("example.org/app", g.root());
        assertEquals(
                Set.of(
                        "github.com/a/direct@v1.2.3",
                        "github.com/b/indirect@v0.0.0-20210101000000-abcdef123456 indirect",
                        "github.com/c/v2@v2.0.1 indirect",
                        "github.com/d/incompatible@v3.0.0+incompatible",
                        "github.com/e/backquoted@v1.0.0 indirect",
                        "stdlib@1.21.0"),
                rows(g));
        assertEquals(List.of(), g.notes(), "go 1.21 lists the whole pruned graph");
    }

    @Test
    void replacementsTakeThePlaceOfTheModule() throws Exception {
        DependencyGraph g = read("replacements");
        assertEquals(
                Set.of(
                        "example.com/fork/net@v1.4.5",
                        "example.org/everywhere-fork@v1.1.0",
                        "example.org/other-version@v0.5.0",
                        "github.com/BurntSushi/toml@",
                        "stdlib@1.22.3"),
                rows(g));
        assertEquals(
                List.of("golang.org/x/net@v1.2.3"),
                node(g, "example.com/fork/net").relocatedFrom());
        GraphNode local = node(g, "github.com/BurntSushi/toml");
        assertEquals("../toml", local.location(), "a local replacement keeps the module path and names the folder");
    }

    @Test
    void theHighestRequiredVersionWins() throws Exception {
        DependencyGraph g = read("duplicate-require");
        GraphNode net = node(g, "golang.org/x/net");
        assertEquals("v1.2.3", net.version());
        assertEquals("v0.5.6", net.lostRequests().get(0).requestedVersion());
    }

    @Test
    void anExcludedRequiredVersionIsNoted() throws Exception {
        DependencyGraph g = read("exclude");
        assertTrue(
                g.notes().get(0).startsWith("github.com/a/lib v1.5.0 is excluded (line 7)"),
                g.notes().toString());
    }

    @Test
    void beforeGo117TheGoSumCompletesAnApproximateGraph() throws Exception {
        DependencyGraph g = read("old-go-with-sum");
        assertEquals(
                Set.of(
                        "github.com/sirupsen/logrus@v1.9.3",
                        "github.com/davecgh/go-spew@v1.1.1 indirect",
                        "golang.org/x/sys@v0.0.0-20220715151400-c0bba94af5f8 indirect",
                        "stdlib@1.16"),
                rows(g));
        assertTrue(
                g.notes().get(0).contains("the graph is approximate"), g.notes().toString());
    }

    /**
     * Before go 1.17, go.sum lists a replaced module under its replacement's path and version. That entry is the
     * required module itself (one node, named by its replacement), not a second, indirect module.
     */
    @Test
    void oldGoWithAReplacementToAnotherModuleListsItOnce() throws Exception {
        DependencyGraph g = read("old-go-replace-with-sum");
        assertEquals(
                Set.of("github.com/gorilla/mux@v1.7.2", "github.com/pkg/errors@v0.9.1 indirect", "stdlib@1.16"),
                rows(g));
        assertEquals(
                1,
                g.nodes().stream()
                        .filter(n -> n.pkg().name().equals("github.com/gorilla/mux"))
                        .count());
    }

    @Test
    void withoutAGoDirectiveGoAssumes116AndSaysSo() throws Exception {
        DependencyGraph g = read("old-go-without-sum");
        assertTrue(
                g.notes().get(0).startsWith("no go directive (Go assumes 1.16)"),
                g.notes().toString());
        assertTrue(
                g.notes().get(0).contains("indirect modules may be missing"),
                g.notes().toString());
    }

    @Test
    void errorsNameFileAndLine() {
        assertError("unknown-directive", "go.mod:5: unknown directive: requires");
        assertError("unclosed-block", "go.mod:5: the require block opened here is never closed");
        assertError("bad-version", "go.mod:5: invalid version '1.0'");
        assertError("missing-version", "go.mod:4: usage: require PATH VERSION");
        assertError("binary", "go.mod: a binary file, not a text go.mod");
    }

    private static void assertError(String scenario, String expected) {
        InputException e = assertThrows(InputException.class, () -> read(scenario));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(!e.hint().isEmpty());
    }
}
