package dev.upgraderisk.scanner.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Activation;
import org.apache.maven.model.ActivationFile;
import org.apache.maven.model.ActivationOS;
import org.apache.maven.model.ActivationProperty;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Repository;
import org.apache.maven.model.RepositoryPolicy;
import org.apache.maven.settings.Settings;

/** Profiles of settings.xml as model profiles, so that the ModelBuilder activates and injects them like Maven. */
final class SettingsProfiles {
    private SettingsProfiles() {}

    static List<Profile> toModelProfiles(Settings settings) {
        List<Profile> out = new ArrayList<>();
        for (org.apache.maven.settings.Profile sp : settings.getProfiles()) {
            Profile p = new Profile();
            p.setId(sp.getId());
            p.setSource("settings.xml");
            p.setProperties(sp.getProperties());
            if (sp.getActivation() != null) {
                p.setActivation(activation(sp.getActivation()));
            }
            sp.getRepositories().forEach(r -> p.addRepository(repository(r)));
            sp.getPluginRepositories().forEach(r -> p.addPluginRepository(repository(r)));
            out.add(p);
        }
        return out;
    }

    private static Activation activation(org.apache.maven.settings.Activation sa) {
        Activation a = new Activation();
        a.setActiveByDefault(sa.isActiveByDefault());
        a.setJdk(sa.getJdk());
        if (sa.getProperty() != null) {
            ActivationProperty ap = new ActivationProperty();
            ap.setName(sa.getProperty().getName());
            ap.setValue(sa.getProperty().getValue());
            a.setProperty(ap);
        }
        if (sa.getOs() != null) {
            ActivationOS os = new ActivationOS();
            os.setArch(sa.getOs().getArch());
            os.setFamily(sa.getOs().getFamily());
            os.setName(sa.getOs().getName());
            os.setVersion(sa.getOs().getVersion());
            a.setOs(os);
        }
        if (sa.getFile() != null) {
            ActivationFile f = new ActivationFile();
            f.setExists(sa.getFile().getExists());
            f.setMissing(sa.getFile().getMissing());
            a.setFile(f);
        }
        return a;
    }

    private static Repository repository(org.apache.maven.settings.Repository sr) {
        Repository r = new Repository();
        r.setId(sr.getId());
        r.setName(sr.getName());
        r.setUrl(sr.getUrl());
        r.setLayout(sr.getLayout());
        if (sr.getReleases() != null) r.setReleases(policy(sr.getReleases()));
        if (sr.getSnapshots() != null) r.setSnapshots(policy(sr.getSnapshots()));
        return r;
    }

    private static RepositoryPolicy policy(org.apache.maven.settings.RepositoryPolicy sp) {
        RepositoryPolicy p = new RepositoryPolicy();
        p.setEnabled(sp.isEnabled());
        p.setUpdatePolicy(sp.getUpdatePolicy());
        p.setChecksumPolicy(sp.getChecksumPolicy());
        return p;
    }
}
