package dev.upgraderisk.kb.git;

/** A knowledge base in git: the repository it was fetched from and the commit in use. */
public record GitKnowledgeBaseRef(String url, String commit) {}
