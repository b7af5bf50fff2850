package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.diff.DiffReport;
import dev.upgraderisk.scanner.diff.RevisionDiff;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.history.FindingHistory;
import dev.upgraderisk.scanner.history.HistoryReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the reports of diff (text, Markdown, JSON), history (text, JSON) and advise (text, JSON), on a
 * git repository whose commits have fixed authors and times, so their ids are the same on every run. Regenerate
 * with {@code -Dupgrade-risk.golden=update}, as for {@link ReportGoldenTest}.
 */
class RevisionReportGoldenTest {
    private static final boolean UPDATE = "update".equals(System.getProperty("upgrade-risk.golden"));

    @TempDir
    Path tmp;

    private Path repo;
    private String[] commits;

    private static String pom(String libC) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version><dependencies>"
                + "<dependency><groupId>org.fixture</groupId><artifactId>lib-c</artifactId><version>" + libC
                + "</version>"
                + "</dependency><dependency><groupId>org.fixture</groupId><artifactId>lib-b</artifactId><version>1.0"
                + "</version></dependency></dependencies></project>\n";
    }

    @BeforeEach
    void repository() throws Exception {
        repo = tmp.resolve("repo");
        String[][] steps = {
            {"1.0", "start on lib-c 1.0"},
            {"2.0", "bump lib-c to 2.0"},
            {"3.0", "move lib-c to 3.0"},
            {"2.0", "back to lib-c 2.0"}
        };
        commits = new String[steps.length];
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < steps.length; i++) {
                Files.writeString(repo.resolve("pom.xml"), pom(steps[i][0]));
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent(
                        "Dev One",
                        "dev@example.org",
                        Instant.parse("2026-01-0" + (i + 1) + "T10:00:00Z"),
                        ZoneOffset.UTC);
                commits[i] = git.commit()
                        .setMessage(steps[i][1])
                        .setAuthor(who)
                        .setCommitter(who)
                        .setSign(false)
                        .call()
                        .name();
            }
        }
    }

    private ScanRequest request() throws Exception {
        return ScanRequest.of(repo)
                .withMaven(Fixtures.maven(tmp))
                .withKnowledgeBase(Fixtures.knowledgeBase("fixture"))
                .withEnvironment(Map.of("XDG_CACHE_HOME", tmp.toString()));
    }

    private void check(String name, String actual) throws Exception {
        String normalised = actual.replace(Fixtures.knowledgeBase("fixture").toString(), "<kb>");
        Path golden = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden", name);
        if (UPDATE) Files.writeString(golden, normalised, StandardCharsets.UTF_8);
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                normalised,
                "report differs from " + golden + " (regenerate with -Dupgrade-risk.golden=update if intended)");
    }

    @Test
    void diffReports() throws Exception {
        RevisionDiff.Outcome o = RevisionDiff.run(repo, commits[0], Optional.of(commits[1]), request());
        check("diff.txt", DiffReport.render(o, ReportFormat.TEXT));
        check("diff.md", DiffReport.render(o, ReportFormat.MARKDOWN));
        check("diff.json", DiffReport.render(o, ReportFormat.JSON));
    }

    @Test
    void historyReports() throws Exception {
        FindingHistory.Result r = FindingHistory.run(repo, Optional.empty(), 1000, request());
        check("history.txt", HistoryReport.render(r, ReportFormat.TEXT));
        check("history.json", HistoryReport.render(r, ReportFormat.JSON));
    }

    @Test
    void adviceReports() throws Exception {
        var result = new ScanEngine().scan(request().withAdviceFor(List.of("org.fixture:lib-b")));
        var items = AdviceReport.items(result, Optional.empty());
        check("advice.txt", AdviceReport.text(items));
        check("advice.json", AdviceReport.json(items));
    }
}
