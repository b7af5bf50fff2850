package dev.upgraderisk.kb;

/** Where an advisory comes from: the curated regression knowledge base, or an imported OSV security database. */
public enum Origin {
    /** A curated regression entry of the knowledge base. */
    CURATED("knowledge-base"),
    /** A security advisory imported from OSV files ({@code --kb-osv}). */
    OSV("osv");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
