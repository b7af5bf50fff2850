package dev.upgraderisk.scanner.maven;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import kr.motd.maven.os.Detector;
import kr.motd.maven.os.FileOperationProvider;
import kr.motd.maven.os.SystemPropertyOperationProvider;

/**
 * The {@code os.detected.*} properties that the os-maven-plugin build extension gives a Maven build on this machine,
 * computed by that plugin's own detector. The detector would also set them as JVM system properties; here they are
 * only returned, so that concurrent scans and the JVM stay untouched.
 */
final class OsDetectedProperties {
    static final String GROUP_ID = "kr.motd.maven";
    static final String ARTIFACT_ID = "os-maven-plugin";
    /** The property with which a build asks for extra {@code os.detected.classifier} variants (comma-separated). */
    private static final String CLASSIFIER_WITH_LIKES = "os.detection.classifierWithLikes";

    private OsDetectedProperties() {}

    /** The detected properties, sorted by name; {@code buildProperties} may carry {@code os.detection.classifierWithLikes}. */
    static Map<String, String> detect(Properties buildProperties) {
        Properties out = new Properties();
        String likes = buildProperties.getProperty(CLASSIFIER_WITH_LIKES, "");
        List<String> classifierWithLikes = new ArrayList<>();
        Arrays.stream(likes.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(classifierWithLikes::add);
        new QuietDetector().run(out, classifierWithLikes);
        Map<String, String> sorted = new TreeMap<>();
        out.forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
        return sorted;
    }

    /** The plugin's detector, reading the JVM's properties and files but never writing a system property. */
    private static final class QuietDetector extends Detector {
        QuietDetector() {
            super(new ReadOnlySystemProperties(), new FileOperationProvider() {
                @Override
                public InputStream readFile(String fileName) throws IOException {
                    return new FileInputStream(fileName);
                }
            });
        }

        void run(Properties into, List<String> classifierWithLikes) {
            detect(into, classifierWithLikes);
        }

        @Override
        protected void log(String message) {
            // the scan's notes say what was applied
        }

        @Override
        protected void logProperty(String name, String value) {
            // likewise
        }
    }

    private static final class ReadOnlySystemProperties implements SystemPropertyOperationProvider {
        @Override
        public String getSystemProperty(String name) {
            return System.getProperty(name);
        }

        @Override
        public String getSystemProperty(String name, String def) {
            return System.getProperty(name, def);
        }

        @Override
        public String setSystemProperty(String name, String value) {
            return null;
        }
    }
}
