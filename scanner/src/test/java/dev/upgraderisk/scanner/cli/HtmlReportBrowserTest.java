package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a browser shows it: Debian's headless Chromium loads the file, runs its script, renders it. */
class HtmlReportBrowserTest {
    @TempDir
    Path tmp;

    private Path report(String... extra) throws Exception {
        Path html = tmp.resolve("out/report.html");
        String[] base = {
            "scan",
            Fixtures.project("affected").toString(),
            "--settings",
            Fixtures.settings(tmp).toString(),
            "--kb",
            Fixtures.knowledgeBase("fixture").toString(),
            "--format",
            "html",
            "--output",
            html.toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out(), "the report goes to the file only");
        return html;
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), name + " not set: the page's script did not run\n" + dom);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void findingRowsAreLaidOutAndThePackageTableFilters() throws Exception {
        Path html = report();
        HeadlessChromium browser = HeadlessChromium.in(tmp);
        String dom = browser.dumpDom(html, "");
        assertEquals(1, attribute(dom, "data-rendered-findings"), "finding boxes with a height on the page");
        assertEquals(3, attribute(dom, "data-visible-packages"));
        assertTrue(dom.contains("3 of 3 shown"), dom);
        String filtered = browser.dumpDom(html, "#q=lib-c");
        assertEquals(1, attribute(filtered, "data-visible-packages"), "the filter from the address keeps lib-c only");
    }

    @Test
    void screenshotShowsTheFailingVerdictAndTheFindingBadge() throws Exception {
        Path html = report();
        Path png = HeadlessChromium.in(tmp).screenshot(html, tmp.resolve("report.png"), 1200, 900);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int verdictPink = count(image, 0xffebe9);
        int failRed = count(image, 0xcf222e);
        assertTrue(verdictPink > 2_000, "the failing verdict's background is drawn: " + verdictPink + " px");
        assertTrue(failRed > 500, "the finding's red border and 'fails the run' badge are drawn: " + failRed + " px");
    }

    @Test
    void hostileAdvisoryTextNeitherRunsNorLinks() throws Exception {
        Path html = report("--kb-osv", Fixtures.resource("osv/hostile").toString());
        String source = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(source.contains("<script>alert"), "markup from an advisory is escaped");
        assertFalse(source.contains("<img"), "markup from an advisory is escaped");
        assertFalse(source.contains("href=\"javascript:"), "only http(s) references become links");
        assertFalse(source.contains("\u001b") || source.contains("\u202e"), "control characters are made visible");
        String dom = HeadlessChromium.in(tmp).dumpDom(html, "");
        assertTrue(dom.contains("data-pwned"), "the advisory's text is on the page, as text");
        assertFalse(
                Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(),
                "a handler from the advisory ran:\n" + dom);
        assertEquals(2, attribute(dom, "data-rendered-findings"));
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) n++;
            }
        }
        return n;
    }
}
