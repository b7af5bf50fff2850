package dev.upgraderisk.kb.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.version.InvalidVersionSpecificationException;

/**
 * Maven's own ordering, the one Maven Resolver uses for mediation and ranges ({@code GenericVersionScheme}):
 * {@code 1.0-alpha1 < 1.0-M1 < 1.0-RC1 < 1.0-SNAPSHOT < 1.0 = 1.0.Final = 1.0-ga < 1.0-sp1 < 1.0.1}.
 */
public final class MavenVersionScheme implements VersionScheme {
    // typed as the API interface: its parseVersion(String) returns Version in every resolver release (1.x and 2.x),
    // while GenericVersionScheme's own return type changed, so the call links under Maven 3.8's resolver too
    private static final org.eclipse.aether.version.VersionScheme SCHEME = new GenericVersionScheme();

    @Override
    public Version parse(String text) throws InvalidVersionException {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException(String.valueOf(text), "empty");
        }
        if (text.chars()
                .anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '[' || c == ']' || c == '(' || c == ')')) {
            throw new InvalidVersionException(text, "a single version may not contain spaces, commas or brackets");
        }
        try {
            return new MavenVersion(text, SCHEME.parseVersion(text));
        } catch (InvalidVersionSpecificationException e) {
            throw new InvalidVersionException(text, e.getMessage());
        }
    }

    private static final Set<String> PRE_RELEASE_WORDS =
            Set.of("alpha", "beta", "milestone", "rc", "cr", "snapshot", "pre", "preview", "ea");

    private record MavenVersion(String text, org.eclipse.aether.version.Version delegate) implements Version {
        /**
         * Whether a qualifier ranks the version below its release, tokenised as Maven's {@code GenericVersion} does
         * (on {@code .}, {@code -}, {@code _} and at every change between digits and letters, so {@code 3.2.0rc2} is
         * {@code 3.2.0-rc-2}): alpha, beta, milestone, rc/cr and snapshot, with Maven's aliases a, b and m when a
         * number follows; plus pre, preview and ea, which Maven sorts as unknown words but people use the same way.
         */
        @Override
        public boolean isPreRelease() {
            List<String> tokens = tokens(text.toLowerCase(Locale.ROOT));
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (PRE_RELEASE_WORDS.contains(t)) return true;
                boolean numberFollows = i + 1 < tokens.size()
                        && Character.isDigit(tokens.get(i + 1).charAt(0));
                if (numberFollows && (t.equals("a") || t.equals("b") || t.equals("m"))) return true;
            }
            return false;
        }

        private static List<String> tokens(String version) {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < version.length(); i++) {
                char c = version.charAt(i);
                boolean separator = c == '.' || c == '-' || c == '_';
                boolean transition = current.length() > 0
                        && Character.isDigit(c) != Character.isDigit(current.charAt(current.length() - 1));
                if (separator || transition) {
                    if (current.length() > 0) out.add(current.toString());
                    current.setLength(0);
                }
                if (!separator) current.append(c);
            }
            if (current.length() > 0) out.add(current.toString());
            return out;
        }

        @Override
        public int compareTo(Version o) {
            if (!(o instanceof MavenVersion other)) {
                throw new ClassCastException(
                        "cannot compare a Maven version with " + o.getClass().getSimpleName());
            }
            return delegate.compareTo(other.delegate);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
