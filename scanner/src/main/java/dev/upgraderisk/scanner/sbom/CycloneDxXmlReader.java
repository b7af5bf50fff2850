package dev.upgraderisk.scanner.sbom;

import dev.upgraderisk.scanner.api.InputException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a CycloneDX XML BOM (namespaces {@code http://cyclonedx.org/schema/bom/1.4} to {@code 1.6}) with the JDK's
 * StAX parser: DTD support, external entities and external DTD access are off, and a document with a DOCTYPE is
 * refused, so nothing outside the file is ever read and no entity is expanded. What is read is what
 * {@link CycloneDxJsonReader} reads from JSON. Places are StAX's (for an element, the end of its start tag).
 */
final class CycloneDxXmlReader {
    private static final String NS = "http://cyclonedx.org/schema/bom/";
    /** Deeper than any real BOM nests (and shallow enough that reading it cannot exhaust the stack). */
    static final int MAX_DEPTH = 256;

    private final XMLStreamReader xml;
    private final String manifestPath;
    private final List<SbomComponent> components = new ArrayList<>();
    private final Map<String, List<String>> edges = new LinkedHashMap<>();
    private Optional<String> rootRef = Optional.empty();
    private String rootLabel = "";
    private String rootPurl = "";
    private boolean hasGraph;
    private int depth = 1;

    private CycloneDxXmlReader(XMLStreamReader xml, String manifestPath) {
        this.xml = xml;
        this.manifestPath = manifestPath;
    }

    static SbomDocument read(byte[] bytes, String manifestPath) throws InputException {
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return new CycloneDxXmlReader(xml, manifestPath).read();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new InputException(
                    at(manifestPath, e.getLocation()) + "not well-formed XML: " + message(e), SbomReader.REGENERATE, e);
        } catch (MissingResourceException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(
                    manifestPath + ": not well-formed XML: the XML parser gave up ("
                            + e.getClass().getSimpleName() + ")",
                    SbomReader.REGENERATE,
                    e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused: it is never read");
        });
        return factory;
    }

    private SbomDocument read() throws XMLStreamException, InputException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not allowed in a CycloneDX BOM; DTDs and external entities are never read");
            }
            if (event == XMLStreamConstants.START_ELEMENT) break;
        }
        if (!xml.isStartElement()) throw fail("the file holds no XML element; expected <bom>");
        String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String version = ns.startsWith(NS) ? ns.substring(NS.length()) : "";
        if (!xml.getLocalName().equals("bom") || version.isEmpty()) {
            throw fail("expected a CycloneDX <bom> in namespace " + NS + "1.x, found <" + xml.getLocalName() + ">"
                    + (ns.isEmpty() ? "" : " in namespace " + CycloneDxJsonReader.quote(ns)));
        }
        if (!CycloneDxJsonReader.VERSIONS.contains(version)) {
            throw fail("CycloneDX specVersion " + CycloneDxJsonReader.quote(version) + " is not supported; supported: "
                    + String.join(", ", CycloneDxJsonReader.VERSIONS));
        }
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "metadata" -> metadata();
                case "components" -> components();
                case "dependencies" -> dependencies();
                default -> skip();
            }
        }
        return new SbomDocument("CycloneDX " + version, rootLabel, rootPurl, rootRef, components, hasGraph, edges);
    }

    private void metadata() throws XMLStreamException, InputException {
        while (nextChild()) {
            if (xml.getLocalName().equals("component")) {
                rootRef = Optional.ofNullable(xml.getAttributeValue(null, "bom-ref"))
                        .filter(s -> !s.isEmpty());
                Map<String, String> main = component(false);
                String group = main.getOrDefault("group", "");
                String name = main.getOrDefault("name", "");
                String version = main.getOrDefault("version", "");
                rootPurl = main.getOrDefault("purl", "");
                String sep = group.startsWith("@") ? "/" : ":";
                rootLabel = (group.isEmpty() ? "" : group + sep)
                        + name
                        + (version.isEmpty() ? "" : (group.isEmpty() || sep.equals("/") ? "@" : ":") + version);
            } else {
                skip();
            }
        }
    }

    private void components() throws XMLStreamException, InputException {
        while (nextChild()) {
            if (xml.getLocalName().equals("component")) {
                component(true);
            } else {
                skip();
            }
        }
    }

    /** Reads the component the reader is at (a package when {@code add}); returns its simple fields. */
    private Map<String, String> component(boolean add) throws XMLStreamException, InputException {
        String ref = Optional.ofNullable(xml.getAttributeValue(null, "bom-ref")).orElse("");
        Location start = xml.getLocation();
        String where = at(manifestPath, start);
        Map<String, String> fields = new LinkedHashMap<>();
        boolean dev = false;
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "purl", "scope", "group", "name", "version" -> fields.put(name, text());
                case "components" -> components();
                case "properties" -> dev |= devProperty();
                default -> skip();
            }
        }
        String scope = fields.getOrDefault("scope", "");
        if (!scope.isEmpty() && !List.of("required", "optional", "excluded").contains(scope)) {
            throw new InputException(
                    where + "scope " + CycloneDxJsonReader.quote(scope)
                            + " is not one of CycloneDX's required, optional, excluded",
                    SbomReader.REGENERATE);
        }
        if (dev && (scope.isEmpty() || scope.equals("required"))) scope = "dev";
        if (add) {
            components.add(new SbomComponent(
                    ref, fields.getOrDefault("purl", ""), scope, where, Math.max(1, start.getLineNumber())));
        }
        return fields;
    }

    private boolean devProperty() throws XMLStreamException, InputException {
        boolean dev = false;
        while (nextChild()) {
            boolean named = CycloneDxJsonReader.DEV_PROPERTY.equals(xml.getAttributeValue(null, "name"));
            if (xml.getLocalName().equals("property") && named) {
                dev |= text().equals("true");
            } else {
                skip();
            }
        }
        return dev;
    }

    private void dependencies() throws XMLStreamException, InputException {
        hasGraph = true;
        while (nextChild()) {
            if (!xml.getLocalName().equals("dependency")) {
                skip();
                continue;
            }
            String ref = xml.getAttributeValue(null, "ref");
            if (ref == null || ref.isEmpty()) throw fail("<dependency> has no ref");
            List<String> targets = edges.computeIfAbsent(ref, k -> new ArrayList<>());
            while (nextChild()) {
                String to = xml.getAttributeValue(null, "ref");
                if (!xml.getLocalName().equals("dependency") || to == null || to.isEmpty()) {
                    throw fail("inside <dependency ref=" + CycloneDxJsonReader.quote(ref)
                            + ">, expected <dependency ref=\"...\"/> elements");
                }
                targets.add(to);
                skip();
            }
        }
    }

    /** Moves to the next child element of the current one; false at the current element's end. */
    private boolean nextChild() throws XMLStreamException, InputException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) throw fail("elements nested more than " + MAX_DEPTH + " deep");
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw fail("entity references are never expanded");
        }
        return false;
    }

    /** The text of the element the reader is at, which it leaves (it must hold no element). */
    private String text() throws XMLStreamException {
        String text = xml.getElementText().trim();
        depth--;
        return text;
    }

    /** Skips the element the reader is at, with everything in it. */
    private void skip() throws XMLStreamException, InputException {
        while (nextChild()) skip();
    }

    private InputException fail(String what) {
        return new InputException(at(manifestPath, xml.getLocation()) + what, SbomReader.REGENERATE);
    }

    private static String at(String manifestPath, Location l) {
        if (l == null || l.getLineNumber() < 1) return manifestPath + ": ";
        return manifestPath + ":" + l.getLineNumber() + ":" + Math.max(1, l.getColumnNumber()) + ": ";
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = m.indexOf("Message: ");
        return (cut >= 0 ? m.substring(cut + "Message: ".length()) : m).strip();
    }
}
