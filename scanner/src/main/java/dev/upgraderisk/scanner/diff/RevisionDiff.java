package dev.upgraderisk.scanner.diff;

import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.engine.InputException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanException;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.engine.ScanResult;
import dev.upgraderisk.scanner.git.RevisionSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * The risk of a change: scans the base revision and the head (a revision, or the working tree), each read from git
 * objects, and compares them. Both sides are judged by the head's policy.
 */
public final class RevisionDiff {
    private RevisionDiff() {
    }

    /** What was compared: the commits (head empty for the working tree) and the result. */
    public record Outcome(String baseCommit, Optional<String> headCommit, GraphDiff.Result result) {
    }

    public static Outcome run(Path path, String base, Optional<String> head, ScanRequest template)
            throws ScanException {
        return run(path, base, head, template, false);
    }

    /**
     * @param exactBase compare with {@code base} itself; by default the comparison starts where head branched off
     *     base (their merge base, as {@code git diff base...head}), so a branch that is behind is not blamed for what
     *     base changed since
     */
    public static Outcome run(Path path, String base, Optional<String> head, ScanRequest template, boolean exactBase)
            throws ScanException {
        try (Repository repo = RevisionSnapshot.open(path)) {
            if (!exactBase) base = RevisionSnapshot.mergeBase(repo, base, head.orElse("HEAD"));
            Path absolute = path.toAbsolutePath().normalize();
            Path workTree = repo.isBare() ? null : repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Path within = workTree != null && absolute.startsWith(workTree) ? workTree.relativize(absolute) : Path.of("");
            try (RevisionSnapshot b = RevisionSnapshot.of(repo, base)) {
                Optional<RevisionSnapshot> h = head.isPresent() ? Optional.of(RevisionSnapshot.of(repo, head.get()))
                        : Optional.empty();
                try {
                    if (h.isEmpty() && workTree == null) {
                        throw new InputException("a bare repository has no working tree to compare with",
                                "give --head REF");
                    }
                    Path headRoot = h.map(s -> s.folder().resolve(within)).orElse(absolute);
                    Policy policy = template.policy().load(headRoot);
                    ScanRequest request = template.withPolicy(policy);
                    ScanEngine engine = new ScanEngine();
                    ScanResult before = engine.scan(request.withTarget(b.folder().resolve(within)));
                    ScanResult after = engine.scan(request.withTarget(headRoot));
                    return new Outcome(b.commit(), h.map(RevisionSnapshot::commit), GraphDiff.compare(before, after));
                } finally {
                    h.ifPresent(RevisionSnapshot::close);
                }
            }
        }
    }
}
