package dev.upgraderisk.scanner.fuzz;

import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import dev.upgraderisk.kb.osv.OsvImporter;
import dev.upgraderisk.rules.PolicyException;
import dev.upgraderisk.rules.PolicyFileReader;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.golang.GoModReader;
import dev.upgraderisk.scanner.gradle.GradleLockfileReader;
import dev.upgraderisk.scanner.gradle.GradleVerificationMetadataReader;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import dev.upgraderisk.scanner.npm.PackageLockReader;
import dev.upgraderisk.scanner.sbom.SbomReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every parser we wrote, with its seeds (real inputs from the test data and the knowledge base), the tokens of its
 * format, and how one input is fed to it. A parser may refuse an input only with its own user-facing exception.
 */
enum FuzzTarget {
    GO_MOD(
            List.of(
                    "golang/blocks-and-comments/go.mod",
                    "golang/replacements/go.mod",
                    "golang/exclude/go.mod",
                    "golang/websocket-v1.8.10/go.mod"),
            List.of(
                    "module ",
                    "require (",
                    ")",
                    "replace ",
                    " => ",
                    "exclude ",
                    "retract [",
                    "]",
                    ",",
                    "// indirect",
                    "go 1.16",
                    "toolchain go1.22.0",
                    "`",
                    "v0.0.0-20210101000000-abcdef123456",
                    "+incompatible")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("go.mod"), input);
            new GoModReader().read(dir.resolve("go.mod"), "go.mod");
            return false;
        }
    },
    GO_SUM(List.of("golang/old-go-with-sum/go.sum"), List.of(" h1:", "/go.mod", " v1.2.3", "=", " ")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.writeString(
                    dir.resolve("go.mod"), "module example.org/m\n\ngo 1.16\n\nrequire golang.org/x/net v0.17.0\n");
            Files.write(dir.resolve("go.sum"), input);
            new GoModReader().read(dir.resolve("go.mod"), "go.mod");
            return false;
        }
    },
    NPM_LOCKFILE(
            List.of(
                    "npm/v3-dev-optional-peer/package-lock.json",
                    "npm/v1-nested/package-lock.json",
                    "npm/alias/package-lock.json",
                    "npm/link-workspace/package-lock.json",
                    "npm/bundled/package-lock.json"),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ":",
                    ",",
                    "\"lockfileVersion\": ",
                    "\"packages\": ",
                    "\"dependencies\": ",
                    "\"node_modules/",
                    "\"link\": true",
                    "\"resolved\": \"",
                    "\"version\": \"npm:",
                    "../")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("package-lock.json"), input);
            new PackageLockReader().read(dir.resolve("package-lock.json"), "package-lock.json");
            return false;
        }
    },
    GRADLE_LOCKFILE(
            List.of("gradle/several-configurations/gradle.lockfile", "gradle/one-package/gradle.lockfile"),
            List.of(":", "=", ",", "empty=", "# comment", "compileClasspath", "\n")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("gradle.lockfile"), input);
            new GradleLockfileReader().read(dir.resolve("gradle.lockfile"), "gradle.lockfile");
            return false;
        }
    },
    SBOM_CYCLONEDX_JSON(
            List.of("sbom/one-package/bom.json", "sbom/mixed/app.cdx.json", "sbom/no-graph/bom.json"),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ":",
                    ",",
                    "\"bomFormat\": \"CycloneDX\"",
                    "\"specVersion\": \"1.6\"",
                    "\"components\": ",
                    "\"dependencies\": ",
                    "\"dependsOn\": ",
                    "\"purl\": \"pkg:maven/a/b@1\"",
                    "\"scope\": \"excluded\"",
                    "pkg:golang/",
                    "pkg:npm/%40scope/",
                    "\"bom-ref\": ")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("bom.json"), input);
            SbomReader.read(dir.resolve("bom.json"), "bom.json", ManifestKind.CYCLONEDX_JSON);
            return false;
        }
    },
    SBOM_CYCLONEDX_XML(
            List.of("sbom/xml-one-package/bom.xml"),
            List.of(
                    "<component type=\"library\">",
                    "</component>",
                    "<purl>pkg:maven/a/b@1</purl>",
                    "<dependency ref=\"",
                    "\"/>",
                    "<scope>optional</scope>",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                    "&e;",
                    "xmlns=\"http://cyclonedx.org/schema/bom/1.5\"",
                    "<![CDATA[")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("bom.xml"), input);
            SbomReader.read(dir.resolve("bom.xml"), "bom.xml", ManifestKind.CYCLONEDX_XML);
            return false;
        }
    },
    SBOM_SPDX_JSON(
            List.of("sbom/spdx-dev/app.spdx.json"),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ":",
                    ",",
                    "\"spdxVersion\": \"SPDX-2.3\"",
                    "\"packages\": ",
                    "\"relationships\": ",
                    "\"relationshipType\": \"DEPENDS_ON\"",
                    "\"relationshipType\": \"DEV_DEPENDENCY_OF\"",
                    "\"referenceLocator\": \"pkg:npm/a@1.0.0\"",
                    "\"SPDXID\": ")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("app.spdx.json"), input);
            SbomReader.read(dir.resolve("app.spdx.json"), "app.spdx.json", ManifestKind.SPDX_JSON);
            return false;
        }
    },
    GRADLE_VERIFICATION_METADATA(
            List.of("gradle/one-package/gradle/verification-metadata.xml"),
            List.of(
                    "<",
                    ">",
                    "</",
                    "/>",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                    "&e;",
                    "&amp;",
                    "<component group=\"g\" name=\"n\" version=\"1\">",
                    "</component>",
                    "<![CDATA[",
                    "]]>",
                    "<?xml ?>")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Path file = Files.createDirectories(dir.resolve("gradle")).resolve("verification-metadata.xml");
            Files.write(file, input);
            new GradleVerificationMetadataReader().read(file, "gradle/verification-metadata.xml");
            return false;
        }
    },
    POLICY(
            List.of(),
            List.of(
                    "fail-on: ",
                    "rules:",
                    "  known-regression: ",
                    "suppressions:",
                    "  - id: ",
                    "    reason: ",
                    "    until: ",
                    "allow:",
                    "deny:",
                    "&a ",
                    "*a",
                    "!!java.lang.Object",
                    "<<: *a",
                    "---",
                    "? ",
                    "- ")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Files.write(dir.resolve("upgrade-risk.yaml"), input);
            PolicyFileReader.read(dir.resolve("upgrade-risk.yaml"), "upgrade-risk.yaml");
            return false;
        }

        @Override
        List<byte[]> seeds() throws IOException {
            return List.of(("fail-on: high\nrules:\n  unstable-version: off\n  retracted-version: error\nallow:\n"
                            + "  - package: \"org.example:*\"\ndeny:\n  - { package: \"commons-collections:commons-collections\","
                            + " version: \"3.2.1\" }\nsuppressions:\n  - id: URK-2026-0001\n    package: nhooyr.io/websocket\n"
                            + "    reason: we never close many connections at once\n    until: 2027-01-31\n")
                    .getBytes());
        }
    },
    KB_ENTRY(
            List.of(),
            List.of(
                    "introduced: ",
                    "fixed: ",
                    "last_affected: ",
                    "\"1.0\"",
                    "1.10",
                    "ranges:",
                    "events:",
                    "- ",
                    "type: SEMVER",
                    "type: ECOSYSTEM",
                    "severity: ",
                    "confidence: ",
                    "&x ",
                    "*x",
                    "!!binary",
                    "{",
                    "}")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Path file = Files.createDirectories(dir.resolve("kb/maven")).resolve("URK-2026-0405.yaml");
            Files.write(file, input);
            new KnowledgeBaseLoader().load(dir.resolve("kb"));
            return false;
        }

        @Override
        List<byte[]> seeds() throws IOException {
            Path entries = Path.of(System.getProperty("basedir", "."), "../knowledge-base/entries/maven");
            try (var files = Files.list(entries)) {
                return files.sorted()
                        .limit(12)
                        .map(p -> {
                            try {
                                // the same entry under the id the target writes it as
                                return Files.readString(p)
                                        .replaceFirst("id: URK-\\d{4}-\\d{4}", "id: URK-2026-0405")
                                        .getBytes();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .toList();
            }
        }
    },
    OSV_IMPORT(
            List.of("osv/fixture/GHSA-fxtr-0001-test.json", "osv/hostile/hostile.json"),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    "\"affected\": ",
                    "\"ranges\": ",
                    "\"events\": ",
                    "{\"introduced\": \"0\"}",
                    "{\"fixed\": \"",
                    "\"ecosystem\": \"Maven\"",
                    "\"ecosystem\": \"Go\"",
                    "\"versions\": [")) {
        @Override
        boolean feed(Path dir, byte[] input) throws Exception {
            Path osv = Files.createDirectories(dir.resolve("osv"));
            Files.write(osv.resolve("advisory.json"), input);
            return !OsvImporter.read(osv).problems().isEmpty(); // a bad file is skipped and counted, never thrown
        }
    };

    private final List<String> seedFiles;
    final List<String> tokens;

    FuzzTarget(List<String> seedFiles, List<String> tokens) {
        this.seedFiles = seedFiles;
        this.tokens = tokens;
    }

    /**
     * Feeds one input: returns false when it was read, true when it was refused without an exception (a problem the
     * reader counts), or throws the parser's own exception for a refused input.
     */
    abstract boolean feed(Path dir, byte[] input) throws Exception;

    List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String f : seedFiles) out.add(Files.readAllBytes(Fixtures.resource(f)));
        return out;
    }

    /** The user-facing refusals: a clear message, the file named; anything else is a bug. */
    static boolean isRefusal(Throwable t) {
        return t instanceof InputException || t instanceof PolicyException || t instanceof KnowledgeBaseException;
    }
}
