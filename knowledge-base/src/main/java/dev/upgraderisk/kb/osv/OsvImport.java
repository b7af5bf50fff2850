package dev.upgraderisk.kb.osv;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.EntryProblem;
import java.util.List;

/**
 * The result of reading OSV files: the advisories for ecosystems this tool scans, how many files were read, how many
 * advisories were left out because they name only other ecosystems (PyPI, crates.io, ...) or are withdrawn, and the
 * problems found (a file that is not OSV, a range with unreadable versions), each naming the file.
 */
public record OsvImport(List<Advisory> advisories, int files, int skipped, List<EntryProblem> problems) {
    public OsvImport {
        advisories = List.copyOf(advisories);
        problems = List.copyOf(problems);
    }
}
