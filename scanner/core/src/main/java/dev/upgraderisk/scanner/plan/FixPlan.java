package dev.upgraderisk.scanner.plan;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.MediatedIntoAffectedRule;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.rules.UnstableVersionRule;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to change, first: the upgrades that end a scan's findings, one per package and version (a package used by
 * several manifests is moved once, and all its entries go with it), most failing findings first; then the findings
 * no upgrade ends (no fixed release is known, or the rule is not about the version). Suppressed and informational
 * findings are left out: there is nothing to fix.
 */
public record FixPlan(List<PlannedUpgrade> upgrades, List<FindingGroup> unfixed) {
    public FixPlan {
        upgrades = List.copyOf(upgrades);
        unfixed = List.copyOf(unfixed);
    }

    public static FixPlan of(ScanResult r) {
        KnowledgeBase kb = r.sources().knowledgeBase();
        Map<Step, List<FindingGroup>> byStep = new LinkedHashMap<>();
        List<FindingGroup> unfixed = new ArrayList<>();
        for (FindingGroup g : FindingGroup.of(r)) {
            List<ScanResult.Entry> actionable = g.entries().stream()
                    .filter(e -> !e.finding().informational())
                    .toList();
            if (actionable.isEmpty()) continue;
            Optional<String> to = g.advice().flatMap(a -> a.recommendedVersion());
            FindingGroup kept = new FindingGroup(g.pkg(), actionable, g.advice());
            if (to.isEmpty()) {
                unfixed.add(kept);
            } else {
                byStep.computeIfAbsent(new Step(g.pkg().pkg(), g.pkg().version(), to.get()), k -> new ArrayList<>())
                        .add(kept);
            }
        }
        List<PlannedUpgrade> upgrades = new ArrayList<>();
        byStep.forEach((step, groups) -> {
            List<ScanResult.Entry> ends = new ArrayList<>();
            List<ScanResult.Entry> remains = new ArrayList<>();
            for (FindingGroup g : groups) {
                for (ScanResult.Entry e : g.entries()) {
                    (endsAt(kb, e.finding(), step.to()) ? ends : remains).add(e);
                }
            }
            if (ends.isEmpty()) {
                unfixed.addAll(groups);
                return;
            }
            upgrades.add(new PlannedUpgrade(
                    step.pkg(),
                    step.from(),
                    step.to(),
                    groups.stream().map(FindingGroup::manifest).distinct().toList(),
                    groups.stream().anyMatch(g -> g.pkg().direct()),
                    ends,
                    remains,
                    groups.stream()
                            .map(g -> g.advice().flatMap(a -> a.viaDirect()))
                            .flatMap(Optional::stream)
                            .findFirst(),
                    groups.stream()
                            .map(g -> g.advice().flatMap(a -> a.change()))
                            .flatMap(Optional::stream)
                            .findFirst()));
        });
        upgrades.sort(Comparator.comparingLong(PlannedUpgrade::failingEnded)
                .thenComparingInt(u -> u.ends().size())
                .reversed()
                .thenComparing(u -> u.pkg().name()));
        return new FixPlan(upgrades, unfixed);
    }

    /** Whether moving to {@code to} ends the finding: the entry no longer affects it, or the rule no longer holds. */
    static boolean endsAt(KnowledgeBase kb, Finding f, String to) {
        Version target;
        try {
            target = f.pkg().pkg().ecosystem().versionScheme().parse(to);
        } catch (InvalidVersionException e) {
            return false;
        }
        boolean aboutAnEntry =
                f.source() == Finding.Source.ADVISORY || f.ruleId().equals(MediatedIntoAffectedRule.ID);
        if (aboutAnEntry && f.match().isPresent()) {
            String id = f.match().get().advisory().id();
            return kb.match(f.pkg().pkg(), target).stream()
                    .noneMatch(m -> m.advisory().id().equals(id));
        }
        return switch (f.ruleId()) {
            case UnstableVersionRule.ID -> !target.isPreRelease();
            case RetractedVersionRule.ID -> true; // advice never picks a withdrawn version
            default -> false; // denied or renamed packages, version jumps: not a matter of the version
        };
    }

    /** How reports name what a finding is: its entry's id, else its rule's. */
    public static String idOf(ScanResult.Entry e) {
        return e.finding()
                .match()
                .map(m -> m.advisory().id())
                .orElse(e.finding().ruleId());
    }

    /** Findings the plan covers: those its upgrades end plus those they leave. */
    public int findings() {
        return upgrades.stream()
                        .mapToInt(u -> u.ends().size() + u.remains().size())
                        .sum()
                + unfixed.stream().mapToInt(g -> g.entries().size()).sum();
    }

    public int ended() {
        return upgrades.stream().mapToInt(u -> u.ends().size()).sum();
    }

    public boolean isEmpty() {
        return upgrades.isEmpty() && unfixed.isEmpty();
    }

    private record Step(PackageName pkg, String from, String to) {}
}
