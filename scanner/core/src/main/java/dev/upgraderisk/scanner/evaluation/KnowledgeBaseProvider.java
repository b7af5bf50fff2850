package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import dev.upgraderisk.kb.git.GitKnowledgeBaseException;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import dev.upgraderisk.kb.osv.OsvImport;
import dev.upgraderisk.kb.osv.OsvImporter;
import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Loads the advisories a request names; a broken knowledge base is refused with every problem listed. */
public final class KnowledgeBaseProvider {
    private KnowledgeBaseRequest lastRequest;
    private AdvisorySources last;

    /** Loads once per request: an engine that scans many revisions (diff, history) reads its advisories once. */
    public synchronized AdvisorySources load(KnowledgeBaseRequest request) throws InputException {
        if (!request.equals(lastRequest)) {
            last = read(request);
            lastRequest = request;
        }
        return last;
    }

    private static AdvisorySources read(KnowledgeBaseRequest request) throws InputException {
        KnowledgeBase curated = curated(request);
        List<Advisory> security = new ArrayList<>();
        List<AdvisorySources.OsvSource> sources = new ArrayList<>();
        for (Path osv : request.osv()) {
            OsvImport imported;
            try {
                imported = OsvImporter.read(osv);
            } catch (IOException e) {
                throw new InputException(
                        "--kb-osv " + osv + ": " + e.getMessage(),
                        "give a folder of OSV JSON files or an OSV zip export (such as osv.dev's all.zip)");
            }
            if (imported.files() == 0) {
                throw new InputException(
                        "--kb-osv " + osv + ": no OSV JSON files found",
                        "give a folder of OSV JSON files or an OSV zip export (such as osv.dev's all.zip)");
            }
            security.addAll(imported.advisories());
            sources.add(new AdvisorySources.OsvSource(
                    osv.toString(),
                    imported.files(),
                    imported.advisories().size(),
                    imported.problems().size()));
        }
        KnowledgeBase all = security.isEmpty() ? curated : curated.with(security, curated.origin());
        return new AdvisorySources(all, curated.origin(), curated.advisories().size(), sources);
    }

    private static KnowledgeBase curated(KnowledgeBaseRequest request) throws InputException {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        try {
            if (request.folder().isPresent()) {
                return loader.load(request.folder().get());
            }
            if (!request.bundledOnly()) {
                Optional<KnowledgeBase> git = new GitKnowledgeBaseCache(request.cache()).load(request.pinnedCommit());
                if (git.isPresent()) return git.get();
            }
            return loader.loadBundled();
        } catch (KnowledgeBaseException e) {
            throw new InputException(
                    "the knowledge base " + request.folder().map(Path::toString).orElse("(bundled)")
                            + " has invalid entries:\n"
                            + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")),
                    "fix the entries named above (file: field: problem); `upgrade-risk kb lint DIR` checks a folder",
                    e);
        } catch (GitKnowledgeBaseException e) {
            throw new InputException(e.getMessage(), "run `upgrade-risk kb update --from URL` or use --kb bundled", e);
        } catch (IOException e) {
            String what = e instanceof NoSuchFileException n && n.getReason() != null ? n.getReason() : e.getMessage();
            throw new InputException(
                    request.folder().map(Path::toString).orElse("") + ": cannot read the knowledge base: " + what,
                    "give --kb a folder of entry files");
        }
    }
}
