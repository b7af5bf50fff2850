package dev.upgraderisk.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's own version, written into the jar at build time. */
public final class ToolVersion {
    private ToolVersion() {}

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
