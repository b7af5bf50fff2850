package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.api.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Reads settings.xml with Maven's own settings builder: {@code --settings FILE} or {@code ~/.m2/settings.xml}. */
final class SettingsReader {
    private SettingsReader() {}

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
            Settings settings = new DefaultSettingsBuilderFactory()
                    .newInstance()
                    .build(request)
                    .getEffectiveSettings();
            decrypt(settings, options.userHome());
            return settings;
        } catch (SettingsBuildingException e) {
            SettingsProblem p = e.getProblems().get(0);
            String where = p.getSource()
                    + (p.getLineNumber() > 0 ? ":" + p.getLineNumber() : "")
                    + (p.getColumnNumber() > 0 ? ":" + p.getColumnNumber() : "");
            throw new InputException(
                    where + ": " + p.getMessage(), "fix the settings file or point --settings elsewhere");
        }
    }

    /**
     * Decrypts {@code {...}} passwords of servers and proxies with the master password of
     * {@code ~/.m2/settings-security.xml} (or {@code -Dsettings.security}), as Maven does. A password that cannot
     * be decrypted is used as written, as Maven does, and the resolver's authentication then fails visibly.
     */
    private static void decrypt(Settings settings, Path userHome) {
        String security = System.getProperty(
                "settings.security",
                userHome.resolve(".m2/settings-security.xml").toString());
        var dispatcher = new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), security);
        var result = new DefaultSettingsDecrypter(dispatcher).decrypt(new DefaultSettingsDecryptionRequest(settings));
        settings.setServers(result.getServers());
        settings.setProxies(result.getProxies());
    }
}
