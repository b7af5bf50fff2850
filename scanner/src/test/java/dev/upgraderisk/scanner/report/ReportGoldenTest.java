package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden-file tests for every report format. Machine-specific parts (the tool version, the knowledge-base folder)
 * are normalised. To regenerate after an intended change: {@code ./mvnw -pl scanner test -Dupgrade-risk.golden=update}.
 */
class ReportGoldenTest {
    private static final boolean UPDATE = "update".equals(System.getProperty("upgrade-risk.golden"));

    @TempDir
    Path tmp;

    private ScanResult scan(String project) throws Exception {
        return scan(project, "fixture");
    }

    private ScanResult scan(String project, String kb) throws Exception {
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase(kb)));
    }

    private static String render(ScanResult result, ReportFormat format) throws Exception {
        StringWriter w = new StringWriter();
        format.writer().write(result, w);
        return w.toString()
                .replace(Fixtures.knowledgeBase("fixture").toString(), "<kb>")
                .replace(Fixtures.knowledgeBase("plan").toString(), "<kb>")
                .replace(ToolVersion.home(), "<home>")
                .replace(ToolVersion.get(), "<version>");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void affectedProjectReport(ReportFormat format) throws Exception {
        assertGolden("affected", render(scan("affected"), format), format);
    }

    /** Several entries on one package (shown once, with one advice), one left by the upgrade, one with no fix. */
    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void fixPlanReport(ReportFormat format) throws Exception {
        assertGolden("plan", render(scan("plan", "plan"), format), format);
    }

    private static void assertGolden(String name, String actual, ReportFormat format) throws Exception {
        Path golden = Path.of(
                System.getProperty("basedir", "."),
                "src/test/resources/golden",
                name + "."
                        + switch (format) {
                            case JSON -> "json";
                            case SARIF -> "sarif.json";
                            case TEXT -> "txt";
                            case MARKDOWN -> "md";
                            case HTML -> "html";
                        });
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                actual,
                "report differs from " + golden + " (regenerate with -Dupgrade-risk.golden=update if intended)");
    }

    @Test
    void sameInputGivesByteIdenticalJson() throws Exception {
        assertEquals(render(scan("reactor"), ReportFormat.JSON), render(scan("reactor"), ReportFormat.JSON));
    }
}
