package dev.upgraderisk.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's own version and home page, written into the jar at build time. */
public final class ToolVersion {
    private ToolVersion() {}

    public static String get() {
        return property("version", "unknown");
    }

    /** The project's home page (the {@code upgrade-risk.home} property of the build), for reports' links. */
    public static String home() {
        return property("home", "");
    }

    private static String property(String name, String otherwise) {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty(name, otherwise);
        } catch (IOException e) {
            return otherwise;
        }
    }
}
