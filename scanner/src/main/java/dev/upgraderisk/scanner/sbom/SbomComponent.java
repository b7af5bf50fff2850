package dev.upgraderisk.scanner.sbom;

import java.util.Objects;

/**
 * One component (CycloneDX) or package (SPDX) of an SBOM, as written: its reference within the document
 * ({@code bom-ref} or {@code SPDXID}; may be empty in CycloneDX), its purl (empty when it has none), its scope label
 * ({@code ""} when the SBOM does not say), and where it is written ({@code file:line:column}, and the line alone).
 */
record SbomComponent(String ref, String purl, String scope, String where, int line) {
    SbomComponent {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(purl, "purl");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(where, "where");
    }

    SbomComponent withScope(String newScope) {
        return new SbomComponent(ref, purl, newScope, where, line);
    }
}
