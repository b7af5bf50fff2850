package dev.upgraderisk.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRequestTest {
    @TempDir
    Path tmp;

    /** The request's environment decides the default knowledge-base cache, not the process's. */
    @Test
    void theRequestsEnvironmentChoosesTheDefaultKnowledgeBaseCache() {
        ScanRequest r = ScanRequest.of(tmp).withEnvironment(Map.of("XDG_CACHE_HOME", tmp.toString()));
        assertEquals(
                tmp.resolve("upgrade-risk").resolve("kb"), r.knowledgeBase().cache());
    }

    @Test
    void aCacheTheRequestChoseIsKept() {
        Path mine = tmp.resolve("mine");
        ScanRequest r = ScanRequest.of(tmp)
                .withKnowledgeBase(new KnowledgeBaseRequest(Optional.empty(), false, List.of(), Optional.empty(), mine))
                .withEnvironment(Map.of("XDG_CACHE_HOME", tmp.toString()));
        assertEquals(mine, r.knowledgeBase().cache());
    }
}
