package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBase;
import java.util.Objects;

/**
 * What rules may read besides the package itself: the advisories, the policy (for denied packages) and the
 * versions their publishers withdrew (as the registries said, where they were asked).
 */
public record RuleContext(KnowledgeBase knowledgeBase, Policy policy, WithdrawnVersions withdrawn) {
    public RuleContext {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(withdrawn, "withdrawn");
    }

    public RuleContext(KnowledgeBase knowledgeBase, Policy policy) {
        this(knowledgeBase, policy, WithdrawnVersions.NONE);
    }

    public RuleContext(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, Policy.defaults());
    }
}
