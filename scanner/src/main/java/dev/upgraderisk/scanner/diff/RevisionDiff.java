package dev.upgraderisk.scanner.diff;

import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.PolicyFileReader;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.git.RevisionSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jgit.lib.Repository;

/**
 * The risk of a change: scans the base revision and the head (a revision, or the working tree), each read from git
 * objects, and compares them. Both sides are judged by the base's policy: a change cannot waive its own risks by
 * editing {@code upgrade-risk.yaml} (or by adding one); an edited policy applies once it is merged, and the report
 * says the change edits it. {@code --policy FILE} overrides both.
 */
public final class RevisionDiff {
    private RevisionDiff() {}

    private static ScanResult scan(ScanEngine engine, ScanRequest request) {
        try {
            return engine.scan(request);
        } catch (ScanException e) {
            throw new CompletionException(e);
        }
    }

    private static String policyText(Path root) {
        Path file = root.resolve(PolicyFileReader.DEFAULT_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    private static ScanResult join(CompletableFuture<ScanResult> f) throws ScanException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ScanException s) throw s;
            throw e;
        }
    }

    /** What was compared: the commits (head empty for the working tree) and the result. */
    public record Outcome(
            String baseCommit, Optional<String> headCommit, GraphDiff.Result result, boolean policyEdited) {}

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
            Path workTree = repo.isBare()
                    ? null
                    : repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Path within =
                    workTree != null && absolute.startsWith(workTree) ? workTree.relativize(absolute) : Path.of("");
            try (RevisionSnapshot b = RevisionSnapshot.of(repo, base)) {
                Optional<RevisionSnapshot> h =
                        head.isPresent() ? Optional.of(RevisionSnapshot.of(repo, head.get())) : Optional.empty();
                try {
                    if (h.isEmpty() && workTree == null) {
                        throw new InputException(
                                "a bare repository has no working tree to compare with", "give --head REF");
                    }
                    Path headRoot = h.map(s -> s.folder().resolve(within)).orElse(absolute);
                    Path baseRoot = b.folder().resolve(within);
                    Policy policy = template.policy().load(baseRoot);
                    ScanRequest request = template.withPolicy(policy);
                    ScanEngine engine = new ScanEngine(); // one engine: the advisories are loaded once
                    // both sides resolve at once (the local repository's named locks keep them apart)
                    CompletableFuture<ScanResult> before = CompletableFuture.supplyAsync(
                            () -> scan(
                                    engine,
                                    request.withTarget(b.folder().resolve(within))
                                            .withoutAdvice()),
                            task -> new Thread(task, "upgrade-risk-base").start());
                    ScanResult after;
                    try {
                        after = engine.scan(request.withTarget(headRoot));
                    } catch (ScanException | RuntimeException e) {
                        // the base side still reads its snapshot: let it finish before the snapshot is deleted
                        before.handle((r, x) -> null).join();
                        throw e;
                    }
                    return new Outcome(
                            b.commit(),
                            h.map(RevisionSnapshot::commit),
                            GraphDiff.compare(join(before), after),
                            !policyText(baseRoot).equals(policyText(headRoot)));
                } finally {
                    h.ifPresent(RevisionSnapshot::close);
                }
            }
        }
    }
}
