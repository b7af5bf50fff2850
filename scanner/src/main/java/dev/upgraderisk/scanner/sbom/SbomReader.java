package dev.upgraderisk.scanner.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a software bill of materials: CycloneDX JSON or XML (spec 1.4 to 1.6) or SPDX 2.3 JSON. A JSON file is
 * told apart by its content ({@code bomFormat: CycloneDX} or {@code spdxVersion}), whatever its name. The result is
 * one graph per ecosystem the SBOM holds (see {@link SbomGraphBuilder}). Why Jackson and the JDK's StAX rather than
 * cyclonedx-core-java: its model keeps no positions (a malformed purl could not be named by line), and it brings
 * commons-io, commons-lang3, commons-collections4, commons-codec, a second JSON-schema validator and SnakeYAML for
 * what is here a few hundred lines; SPDX's official Java tools bring more still for the same few fields.
 */
public final class SbomReader {
    static final String REGENERATE = "generate the SBOM again with the tool that made it (cyclonedx-maven-plugin, "
            + "the CycloneDX Gradle plugin, @cyclonedx/cyclonedx-npm, syft...)";

    private SbomReader() {}

    /**
     * @param manifestPath the file's path relative to the scanned root, with forward slashes
     * @throws InputException when the file is not an SBOM this reader takes, or is malformed: the message starts
     *     with {@code manifestPath[:line:column]: }
     */
    public static List<DependencyGraph> read(Path file, String manifestPath, ManifestKind kind) throws InputException {
        byte[] bytes = readBounded(file, manifestPath, kind.maxBytes());
        SbomDocument doc = kind == ManifestKind.CYCLONEDX_XML
                ? CycloneDxXmlReader.read(bytes, manifestPath)
                : json(bytes, manifestPath);
        return SbomGraphBuilder.build(doc, manifestPath);
    }

    private static SbomDocument json(byte[] bytes, String manifestPath) throws InputException {
        SbomJson json = SbomJson.parse(bytes, manifestPath);
        JsonNode root = json.root();
        if (root.has("bomFormat")) {
            if (!"CycloneDX".equals(root.get("bomFormat").asText())) {
                throw json.fail(
                        com.fasterxml.jackson.core.JsonPointer.compile("/bomFormat"),
                        "bomFormat "
                                + CycloneDxJsonReader.quote(
                                        root.get("bomFormat").asText()) + " is not CycloneDX");
            }
            return CycloneDxJsonReader.read(json);
        }
        if (root.has("spdxVersion")) return SpdxJsonReader.read(json);
        throw new InputException(
                manifestPath + ":1:1: neither a CycloneDX BOM (no \"bomFormat\": \"CycloneDX\") nor an SPDX document "
                        + "(no \"spdxVersion\")",
                "give a CycloneDX 1.4-1.6 JSON or XML BOM or an SPDX 2.3 JSON document; " + REGENERATE);
    }

    private static byte[] readBounded(Path file, String manifestPath, long max) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new InputException(
                        String.format(
                                Locale.ROOT,
                                "%s: the file is over %d MiB; SBOMs over %d MiB are not read",
                                manifestPath,
                                max >> 20,
                                max >> 20),
                        "check that this is the SBOM you meant; no real one is this large");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(manifestPath + ": no such file", "check the path of the SBOM", e);
        } catch (IOException e) {
            throw new InputException(
                    manifestPath + ": cannot be read: " + e.getMessage(), "check that the SBOM is a readable file", e);
        }
    }
}
