package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.fix.FileEdit;
import dev.upgraderisk.scanner.fix.FixOutcome;
import dev.upgraderisk.scanner.fix.FixProposal;
import dev.upgraderisk.scanner.fix.ManifestChanges;
import dev.upgraderisk.scanner.fix.ManifestFixer;
import dev.upgraderisk.scanner.fix.ManifestWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code fix}: scan, turn the advice into changes where each build decides the version, edit the manifests
 * (format-preserving, parsed again before anything is written, all or none), and scan again to see which findings
 * are gone. If the fixed project cannot be scanned, every file gets its old text back.
 */
public final class FixEngine {
    private final ScanEngine engine = new ScanEngine();

    public FixOutcome fix(ScanRequest request, boolean dryRun) throws ScanException {
        ScanResult before = engine.scan(request);
        Path root = ManifestSelection.of(request.target(), request.manifest()).root();
        FixProposal proposal = ManifestFixer.propose(root, ManifestChanges.of(before));
        if (dryRun || proposal.edits().isEmpty()) return FixOutcome.proposed(proposal, before);
        ManifestWriter.write(root, proposal.edits(), ManifestChecks::check);
        ScanResult after;
        try {
            after = engine.scan(request);
        } catch (ScanException e) {
            restore(root, proposal.edits());
            throw new InputException(
                    "the fixed project could not be scanned, so every file was restored: " + e.getMessage(), e.hint());
        }
        return FixOutcome.applied(proposal, before, after);
    }

    private static void restore(Path root, List<FileEdit> edits) throws InputException {
        for (FileEdit e : edits) {
            try {
                Files.writeString(root.resolve(e.file()), e.before(), StandardCharsets.UTF_8);
            } catch (IOException io) {
                throw new InputException(
                        e.file() + ": cannot restore after a failed fix: " + io.getMessage(),
                        "restore it from version control");
            }
        }
    }
}
