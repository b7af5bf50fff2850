package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBase;

/** What rules may read besides the package itself. */
public record RuleContext(KnowledgeBase knowledgeBase) {
}
