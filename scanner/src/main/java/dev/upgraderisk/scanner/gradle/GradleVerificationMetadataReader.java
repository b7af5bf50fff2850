package dev.upgraderisk.scanner.gradle;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.gradle.GradleNodes.Coordinates;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Gradle's dependency verification file, {@code gradle/verification-metadata.xml}: every
 * {@code <verification-metadata><components><component group= name= version=>} becomes one {@link GraphNode}
 * (type {@code jar}, no classifier, scope {@value #SCOPE}), one per (group, name, version): several versions of a
 * component are several nodes, a component listed twice is one. Trusted artifacts, keys and checksums are not
 * packages and are ignored.
 *
 * <p>The file lists what Gradle verified, not a dependency tree. No node is {@code direct} or {@code optional}
 * (the file does not say), each node's only path is the node itself, and the graph carries {@link #NO_TREE_NOTE}.
 * The graph's root is the name of the project's folder (the one holding {@code gradle/}).
 *
 * <p>The XML is read with the JDK's own StAX parser with DTDs and external entities disabled, and a document with
 * a DOCTYPE is refused, as Gradle refuses it. Malformed XML, a {@code <component>} outside
 * {@code <components>} or one without a non-empty {@code group}, {@code name} or {@code version} (Gradle fails with
 * {@code Missing attribute}) is an {@link InputException} at StAX's line and column (for an element, StAX's
 * location is the end of its start tag).
 */
public final class GradleVerificationMetadataReader implements LockfileReader {
    /** The scope of every node: the file does not say which configurations use a component. */
    public static final String SCOPE = "verification-metadata";
    /** The note every graph read from a verification file carries. */
    public static final String NO_TREE_NOTE = "Gradle verification metadata lists the components Gradle verified "
            + "without the dependency tree: paths and configurations are not known, and versions whose metadata was "
            + "only read during conflict resolution can be listed too";

    private static final String ROOT = "verification-metadata";
    private static final String COMPONENTS = "components";
    private static final String COMPONENT = "component";
    private static final String HINT = "regenerate the file with `./gradlew --write-verification-metadata sha256 help`";

    @Override
    public DependencyGraph read(Path file, String manifestPath) throws InputException {
        Map<Coordinates, GraphNode> nodes = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml =
                    newInputFactory().createXMLStreamReader(file.toUri().toString(), in);
            try {
                readComponents(xml, manifestPath, nodes);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new InputException(at(manifestPath, e.getLocation()) + "not well-formed XML: " + message(e), HINT, e);
        } catch (MissingResourceException | IllegalStateException | IllegalArgumentException e) {
            // the JDK's parser fails this way on some broken DTDs (it cannot find the message for the error)
            throw new InputException(
                    manifestPath + ": not well-formed XML: the XML parser gave up ("
                            + e.getClass().getSimpleName() + ")",
                    HINT,
                    e);
        } catch (NoSuchFileException e) {
            throw new InputException(manifestPath + ": no such file", "check the path of the verification file", e);
        } catch (IOException e) {
            throw new InputException(
                    manifestPath + ": cannot be read: " + e.getMessage(),
                    "check that the verification file is a readable file",
                    e);
        }
        return new DependencyGraph(
                manifestPath,
                Ecosystem.MAVEN,
                GradleNodes.projectName(file, manifestPath, "gradle"),
                GradleNodes.sorted(nodes.values()),
                List.of(NO_TREE_NOTE));
    }

    /**
     * The JDK's StAX factory (not whichever one the class path supplies), with DTD support, external entities and
     * external DTD access all off, and a resolver that refuses anything that would still be looked up.
     */
    static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused: it is never read");
        });
        return factory;
    }

    private static void readComponents(XMLStreamReader xml, String manifestPath, Map<Coordinates, GraphNode> nodes)
            throws XMLStreamException, InputException {
        Deque<String> open = new ArrayDeque<>(); // the enclosing elements, innermost first
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD ->
                    throw new InputException(
                            at(manifestPath, xml.getLocation())
                                    + "a DOCTYPE is not allowed in Gradle verification metadata (Gradle refuses it too); "
                                    + "DTDs and external entities are never read",
                            "remove the <!DOCTYPE ...> declaration");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (open.isEmpty() && !name.equals(ROOT)) {
                        throw new InputException(
                                at(manifestPath, xml.getLocation()) + "the root element is <" + name + ">, not <" + ROOT
                                        + ">: this is not Gradle verification metadata",
                                HINT);
                    }
                    if (name.equals(COMPONENT)) {
                        if (open.size() != 2 || !open.peek().equals(COMPONENTS)) {
                            throw new InputException(
                                    at(manifestPath, xml.getLocation()) + "<" + COMPONENT + "> must be inside <" + ROOT
                                            + "><" + COMPONENTS + ">",
                                    HINT);
                        }
                        Coordinates c = new Coordinates(
                                attribute(xml, manifestPath, "group"),
                                attribute(xml, manifestPath, "name"),
                                attribute(xml, manifestPath, "version"));
                        nodes.putIfAbsent(c, GradleNodes.node(c, SCOPE));
                    }
                    open.push(name);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // text, comments, processing instructions: nothing to read
                }
            }
        }
    }

    /** An unprefixed attribute of the current {@code <component>}, which must be there and not empty. */
    private static String attribute(XMLStreamReader xml, String manifestPath, String name) throws InputException {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty())
                    && xml.getAttributeLocalName(i).equals(name)) {
                String value = xml.getAttributeValue(i);
                if (value.isEmpty() || GradleNodes.hasWhitespace(value)) {
                    throw new InputException(
                            at(manifestPath, xml.getLocation()) + "<" + COMPONENT + "> has "
                                    + (value.isEmpty() ? "an empty" : "whitespace in its") + " '" + name
                                    + "' attribute",
                            HINT);
                }
                return value;
            }
        }
        throw new InputException(
                at(manifestPath, xml.getLocation()) + "<" + COMPONENT + "> has no '" + name
                        + "' attribute (Gradle fails with: Missing attribute: " + name + ")",
                "give each <component> its group, name and version; " + HINT);
    }

    /** {@code manifestPath:line:column: }, or as much of it as the parser knows. */
    private static String at(String manifestPath, Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return manifestPath + ": ";
        }
        return manifestPath + ":" + location.getLineNumber()
                + (location.getColumnNumber() >= 1 ? ":" + location.getColumnNumber() : "") + ": ";
    }

    /** The parser's own message, without the {@code ParseError at [row,col]:[l,c]} prefix (the location is ours). */
    private static String message(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message: ");
        return (at >= 0 ? text.substring(at + "Message: ".length()) : text).strip();
    }
}
