package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.golang.GoModParser;
import java.io.IOException;
import java.io.StringReader;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/** Parses a fixed manifest's text as its reader would, before it is written. */
final class ManifestChecks {
    private ManifestChecks() {}

    static void check(String file, String content) throws InputException {
        if (file.endsWith("go.mod")) {
            GoModParser.parse(file, content);
            return;
        }
        try {
            new MavenXpp3Reader().read(new StringReader(content), true);
        } catch (XmlPullParserException e) {
            throw new InputException(
                    file + ":" + e.getLineNumber() + ": the fixed POM would not parse: " + e.getMessage()
                            + "; nothing was written",
                    "set the version by hand (this is a bug in upgrade-risk fix: please report it)");
        } catch (IOException e) {
            throw new InputException(file + ": cannot check the fixed POM: " + e.getMessage(), "try again");
        }
    }
}
