package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Text from manifests and entries renders as plain text in GitHub Markdown: no markup, links, mentions, autolinks. */
class MarkdownEscapingTest {
    @Test
    void bareUrlsAreNotAutolinked() {
        String md = MarkdownReportWriter.md("see https://evil.example/x and WWW.evil.example");
        assertFalse(md.contains("://"), md);
        assertFalse(md.toLowerCase().contains("www."), md);
        assertEquals("see https:\u200b//evil.example/x and WWW\u200b.evil.example", md);
    }

    @Test
    void markupMentionsAndTableBreaksStayText() {
        assertEquals(
                "\\<img src=x\\> \\| @\u200bteam \\[a\\]\\(b\\) \\`x\\`",
                MarkdownReportWriter.md("<img src=x> | @team [a](b) `x`"));
    }
}
