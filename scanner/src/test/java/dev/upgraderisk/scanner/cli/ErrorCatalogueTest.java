package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of user-facing errors ({@code docs/errors.md}): every case runs here through the command line, must
 * exit with its documented code, say its key words, never show a stack trace, and print exactly what the catalogue
 * shows (paths normalised). To regenerate the catalogue after an intended change:
 * {@code ./mvnw -pl scanner test -Dtest=ErrorCatalogueTest -Dupgrade-risk.golden=update}.
 */
class ErrorCatalogueTest {
    private static final boolean UPDATE = "update".equals(System.getProperty("upgrade-risk.golden"));
    private static final Path CATALOGUE = Path.of(System.getProperty("basedir", "."), "../docs/errors.md");

    /** How a case builds its input in a fresh folder and which arguments it passes. */
    interface Setup {
        List<String> args(Path tmp) throws Exception;
    }

    record Case(String id, String input, Setup setup, int exit, String says) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static List<String> scan(Path tmp, Path target, String... extra) throws Exception {
        List<String> a = new ArrayList<>(List.of(
                "scan",
                target.toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                Fixtures.knowledgeBase("fixture").toString()));
        a.addAll(List.of(extra));
        return a;
    }

    /** The same arguments for {@code fix} instead of {@code scan}. */
    private static List<String> fixArgs(List<String> scanArgs) {
        List<String> a = new ArrayList<>(scanArgs);
        a.set(0, "fix");
        return a;
    }

    private static Path write(Path tmp, String relative, String content) throws Exception {
        Path p = tmp.resolve("project").resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.getParent();
    }

    private static Path project(Path tmp) {
        return tmp.resolve("project");
    }

    private static final String POM =
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                    + "<groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>%s</project>";
    private static final String LOCK = "{\"name\":\"app\",\"version\":\"1.0.0\",\"lockfileVersion\":3,\"packages\":{"
            + "\"\":{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"ws\":\"^8.0.0\"}},"
            + "\"node_modules/ws\":{\"version\":\"8.4.0\"}}}";

    /** A case that scans a project folder holding one SBOM file. */
    private static Case sbom(String id, String input, String file, String content, String says) {
        return new Case(id, input, t -> scan(t, write(t, file, content)), 2, says);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // paths and files
        c.add(new Case(
                "missing-path", "a path that does not exist", t -> scan(t, t.resolve("nowhere")), 2, "no such file"));
        c.add(new Case(
                "no-manifest",
                "a folder without any supported manifest",
                t -> scan(t, Files.createDirectories(project(t))),
                2,
                "no supported manifest"));
        c.add(new Case("empty-pom", "an empty pom.xml", t -> scan(t, write(t, "pom.xml", "")), 2, "pom.xml"));
        // fix reads the project as scan does, and changes nothing when it cannot
        c.add(new Case(
                "fix-missing-path",
                "fix on a path that does not exist",
                t -> fixArgs(scan(t, t.resolve("nowhere"))),
                2,
                "no such file"));
        c.add(new Case(
                "fix-malformed-pom",
                "fix on a pom.xml that is not well-formed XML",
                t -> fixArgs(scan(t, write(t, "pom.xml", "<project><dependencies></project>"))),
                2,
                "pom.xml:"));
        c.add(new Case(
                "malformed-pom",
                "a pom.xml that is not well-formed XML",
                t -> scan(t, Fixtures.project("malformed-pom")),
                2,
                "pom.xml:"));
        c.add(new Case(
                "binary-pom",
                "a binary file named pom.xml",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    Files.write(dir.resolve("pom.xml"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7, 8, 9});
                    return scan(t, dir);
                },
                2,
                "a binary file"));
        c.add(new Case(
                "symlink-loop",
                "a pom.xml that is a symbolic link to itself (cannot be read)",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    Files.createSymbolicLink(dir.resolve("pom.xml"), dir.resolve("pom.xml"));
                    return scan(t, dir, "--manifest", dir.resolve("pom.xml").toString());
                },
                2,
                "pom.xml"));
        c.add(new Case(
                "huge-pom",
                "a 100 MB pom.xml",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    try (RandomAccessFile f =
                            new RandomAccessFile(dir.resolve("pom.xml").toFile(), "rw")) {
                        f.setLength(100L * 1024 * 1024);
                    }
                    return scan(t, dir);
                },
                2,
                "pom.xml files over 16 MiB are not read"));
        c.add(new Case(
                "huge-lockfile",
                "a 300 MB package-lock.json",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    try (RandomAccessFile f = new RandomAccessFile(
                            dir.resolve("package-lock.json").toFile(), "rw")) {
                        f.setLength(300L * 1024 * 1024);
                    }
                    return scan(t, dir);
                },
                2,
                "files over 256 MiB are not read"));
        c.add(new Case(
                "unknown-manifest",
                "--manifest naming a file of no supported ecosystem",
                t -> scan(
                        t,
                        write(t, "requirements.txt", "requests==2.0\n"),
                        "--manifest",
                        project(t).resolve("requirements.txt").toString()),
                2,
                "requirements.txt"));
        // Maven
        c.add(new Case(
                "missing-module",
                "a <module> whose folder is missing",
                t -> scan(t, Fixtures.project("missing-module")),
                2,
                "module"));
        c.add(new Case(
                "missing-parent",
                "a parent POM in no repository",
                t -> scan(t, Fixtures.project("missing-parent")),
                3,
                "parent"));
        c.add(new Case(
                "circular-parents",
                "two POMs that name each other as parent",
                t -> {
                    write(
                            t,
                            "a/pom.xml",
                            "<project><modelVersion>4.0.0</modelVersion><parent><groupId>x</groupId><artifactId>b</artifactId>"
                                    + "<version>1</version><relativePath>../b/pom.xml</relativePath></parent><artifactId>a</artifactId>"
                                    + "<packaging>pom</packaging></project>");
                    write(
                            t,
                            "b/pom.xml",
                            "<project><modelVersion>4.0.0</modelVersion><parent><groupId>x</groupId><artifactId>a</artifactId>"
                                    + "<version>1</version><relativePath>../a/pom.xml</relativePath></parent><artifactId>b</artifactId>"
                                    + "<packaging>pom</packaging></project>");
                    return scan(t, project(t).resolve("a"));
                },
                2,
                "cycle"));
        c.add(new Case(
                "property-cycle",
                "properties that refer to each other",
                t -> scan(t, Fixtures.project("property-cycle")),
                2,
                "cycle"));
        c.add(new Case(
                "bad-version-range",
                "a dependency version that is neither a version nor a range",
                t -> scan(t, Fixtures.project("bad-version-range")),
                2,
                "version"));
        c.add(new Case(
                "unresolvable-dependency",
                "a dependency in no repository",
                t -> scan(t, Fixtures.project("unresolvable-dependency")),
                3,
                "could not resolve"));
        c.add(new Case(
                "offline-empty-repository",
                "--offline with nothing in the local repository",
                t -> scan(
                        t,
                        write(
                                t,
                                "pom.xml",
                                POM.formatted(
                                        "<dependencies><dependency><groupId>org.fixture</groupId>"
                                                + "<artifactId>lib-c</artifactId><version>2.0</version></dependency></dependencies>")),
                        "--offline"),
                3,
                "offline"));
        c.add(new Case(
                "pom-external-entity",
                "a pom.xml with a DOCTYPE that declares an external entity (never read)",
                t -> scan(
                        t,
                        write(
                                t,
                                "pom.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + POM.formatted("<name>&x;</name>"))),
                2,
                "pom.xml"));
        c.add(new Case(
                "pom-billion-laughs",
                "a pom.xml with nested entity definitions (billion laughs)",
                t -> scan(
                        t,
                        write(
                                t,
                                "pom.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY a \"aaaaaaaaaa\">"
                                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                                        + POM.formatted("<name>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</name>"))),
                2,
                "pom.xml"));
        c.add(new Case(
                "missing-settings",
                "--settings naming a file that does not exist",
                t -> List.of(
                        "scan",
                        Fixtures.project("affected").toString(),
                        "--settings",
                        t.resolve("none.xml").toString()),
                2,
                "none.xml"));
        c.add(new Case(
                "malformed-settings",
                "a settings.xml that is not well-formed",
                t -> {
                    Path s = Files.writeString(t.resolve("settings.xml"), "<settings><mirrors>");
                    return List.of("scan", Fixtures.project("affected").toString(), "--settings", s.toString());
                },
                2,
                "settings.xml"));
        c.add(new Case(
                "unusable-local-repository",
                "a local repository path that is a file",
                t -> {
                    Path file = Files.writeString(t.resolve("file"), "x");
                    Path s = Files.writeString(
                            t.resolve("settings.xml"),
                            "<settings><localRepository>" + file.resolve("repo") + "</localRepository></settings>");
                    return List.of("scan", Fixtures.project("affected").toString(), "--settings", s.toString());
                },
                2,
                "local"));
        // npm
        c.add(new Case(
                "npm-empty",
                "an empty package-lock.json",
                t -> scan(t, write(t, "package-lock.json", "")),
                2,
                "package-lock.json"));
        c.add(new Case(
                "npm-not-json",
                "a package-lock.json that is not JSON",
                t -> scan(t, write(t, "package-lock.json", "lockfileVersion: 3\n")),
                2,
                "package-lock.json"));
        c.add(new Case(
                "npm-truncated",
                "a package-lock.json cut off in the middle",
                t -> scan(t, write(t, "package-lock.json", LOCK.substring(0, 90))),
                2,
                "package-lock.json"));
        c.add(new Case(
                "npm-unknown-version",
                "a lockfileVersion this tool does not know",
                t -> scan(
                        t,
                        write(t, "package-lock.json", LOCK.replace("\"lockfileVersion\":3", "\"lockfileVersion\":9"))),
                2,
                "lockfileVersion"));
        c.add(new Case(
                "npm-not-object",
                "a package-lock.json whose top level is an array",
                t -> scan(t, write(t, "package-lock.json", "[1, 2, 3]")),
                2,
                "package-lock.json"));
        c.add(new Case(
                "npm-deep-nesting",
                "a package-lock.json nested 100,000 levels deep",
                t -> scan(t, write(t, "package-lock.json", "[".repeat(100_000) + "]".repeat(100_000))),
                2,
                "package-lock.json"));
        // Go
        c.add(new Case(
                "go-unknown-directive",
                "a go.mod with a directive Go does not know",
                t -> scan(t, write(t, "go.mod", "module m\n\nrequires x v1.0.0\n")),
                2,
                "go.mod:3"));
        c.add(new Case(
                "go-unclosed-block",
                "a go.mod whose require ( block is never closed",
                t -> scan(t, write(t, "go.mod", "module m\n\nrequire (\n\tx v1.0.0\n")),
                2,
                "go.mod:3"));
        c.add(new Case(
                "go-bad-version",
                "a go.mod require with an invalid version",
                t -> scan(t, write(t, "go.mod", "module m\n\nrequire x 1.0\n")),
                2,
                "go.mod:3"));
        c.add(new Case(
                "go-binary",
                "a binary file named go.mod",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    Files.write(dir.resolve("go.mod"), new byte[] {0, (byte) 0x89, 'P', 'N', 'G', 0, 0});
                    return scan(t, dir);
                },
                2,
                "go.mod"));
        // Gradle
        c.add(new Case(
                "gradle-bad-line",
                "a gradle.lockfile line that is not group:artifact:version=configurations",
                t -> scan(t, write(t, "gradle.lockfile", "com.example:lib\n")),
                2,
                "gradle.lockfile:1"));
        c.add(new Case(
                "gradle-external-dtd",
                "verification-metadata.xml with a DOCTYPE (never fetched)",
                t -> scan(
                        t,
                        write(
                                t,
                                "gradle/verification-metadata.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM "
                                        + "\"http://127.0.0.1:9/x.dtd\"><verification-metadata/>")),
                2,
                "DOCTYPE"));
        // SBOMs (CycloneDX JSON and XML, SPDX JSON)
        String cdx = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",";
        String xmlBom = "<?xml version=\"1.0\"?>\n";
        c.add(sbom("sbom-empty", "an empty bom.json", "bom.json", "", "empty"));
        c.add(sbom(
                "sbom-not-json",
                "a bom.json that is not JSON",
                "bom.json",
                "bomFormat: CycloneDX\n",
                "not valid JSON"));
        c.add(sbom(
                "sbom-truncated",
                "a bom.json cut off in the middle",
                "bom.json",
                cdx + "\"components\":[{\"purl\":\"pkg:npm/ws@8.4.0\"",
                "ends too early"));
        c.add(sbom(
                "sbom-neither-format",
                "a JSON file named like an SBOM that is neither CycloneDX nor SPDX",
                "app.cdx.json",
                "{\"name\":\"app\",\"version\":\"1.0.0\"}",
                "neither a CycloneDX BOM"));
        c.add(sbom(
                "sbom-wrong-bom-format",
                "a bom.json whose bomFormat is not CycloneDX",
                "bom.json",
                "{\"bomFormat\":\"SWID\",\"specVersion\":\"1.6\"}",
                "is not CycloneDX"));
        c.add(sbom(
                "sbom-old-spec-version",
                "a CycloneDX 1.2 BOM (1.4 to 1.6 are read)",
                "bom.json",
                "{\"bomFormat\":\"CycloneDX\",\n\"specVersion\":\"1.2\",\"components\":[]}",
                "not supported"));
        c.add(sbom(
                "sbom-no-spec-version",
                "a CycloneDX BOM without specVersion",
                "bom.json",
                "{\"bomFormat\":\"CycloneDX\",\"components\":[]}",
                "without specVersion"));
        c.add(sbom(
                "spdx-wrong-version",
                "an SPDX 2.2 document (2.3 is read)",
                "app.spdx.json",
                "{\"spdxVersion\":\"SPDX-2.2\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"packages\":[]}",
                "not supported"));
        c.add(sbom(
                "sbom-malformed-purl",
                "a component whose purl is malformed (a Maven purl without a group)",
                "bom.json",
                cdx + "\n\"components\":[\n  {\"bom-ref\":\"a\",\"purl\":\"pkg:npm/ws@8.4.0\"},\n"
                        + "  {\"bom-ref\":\"b\",\"purl\":\"pkg:maven/okhttp@4.3.0\"}]}",
                "malformed purl"));
        c.add(sbom(
                "sbom-purl-not-a-purl",
                "a component whose purl is Maven coordinates, not a purl",
                "bom.json",
                cdx + "\"components\":[{\"purl\":\"com.squareup.okhttp3:okhttp:4.3.0\"}]}",
                "malformed purl"));
        c.add(sbom(
                "spdx-malformed-purl",
                "an SPDX package whose purl is malformed",
                "app.spdx.json",
                "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"packages\":[{\"SPDXID\":\"SPDXRef-ws\","
                        + "\n\"externalRefs\":[{\"referenceType\":\"purl\",\"referenceLocator\":\"pkg:/ws@1\"}]}]}",
                "malformed purl"));
        c.add(sbom(
                "sbom-purl-not-a-string",
                "a component whose purl is a number",
                "bom.json",
                cdx + "\"components\":[{\"purl\":42}]}",
                "not a string"));
        c.add(sbom(
                "sbom-components-not-an-array",
                "a bom.json whose components is an object",
                "bom.json",
                cdx + "\"components\":{\"purl\":\"pkg:npm/ws@8.4.0\"}}",
                "not an array"));
        c.add(sbom(
                "sbom-bad-scope",
                "a component whose scope is not one of CycloneDX's",
                "bom.json",
                cdx + "\"components\":[{\"purl\":\"pkg:npm/ws@8.4.0\",\"scope\":\"dev\"}]}",
                "scope"));
        c.add(sbom(
                "sbom-no-covered-package",
                "an SBOM of Python packages only",
                "bom.json",
                cdx + "\"components\":[{\"purl\":\"pkg:pypi/requests@2.31.0\"}]}",
                "Maven, Go or npm"));
        c.add(sbom(
                "spdx-incomplete-relationship",
                "an SPDX relationship without its related element",
                "app.spdx.json",
                "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[],\"relationships\":[\n"
                        + "{\"spdxElementId\":\"SPDXRef-a\",\"relationshipType\":\"DEPENDS_ON\"}]}",
                "relationship"));
        c.add(sbom(
                "sbom-deep-nesting",
                "a bom.json with components nested 2,000 levels deep",
                "bom.json",
                cdx + "\"components\":" + "[{\"components\":".repeat(2000) + "[]" + "}]".repeat(2000) + "}",
                "nesting depth"));
        c.add(sbom(
                "sbom-xml-external-entity",
                "a bom.xml with a DOCTYPE that declares an external entity (never read)",
                "bom.xml",
                xmlBom + "<!DOCTYPE bom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component>"
                        + "<purl>&x;</purl></component></components></bom>",
                "DOCTYPE"));
        c.add(sbom(
                "sbom-xml-billion-laughs",
                "a bom.xml with nested entity definitions (billion laughs)",
                "bom.xml",
                xmlBom + "<!DOCTYPE bom [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                        + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><metadata>&c;</metadata></bom>",
                "DOCTYPE"));
        c.add(sbom(
                "sbom-xml-old-namespace",
                "a CycloneDX 1.2 XML BOM",
                "bom.xml",
                xmlBom + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.2\" version=\"1\"><components/></bom>",
                "not supported"));
        c.add(sbom(
                "sbom-xml-not-a-bom",
                "a bom.xml whose root element is not a CycloneDX bom",
                "bom.xml",
                xmlBom + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>",
                "expected a CycloneDX"));
        c.add(sbom(
                "sbom-xml-malformed",
                "a bom.xml that is not well-formed XML",
                "bom.xml",
                xmlBom + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n<components><component>\n</bom>",
                "not well-formed"));
        c.add(new Case(
                "sbom-huge",
                "a 200 MB bom.json",
                t -> {
                    Path dir = Files.createDirectories(project(t));
                    try (RandomAccessFile f =
                            new RandomAccessFile(dir.resolve("bom.json").toFile(), "rw")) {
                        f.setLength(200L * 1024 * 1024);
                    }
                    return scan(t, dir);
                },
                2,
                "MiB"));
        // policy
        c.add(new Case(
                "policy-misspelt-key",
                "a policy key with a typo",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), "fail-on: high\nsupressions: []\n");
                    return scan(t, dir);
                },
                2,
                "suppressions"));
        c.add(new Case(
                "policy-not-yaml",
                "a policy that is not YAML",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), "fail-on: [high\n");
                    return scan(t, dir);
                },
                2,
                "upgrade-risk.yaml"));
        c.add(new Case(
                "policy-alias-bomb",
                "a policy with a YAML alias bomb",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    StringBuilder y =
                            new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
                    for (char k = 'b'; k <= 'j'; k++) {
                        char p = (char) (k - 1);
                        y.append(k)
                                .append(": &")
                                .append(k)
                                .append(" [*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append(",*")
                                .append(p)
                                .append("]\n");
                    }
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), y.toString());
                    return scan(t, dir);
                },
                2,
                "upgrade-risk.yaml"));
        c.add(new Case(
                "policy-unknown-rule",
                "a rule id that does not exist",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), "rules:\n  known-regresion: warn\n");
                    return scan(t, dir);
                },
                2,
                "known-regression"));
        c.add(new Case(
                "policy-bad-level",
                "a rule level that is not error, warn, info or off",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), "rules:\n  unstable-version: loud\n");
                    return scan(t, dir);
                },
                2,
                "loud"));
        c.add(new Case(
                "policy-suppression-without-reason",
                "a suppression without a reason",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(dir.resolve("upgrade-risk.yaml"), "suppressions:\n  - id: URK-2026-9001\n");
                    return scan(t, dir);
                },
                2,
                "reason"));
        c.add(new Case(
                "policy-bad-until",
                "a suppression whose until is not a date",
                t -> {
                    Path dir = write(t, "pom.xml", POM.formatted(""));
                    Files.writeString(
                            dir.resolve("upgrade-risk.yaml"),
                            "suppressions:\n  - id: URK-2026-9001\n    reason: r\n    until: next week\n");
                    return scan(t, dir);
                },
                2,
                "until"));
        c.add(new Case(
                "policy-missing-file",
                "--policy naming a file that does not exist",
                t -> scan(
                        t,
                        Fixtures.project("affected"),
                        "--policy",
                        t.resolve("none.yaml").toString()),
                2,
                "none.yaml"));
        c.add(new Case(
                "expired-suppression",
                "a suppression whose until date has passed (reported; the finding counts)",
                t -> {
                    Path dir = write(
                            t,
                            "pom.xml",
                            POM.formatted(
                                    "<dependencies><dependency><groupId>org.fixture</groupId>"
                                            + "<artifactId>lib-c</artifactId><version>2.0</version></dependency></dependencies>"));
                    Files.writeString(
                            dir.resolve("upgrade-risk.yaml"),
                            "suppressions:\n  - id: URK-2026-9001\n    reason: waiting for 2.1\n    until: 2020-01-31\n");
                    return scan(t, dir);
                },
                1,
                "expired suppression"));
        // knowledge base
        c.add(new Case(
                "kb-broken-entry",
                "a knowledge-base folder with an entry whose range is invalid",
                t -> List.of(
                        "scan",
                        Fixtures.project("affected").toString(),
                        "--settings",
                        Fixtures.settings(t).toString(),
                        "--kb",
                        Fixtures.knowledgeBase("bad-range").toString()),
                2,
                "invalid entries"));
        c.add(new Case(
                "kb-missing-folder",
                "--kb naming a folder that does not exist",
                t -> List.of(
                        "scan",
                        Fixtures.project("affected").toString(),
                        "--kb",
                        t.resolve("no-kb").toString()),
                2,
                "no-kb"));
        c.add(new Case(
                "kb-osv-empty",
                "--kb-osv naming a folder without OSV files",
                t -> scan(
                        t,
                        Fixtures.project("affected"),
                        "--kb-osv",
                        Files.createDirectories(t.resolve("osv")).toString()),
                2,
                "no OSV JSON files"));
        c.add(new Case(
                "kb-update-not-a-repository",
                "kb update --from a folder that is not a git repository",
                t -> List.of(
                        "kb",
                        "update",
                        "--from",
                        Files.createDirectories(t.resolve("plain")).toString(),
                        "--kb-cache",
                        t.resolve("cache").toString()),
                2,
                "plain"));
        c.add(new Case(
                "kb-lint-broken",
                "kb lint of a folder with a broken entry",
                t -> List.of("kb", "lint", Fixtures.knowledgeBase("bad-range").toString()),
                2,
                "bad-range"));
        c.add(new Case(
                "kb-export-unknown-format",
                "kb export --format naming no export format",
                t -> List.of(
                        "kb",
                        "export",
                        "--format",
                        "snyk",
                        "--kb",
                        Fixtures.knowledgeBase("fixture").toString()),
                2,
                "snyk"));
        c.add(new Case(
                "kb-export-osv-without-output",
                "kb export --format osv without --output",
                t -> List.of(
                        "kb",
                        "export",
                        "--format",
                        "osv",
                        "--kb",
                        Fixtures.knowledgeBase("fixture").toString()),
                2,
                "--output"));
        c.add(new Case(
                "kb-export-for-missing-path",
                "kb export --for a project that does not exist",
                t -> List.of(
                        "kb",
                        "export",
                        "--format",
                        "renovate",
                        "--for",
                        t.resolve("nowhere").toString(),
                        "--kb",
                        Fixtures.knowledgeBase("fixture").toString()),
                2,
                "no such file"));
        // options
        c.add(new Case(
                "unknown-option",
                "an option the command does not have",
                t -> List.of("scan", "--colour"),
                2,
                "--colour"));
        c.add(new Case(
                "bad-severity",
                "--fail-on with a word that is not a severity",
                t -> scan(t, Fixtures.project("affected"), "--fail-on", "severe"),
                2,
                "severe"));
        c.add(new Case(
                "bad-format",
                "--format naming no format",
                t -> scan(t, Fixtures.project("affected"), "--format", "pdf"),
                2,
                "pdf"));
        c.add(new Case(
                "two-formats-on-stdout",
                "two --format without --output",
                t -> scan(t, Fixtures.project("affected"), "--format", "json", "--format", "sarif"),
                2,
                "stdout"));
        c.add(new Case(
                "unwritable-output",
                "--output in a folder that cannot be made",
                t -> {
                    Path file = Files.writeString(t.resolve("file"), "x");
                    return scan(
                            t,
                            Fixtures.project("affected"),
                            "--format",
                            "json",
                            "--output",
                            file.resolve("r.json").toString());
                },
                2,
                "is a file, not a folder"));
        c.add(new Case(
                "negative-min-age",
                "--min-age below zero",
                t -> scan(t, Fixtures.project("affected"), "--min-age", "-3"),
                2,
                "--min-age"));
        // git
        c.add(new Case(
                "diff-not-a-repository",
                "diff outside a git repository",
                t -> List.of(
                        "diff",
                        "--base",
                        "main",
                        "--path",
                        Files.createDirectories(t.resolve("plain")).toString()),
                2,
                "not inside a git repository"));
        c.add(new Case(
                "diff-unknown-base",
                "diff --base naming no commit",
                t -> {
                    Path repo = t.resolve("repo");
                    try (Git git = Git.init()
                            .setDirectory(repo.toFile())
                            .setInitialBranch("main")
                            .call()) {
                        Files.writeString(repo.resolve("go.mod"), "module m\n");
                        git.add().addFilepattern(".").call();
                        git.commit()
                                .setMessage("c")
                                .setAuthor("a", "a@example.org")
                                .setSign(false)
                                .call();
                    }
                    return List.of("diff", "--base", "release-9", "--path", repo.toString());
                },
                2,
                "release-9"));
        c.add(new Case(
                "history-bad-date",
                "history --since with an impossible date",
                t -> {
                    Path repo = t.resolve("repo");
                    Git.init()
                            .setDirectory(repo.toFile())
                            .setInitialBranch("main")
                            .call()
                            .close();
                    return List.of("history", "--path", repo.toString(), "--since", "2026-02-30");
                },
                2,
                "2026-02-30"));
        c.add(new Case(
                "history-no-commits",
                "history in a repository without commits",
                t -> {
                    Path repo = t.resolve("repo");
                    Git.init()
                            .setDirectory(repo.toFile())
                            .setInitialBranch("main")
                            .call()
                            .close();
                    return List.of("history", "--path", repo.toString());
                },
                2,
                "no commits"));
        c.add(new Case(
                "history-zero-commits",
                "history --max-commits 0",
                t -> List.of("history", "--path", t.toString(), "--max-commits", "0"),
                2,
                "--max-commits"));
        return c;
    }

    /** Cases whose output is the tool's own report (a lint listing, a scan report), not an "error:" line. */
    private static final Set<String> REPORTS = Set.of("expired-suppression", "kb-lint-broken");

    @TempDir
    Path tmp;

    private static String normalise(String text, Path tmp) {
        return text.replace(tmp.toString(), "<tmp>")
                .replace(Fixtures.resource("projects").getParent().toString(), "<test-resources>")
                .replaceAll("upgrade-risk-rev-[0-9]+", "upgrade-risk-rev-<n>")
                .strip();
    }

    /** Table-cell text: no markup, pipes or line breaks of its own. */
    private static String cell(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replace("`", "&#96;")
                .replace("\n", "<br>");
    }

    private static CliRun run(Case c, Path tmp) throws Exception {
        return CliRun.of(c.setup().args(tmp).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseExitsWithItsCodeAndSaysWhatAndWhere(Case c) throws Exception {
        CliRun run = run(c, tmp);
        String said = c.exit() == 1 ? run.out() : run.err();
        assertEquals(c.exit(), run.exitCode(), c.id() + ": " + run.err() + run.out());
        assertTrue(said.contains(c.says()), c.id() + " should say '" + c.says() + "': " + said);
        assertFalse(run.hasStackTrace(), c.id() + " showed a stack trace: " + run.err());
        if (c.exit() >= 2 && !REPORTS.contains(c.id())) {
            assertTrue(run.err().startsWith("error: "), c.id() + ": " + run.err());
        }
    }

    @Test
    void theCatalogueShowsWhatEveryCasePrints() throws Exception {
        StringBuilder doc = new StringBuilder("""
                # Errors: what upgrade-risk says when the input is wrong

                Every user-facing error, as the command line prints it. Each row is a case of
                `scanner/src/test/java/dev/upgraderisk/scanner/cli/ErrorCatalogueTest.java`, which runs it and checks
                this page against what it printed (paths are shown as `<tmp>` and `<test-resources>`). Exit codes:
                `2` input or usage error, `3` resolution failure (a repository or the network), `1` findings that fail
                the policy. An error never comes with a stack trace and never leaves a partial report behind.

                | case | input | exit | what it says |
                |---|---|---|---|
                """);
        for (Case c : cases()) {
            Path dir = Files.createDirectories(tmp.resolve(c.id()));
            CliRun run = run(c, dir);
            String said = c.exit() == 1
                    ? run.out()
                            .lines()
                            .filter(l -> l.contains(c.says()))
                            .findFirst()
                            .orElse("")
                    : run.err();
            doc.append("| `")
                    .append(c.id())
                    .append("` | ")
                    .append(cell(c.input()))
                    .append(" | ")
                    .append(run.exitCode())
                    .append(" | ")
                    .append(cell(normalise(said, dir)))
                    .append(" |\n");
        }
        if (UPDATE) Files.writeString(CATALOGUE, doc.toString(), StandardCharsets.UTF_8);
        assertTrue(cases().size() >= 40, "at least 40 cases");
        assertEquals(
                Files.readString(CATALOGUE, StandardCharsets.UTF_8),
                doc.toString(),
                "docs/errors.md differs from what the cases print (regenerate with -Dupgrade-risk.golden=update)");
    }
}
