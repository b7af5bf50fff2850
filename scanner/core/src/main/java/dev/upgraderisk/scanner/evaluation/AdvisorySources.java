package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import java.util.List;

/**
 * The advisories a run used, and where they came from: the curated knowledge base (bundled, a folder, or a git
 * commit) and each OSV source with how many of its advisories apply to the ecosystems scanned.
 */
public record AdvisorySources(
        KnowledgeBase knowledgeBase, KnowledgeBaseOrigin curated, int curatedEntries, List<OsvSource> osv) {
    public AdvisorySources {
        osv = List.copyOf(osv);
    }

    /** One OSV folder or zip: its path as given, files read, advisories kept, and problems met. */
    public record OsvSource(String location, int files, int advisories, int problems) {}
}
