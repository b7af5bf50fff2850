package dev.upgraderisk.scanner.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.cli.UpgradeRiskCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** upgrade-risk diff on real git repositories made with JGit: what a change brings in, fixes, or leaves. */
class DiffCommandTest {
    @TempDir
    Path tmp;

    private Path repo;
    private Git git;

    private record Run(int code, String out, String err) {}

    private Run diff(String... args) throws Exception {
        String[] base = {
            "diff",
            "--path",
            repo.toString(),
            "--settings",
            Fixtures.settings(tmp).toString(),
            "--kb",
            Fixtures.knowledgeBase("fixture").toString()
        };
        String[] all = new String[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = UpgradeRiskCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private String pom(String libCVersion) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>service</artifactId>
                  <version>1.0</version>
                  <dependencies>
                    <dependency><groupId>org.fixture</groupId><artifactId>lib-c</artifactId><version>%s</version></dependency>
                    <dependency><groupId>org.fixture</groupId><artifactId>lib-a</artifactId><version>1.0</version></dependency>
                  </dependencies>
                </project>
                """.formatted(libCVersion);
    }

    private String commit(String pom, String message) throws Exception {
        Files.writeString(repo.resolve("pom.xml"), pom);
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("dev", "dev@example.org")
                .setSign(false)
                .call()
                .name();
    }

    @BeforeEach
    void init() throws Exception {
        repo = tmp.resolve("repo");
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    }

    @Test
    void anUncommittedBumpThatBringsInARegressionFails() throws Exception {
        String base = commit(pom("1.5"), "start");
        Files.writeString(repo.resolve("pom.xml"), pom("2.0")); // the working tree, not committed
        Run run = diff("--base", base);
        assertEquals(1, run.code(), run.err());
        assertTrue(
                run.out().contains("This change brings in 1 known risk(s) at or above the threshold 'low'."),
                run.out());
        assertTrue(run.out().contains("introduced: pom.xml org.fixture:lib-c 2.0"), run.out());
        assertTrue(run.out().contains("URK-2026-9001 high leak: Fixture regression in lib-c 2.0"), run.out());
        assertTrue(
                run.out().contains("pom.xml org.fixture:lib-c 1.5 -> 2.0 [upgraded, direct, major version jump]"),
                run.out());
    }

    @Test
    void aCommittedFixPassesAndSaysWhatItFixes() throws Exception {
        String base = commit(pom("2.0"), "affected");
        String head = commit(pom("3.0"), "fixed");
        Run run = diff("--base", base, "--head", head, "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(base, j.path("base").asText());
        assertEquals(head, j.path("head").asText());
        assertFalse(j.path("introducesFailingRisk").asBoolean());
        JsonNode change = j.path("changes").get(0);
        assertEquals("org.fixture:lib-c", change.path("package").asText());
        assertEquals("upgraded", change.path("kind").asText());
        assertEquals("URK-2026-9001", change.path("fixed").get(0).asText());
        assertTrue(change.path("majorVersionJump").asBoolean());
        JsonNode fixed = change.path("findings").path("fixed").get(0);
        assertEquals("URK-2026-9001", fixed.path("advisory").path("id").asText(), fixed.toString());
        assertEquals(
                "Fixture regression in lib-c 2.0",
                fixed.path("advisory").path("summary").asText());
        assertEquals(
                "2.0", fixed.path("package").path("version").asText(), "the base's finding, at the base's version");
        assertEquals(0, change.path("findings").path("introduced").size());
    }

    @Test
    void aGoModBumpIntoTheWebsocketWindowCarriesTheWholeEntryInJson() throws Exception {
        String go = "module example.org/chat\n\ngo 1.22\n\nrequire nhooyr.io/websocket %s\n";
        Files.writeString(repo.resolve("go.mod"), go.formatted("v1.8.7"));
        git.add().addFilepattern(".").call();
        String base = git.commit()
                .setMessage("start")
                .setAuthor("dev", "dev@example.org")
                .setSign(false)
                .call()
                .name();
        Files.writeString(repo.resolve("go.mod"), go.formatted("v1.8.10"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = UpgradeRiskCli.run(
                new String[] {
                    "diff",
                    "--path",
                    repo.toString(),
                    "--base",
                    base,
                    "--offline",
                    "--format",
                    "json",
                    "--kb",
                    "bundled"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        JsonNode introduced = j.path("introducedFailing").get(0);
        assertEquals("URK-2026-0001", introduced.path("advisory").path("id").asText(), out.toString());
        assertTrue(introduced.path("advisory").path("summary").asText().contains("oroutine"), introduced.toString());
        String refs = introduced.path("advisory").path("references").toString();
        assertTrue(refs.contains("https://github.com/coder/websocket/issues/434"), refs);
        assertTrue(refs.contains("https://github.com/coder/websocket/pull/427"), refs);
        assertEquals(
                "1.8.11", introduced.path("recommendedVersion").asText().replaceFirst("^v", ""), introduced.toString());
        assertTrue(introduced.path("failing").asBoolean());
        JsonNode change = j.path("changes").get(0);
        assertEquals("URK-2026-0001", change.path("introduced").get(0).asText());
        assertEquals(
                "URK-2026-0001",
                change.path("findings")
                        .path("introduced")
                        .get(0)
                        .path("advisory")
                        .path("id")
                        .asText());
    }

    @Test
    void existingRisksAloneDoNotFailAChange() throws Exception {
        String base = commit(pom("2.0"), "affected");
        Files.writeString(repo.resolve("README.md"), "no dependency change");
        Run run = diff("--base", base, "--format", "markdown");
        assertEquals(0, run.code(), run.err());
        assertTrue(
                run.out().startsWith("### upgrade-risk: No new risk: this change brings in no known regression"),
                run.out());
    }

    @Test
    void anUnknownBaseInAShallowCloneSaysHowToFetchIt() throws Exception {
        String first = commit(pom("1.5"), "one");
        commit(pom("2.0"), "two");
        Path shallow = tmp.resolve("shallow");
        Git.cloneRepository()
                .setURI(repo.toUri().toString())
                .setDirectory(shallow.toFile())
                .setDepth(1)
                .call()
                .close();
        repo = shallow;
        Run run = diff("--base", first);
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("it is a shallow clone"), run.err());
        assertTrue(run.err().contains("fetch-depth: 0"), run.err());
    }

    @Test
    void notARepository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("plain"));
        Run run = diff("--base", "main");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("not inside a git repository"), run.err());
    }
}
