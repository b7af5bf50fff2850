package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a fix did: the proposal, whether it was written, and, from the scan after it, the findings it ended, those
 * that remain, and any that the new versions brought. A finding is the same before and after when its manifest,
 * package, rule and entry are (the version is what the fix changes). {@code failing} is true when findings that fail
 * the policy remain: after the fix, or (nothing written) in the scan.
 */
public record FixOutcome(
        FixProposal proposal,
        boolean applied,
        List<Finding> gone,
        List<Finding> remaining,
        List<Finding> appeared,
        boolean failing) {
    public FixOutcome {
        gone = List.copyOf(gone);
        remaining = List.copyOf(remaining);
        appeared = List.copyOf(appeared);
    }

    /** Nothing written (a dry run, or nothing to change): every finding of the scan remains. */
    public static FixOutcome proposed(FixProposal proposal, ScanResult before) {
        return new FixOutcome(
                proposal,
                false,
                List.of(),
                counted(before),
                List.of(),
                !before.failing().isEmpty());
    }

    /** Written, then scanned again. */
    public static FixOutcome applied(FixProposal proposal, ScanResult before, ScanResult after) {
        Set<String> was = counted(before).stream().map(FixOutcome::key).collect(Collectors.toSet());
        Set<String> now = counted(after).stream().map(FixOutcome::key).collect(Collectors.toSet());
        return new FixOutcome(
                proposal,
                true,
                counted(before).stream().filter(f -> !now.contains(key(f))).toList(),
                counted(after).stream().filter(f -> was.contains(key(f))).toList(),
                counted(after).stream().filter(f -> !was.contains(key(f))).toList(),
                !after.failing().isEmpty());
    }

    /** The findings that count: not suppressed and not informational. */
    private static List<Finding> counted(ScanResult r) {
        return r.findings().stream()
                .filter(f -> !f.informational() && !r.judgement(f).suppressed())
                .toList();
    }

    static String key(Finding f) {
        return f.pkg().manifest() + " " + f.pkg().pkg() + " " + f.ruleId() + " "
                + f.match().map(m -> m.advisory().id()).orElse("");
    }

    /** For people: the diff, the commands left to run, the notes, and the findings gone and remaining. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        FixProposal p = proposal;
        if (p.edits().isEmpty() && p.commands().isEmpty()) {
            return "Nothing to fix: no finding has a recommended version to move to.\n";
        }
        sb.append(p.diff());
        if (!p.edits().isEmpty()) sb.append('\n');
        p.changes().forEach(c -> sb.append("change: ").append(c.describe()).append('\n'));
        p.commands().forEach(c -> sb.append("run:    ").append(c).append(" (npm writes package-lock.json)\n"));
        p.notes().forEach(n -> sb.append("then:   ").append(n).append('\n'));
        if (!applied) {
            sb.append(p.edits().isEmpty() ? "" : "dry run: no file was changed\n");
            return sb.toString();
        }
        sb.append("applied to ").append(p.edits().size()).append(p.edits().size() == 1 ? " file" : " files");
        sb.append("; scanned again: ").append(gone.size()).append(" finding(s) gone, ");
        sb.append(remaining.size()).append(" remaining\n");
        gone.forEach(f -> sb.append("  gone:      ").append(line(f)).append('\n'));
        remaining.forEach(f -> sb.append("  remaining: ").append(line(f)).append('\n'));
        appeared.forEach(f -> sb.append("  new:       ").append(line(f)).append('\n'));
        return sb.toString();
    }

    private static String line(Finding f) {
        Optional<String> id = f.match().map(m -> m.advisory().id());
        return f.pkg().manifest() + ": " + f.pkg().pkg().name() + " " + f.pkg().version() + " " + id.orElse(f.ruleId());
    }
}
