package dev.upgraderisk.scanner.gradle;

import static dev.upgraderisk.scanner.gradle.GradleLockfileReaderTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GradleVerificationMetadataReader} on the scenarios under
 * {@code src/test/resources/gradle/<scenario>/gradle/verification-metadata.xml}.
 */
class GradleVerificationMetadataReaderTest {
    private static final String MANIFEST = "gradle/verification-metadata.xml";
    private static final String SCOPE = "verification-metadata";
    /** The content of the {@code secret.txt} files that the DOCTYPE scenarios try to pull in. */
    private static final String CANARY = "UPGRADE-RISK-XXE-CANARY-7f3a9c";

    private final GradleVerificationMetadataReader reader = new GradleVerificationMetadataReader();

    private static Path file(String scenario) {
        return Fixtures.resource("gradle/" + scenario + "/" + MANIFEST);
    }

    private DependencyGraph read(String scenario) throws InputException {
        return reader.read(file(scenario), MANIFEST);
    }

    private InputException failure(String scenario) {
        return assertThrows(InputException.class, () -> read(scenario));
    }

    @Test
    void noComponentsGivesNoNodesButStillTheNote() throws Exception {
        assertEquals(
                new DependencyGraph(
                        MANIFEST,
                        Ecosystem.MAVEN,
                        "empty",
                        List.of(),
                        List.of(GradleVerificationMetadataReader.NO_TREE_NOTE)),
                read("empty"));
    }

    @Test
    void onePackageRootedAtTheFolderAboveGradle() throws Exception {
        assertEquals(
                new DependencyGraph(
                        MANIFEST,
                        Ecosystem.MAVEN,
                        "one-package",
                        List.of(node("com.google.guava", "guava", "32.1.3-jre", SCOPE)),
                        List.of(GradleVerificationMetadataReader.NO_TREE_NOTE)),
                read("one-package"));
    }

    @Test
    void versionsAreSeparateNodesRepeatedComponentsOneAndTrustedEntriesAreNotPackages() throws Exception {
        assertEquals(
                List.of(
                        node("com.google.guava", "guava", "32.1.3-jre", SCOPE),
                        node("io.netty", "netty-codec-http", "4.1.99.Final", SCOPE),
                        node("io.netty", "netty-codec-http", "4.1.100.Final", SCOPE)),
                read("several-versions").nodes());
    }

    @Test
    void notXmlIsAnErrorWithStaxLineAndColumn() {
        InputException e = failure("not-xml");
        assertEquals(MANIFEST + ":1:1: not well-formed XML: Content is not allowed in prolog.", e.getMessage());
        assertTrue(e.hint().contains("--write-verification-metadata"), e.hint());
    }

    @Test
    void malformedXmlIsAnErrorWithStaxLineAndColumn() {
        InputException e = failure("malformed-xml");
        assertTrue(
                e.getMessage()
                        .startsWith(MANIFEST + ":6:9: not well-formed XML: The element type \"artifact\" "
                                + "must be terminated by the matching end-tag"),
                e.getMessage());
    }

    /** StAX places an element at the end of its start tag: line 5 is 57 characters long, so column 58. */
    @Test
    void componentWithoutVersionIsAnErrorAtTheComponent() {
        InputException e = failure("missing-attribute");
        assertEquals(
                MANIFEST + ":5:58: <component> has no 'version' attribute "
                        + "(Gradle fails with: Missing attribute: version)",
                e.getMessage());
        assertTrue(e.hint().contains("group, name and version"), e.hint());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "group=\"\" name=\"a\" version=\"1\"",
                "group=\"g\" name=\"\" version=\"1\"",
                "group=\"g\" name=\"a\" version=\"\"",
                "group=\"g\" name=\"a\" version=\"1 2\"",
                "name=\"a\" version=\"1\"",
                "group=\"g\" version=\"1\"",
                "xmlns:x=\"urn:x\" x:group=\"g\" name=\"a\" version=\"1\""
            })
    void componentWithEmptyOrMissingCoordinateIsAnError(String attributes, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("verification-metadata.xml"),
                "<verification-metadata>\n<components>\n<component " + attributes + "/>\n</components>\n"
                        + "</verification-metadata>\n");
        InputException e = assertThrows(InputException.class, () -> reader.read(file, MANIFEST));
        assertTrue(e.getMessage().startsWith(MANIFEST + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("<component> has "), e.getMessage());
    }

    @Test
    void componentOutsideComponentsIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("verification-metadata.xml"),
                "<verification-metadata>\n<configuration>\n<component group=\"g\" name=\"a\" version=\"1\"/>\n"
                        + "</configuration>\n</verification-metadata>\n");
        InputException e = assertThrows(InputException.class, () -> reader.read(file, MANIFEST));
        assertTrue(e.getMessage().startsWith(MANIFEST + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("must be inside <verification-metadata><components>"), e.getMessage());
    }

    @Test
    void anotherRootElementIsAnError() {
        InputException e = failure("wrong-root");
        assertTrue(e.getMessage().startsWith(MANIFEST + ":2:10: the root element is <project>"), e.getMessage());
    }

    @Test
    void emptyFileIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("verification-metadata.xml"), "");
        InputException e = assertThrows(InputException.class, () -> reader.read(file, MANIFEST));
        assertEquals(MANIFEST + ":1:1: not well-formed XML: Premature end of file.", e.getMessage());
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        InputException e = assertThrows(
                InputException.class, () -> reader.read(dir.resolve("verification-metadata.xml"), MANIFEST));
        assertEquals(MANIFEST + ": no such file", e.getMessage());
    }

    // --- DOCTYPE and external entities -------------------------------------------------------------------------

    /**
     * Positive control: the two DOCTYPE scenarios are real attacks. A parser with its default settings, given the
     * file's own location as base (as the reader gives it), pulls the neighbouring {@code secret.txt} into the text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"doctype-external-entity", "doctype-external-dtd"})
    void aDefaultParserWouldReadTheLocalFile(String scenario) throws Exception {
        assertTrue(
                allText(XMLInputFactory.newDefaultFactory(), file(scenario)).contains(CANARY),
                "the fixture no longer demonstrates the attack");
    }

    /** The reader refuses the DOCTYPE, and nothing of the local file reaches the message or a node. */
    @ParameterizedTest
    @ValueSource(strings = {"doctype-external-entity", "doctype-external-dtd"})
    void aDoctypeIsRefusedWithoutReadingTheLocalFile(String scenario) {
        InputException e = failure(scenario);
        assertTrue(e.getMessage().startsWith(MANIFEST + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("a DOCTYPE is not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains(CANARY));
    }

    /**
     * Defence in depth: even read to the end past the DOCTYPE (the reader stops at it), the reader's parser never
     * expands the external entity. It reports the entity as undeclared instead, without the file's content.
     */
    @ParameterizedTest
    @ValueSource(strings = {"doctype-external-entity", "doctype-external-dtd"})
    void theReadersParserDoesNotResolveExternalEntitiesOrDtds(String scenario) {
        XMLStreamException e = assertThrows(
                XMLStreamException.class,
                () -> allText(GradleVerificationMetadataReader.newInputFactory(), file(scenario)));
        assertTrue(e.getMessage().contains("\"xxe\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
    }

    /** Every text, attribute value and DTD text the parser gives, to the end of the document. */
    private static String allText(XMLInputFactory factory, Path file) throws Exception {
        StringBuilder seen = new StringBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(file.toUri().toString(), in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.DTD
                        || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.CDATA) {
                    seen.append(xml.getText()).append('\n');
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        seen.append(xml.getAttributeValue(i)).append('\n');
                    }
                }
            }
        }
        return seen.toString();
    }
}
