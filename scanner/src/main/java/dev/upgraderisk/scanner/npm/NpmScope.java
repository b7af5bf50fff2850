package dev.upgraderisk.scanner.npm;

/**
 * The scope of an npm graph node, from npm's own flags on the lock entry. {@code dev} wins over the others (a
 * dev-only package never reaches production, whatever else is true of it); an entry flagged both {@code dev} and
 * {@code optional} is {@code dev} with the node's optional flag set. {@code devOptional} (needed by dev and by
 * optional packages, by neither alone) is {@code dev-optional}; then {@code optional}; then {@code peer} (installed
 * only to satisfy peer dependencies of production packages); everything else is {@code prod}.
 */
enum NpmScope {
    PROD("prod"),
    DEV("dev"),
    OPTIONAL("optional"),
    DEV_OPTIONAL("dev-optional"),
    PEER("peer");

    private final String label;

    NpmScope(String label) {
        this.label = label;
    }

    /** The scope string that {@code GraphNode.scope} holds. */
    String label() {
        return label;
    }

    static NpmScope of(LockEntry.Flags flags) {
        if (flags.dev()) return DEV;
        if (flags.devOptional()) return DEV_OPTIONAL;
        if (flags.optional()) return OPTIONAL;
        if (flags.peer()) return PEER;
        return PROD;
    }
}
