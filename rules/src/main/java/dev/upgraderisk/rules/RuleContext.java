package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBase;

/** What rules may read besides the package itself: the advisories, and the policy (for denied packages). */
public record RuleContext(KnowledgeBase knowledgeBase, Policy policy) {
    public RuleContext(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, Policy.defaults());
    }
}
