package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.engine.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;

/** Reads settings.xml with Maven's own settings builder: {@code --settings FILE} or {@code ~/.m2/settings.xml}. */
final class SettingsReader {
    private SettingsReader() {
    }

    static Settings read(MavenOptions options, Properties system, Properties user) throws InputException {
        Path file = options.settingsFile().orElse(options.userHome().resolve(".m2/settings.xml"));
        if (options.settingsFile().isPresent() && !Files.isRegularFile(file)) {
            throw new InputException(file + ": settings file not found", "check the path given to --settings");
        }
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
        if (Files.isRegularFile(file)) {
            request.setUserSettingsFile(file.toFile());
        }
        request.setSystemProperties(system);
        request.setUserProperties(user);
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            SettingsProblem p = e.getProblems().get(0);
            String where = p.getSource() + (p.getLineNumber() > 0 ? ":" + p.getLineNumber() : "")
                    + (p.getColumnNumber() > 0 ? ":" + p.getColumnNumber() : "");
            throw new InputException(where + ": " + p.getMessage(), "fix the settings file or point --settings elsewhere");
        }
    }
}
