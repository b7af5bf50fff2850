package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** That a fixed POM is well-formed XML with a {@code <project>} root (for a host without Maven's model reader). */
public final class PomCheck {
    private PomCheck() {}

    public static void check(String file, String content) throws InputException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new InputSource(new StringReader(content)));
            if (!doc.getDocumentElement().getLocalName().equals("project")) {
                throw new InputException(
                        file + ": the fixed POM has no <project> root; nothing was written", "report it");
            }
        } catch (SAXParseException e) {
            throw new InputException(
                    file + ":" + e.getLineNumber() + ": the fixed POM would not parse: " + e.getMessage()
                            + "; nothing was written",
                    "set the version by hand (this is a bug in upgrade-risk fix: please report it)");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InputException(file + ": cannot check the fixed POM: " + e.getMessage(), "try again");
        }
    }
}
