package dev.upgraderisk.kb.version;

/**
 * A parsed version, ordered by the rules of the scheme that parsed it. Versions of different schemes are not
 * comparable.
 */
public interface Version extends Comparable<Version> {
    /** The version as it was written. */
    String text();

    /** True for SNAPSHOTs, pre-releases and Go pseudo-versions. */
    boolean isPreRelease();
}
