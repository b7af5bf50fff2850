package dev.upgraderisk.kb.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundle decodes advisories on demand: what it answers must be what the entry files answer. */
class KnowledgeBaseCodecTest {
    private static KnowledgeBase folder;
    private static byte[] bundle;

    @BeforeAll
    static void encode() throws Exception {
        folder = new KnowledgeBaseLoader().load(Path.of(System.getProperty("basedir", "."), "entries"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            KnowledgeBaseCodec.write(folder, out);
        }
        bundle = bytes.toByteArray();
    }

    @Test
    void matchingTheLazyBundleEqualsMatchingTheEntryFiles() throws Exception {
        KnowledgeBase lazy = KnowledgeBaseCodec.read(bundle, "bundled", "");
        int compared = 0;
        for (Advisory a : folder.advisories()) {
            for (Affected affected : a.affected()) {
                var scheme = affected.pkg().ecosystem().versionScheme();
                for (var range : affected.ranges()) {
                    for (RangeEvent e : range.events()) {
                        if (e.isFromBeginning()) continue;
                        var version = scheme.parseValid(e.version());
                        List<String> expected = ids(folder.match(affected.pkg(), version));
                        assertEquals(
                                expected, ids(lazy.match(affected.pkg(), version)), affected.pkg() + " " + version);
                        compared++;
                    }
                }
            }
            assertEquals(folder.byId(a.id()), lazy.byId(a.id()));
        }
        assertTrue(compared > 1000, "compared " + compared + " versions");
    }

    @Test
    void aTruncatedBundleIsRefused() {
        for (int cut : new int[] {3, 100, bundle.length / 2, bundle.length - 1}) {
            byte[] truncated = Arrays.copyOf(bundle, cut);
            IOException e = assertThrows(IOException.class, () -> KnowledgeBaseCodec.read(truncated, "bundled", ""));
            assertTrue(
                    e.getMessage().contains("truncated") || e.getMessage().contains("not a knowledge-base bundle"),
                    e.getMessage());
        }
    }

    @Test
    void bytesAfterTheLastAdvisoryAreRefused() {
        byte[] longer = Arrays.copyOf(bundle, bundle.length + 4);
        assertThrows(IOException.class, () -> KnowledgeBaseCodec.read(longer, "bundled", ""));
    }

    private static List<String> ids(List<KnowledgeBaseMatch> matches) {
        return matches.stream().map(m -> m.advisory().id()).toList();
    }
}
