package dev.upgraderisk.rules;

import java.util.List;

/**
 * The policy's verdict on a run's findings: each finding judged (findings of rules set to {@code off} are left
 * out), the suppressions that have expired (they no longer apply) and those that matched nothing.
 */
public record PolicyReport(
        Policy policy, List<Judgement> judgements, List<Suppression> expired, List<Suppression> unused) {
    public PolicyReport {
        judgements = List.copyOf(judgements);
        expired = List.copyOf(expired);
        unused = List.copyOf(unused);
    }

    public List<Judgement> failing() {
        return judgements.stream().filter(Judgement::failing).toList();
    }

    /** The findings that count (not suppressed). */
    public List<Judgement> active() {
        return judgements.stream().filter(j -> !j.suppressed()).toList();
    }

    public List<Judgement> suppressed() {
        return judgements.stream().filter(Judgement::suppressed).toList();
    }
}
