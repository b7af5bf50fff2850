package dev.upgraderisk.scanner.plan;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.DirectUpgrade;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link FixPlan}: move {@code pkg} from {@code from} to {@code to} (in every manifest listed), which
 * ends the findings in {@code ends}; {@code remains} are the findings on the same package that the move does not end.
 * {@code viaDirect} is the direct dependency's release that brings the move, for a transitive package; {@code change}
 * the edit that makes the move where the build decides the version, where the build's models were read.
 */
public record PlannedUpgrade(
        PackageName pkg,
        String from,
        String to,
        List<String> manifests,
        boolean direct,
        List<ScanResult.Entry> ends,
        List<ScanResult.Entry> remains,
        Optional<DirectUpgrade> viaDirect,
        Optional<BuildChange> change) {
    public PlannedUpgrade {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        manifests = List.copyOf(manifests);
        ends = List.copyOf(ends);
        remains = List.copyOf(remains);
        Objects.requireNonNull(viaDirect, "viaDirect");
        Objects.requireNonNull(change, "change");
    }

    /** The ids of what the move ends (entry ids, else rule ids), each once, in order. */
    public List<String> endsIds() {
        return ends.stream().map(FixPlan::idOf).distinct().toList();
    }

    /** The ids of what the move leaves (entry ids, else rule ids), each once, in order. */
    public List<String> leavesIds() {
        return remains.stream().map(FixPlan::idOf).distinct().toList();
    }

    /** How many of the ended findings fail the run. */
    public long failingEnded() {
        return ends.stream().filter(e -> e.judgement().failing()).count();
    }
}
