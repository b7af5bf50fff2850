package dev.upgraderisk.kb.verify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A FIX or INTRODUCED reference that names a change in a GitHub repository: a commit or a pull request. */
record CommitReference(String owner, String name, Kind kind, String id) {
    enum Kind {
        COMMIT,
        PULL_REQUEST
    }

    private static final Pattern URL = Pattern.compile(
            "https://github\\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/(commit|pull)/([0-9a-fA-F]{7,40}|[0-9]+)(?:[/#?].*)?");

    static Optional<CommitReference> parse(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) return Optional.empty();
        Kind kind = m.group(3).equals("commit") ? Kind.COMMIT : Kind.PULL_REQUEST;
        if (kind == Kind.PULL_REQUEST && !m.group(4).matches("[0-9]+")) return Optional.empty();
        return Optional.of(new CommitReference(m.group(1), m.group(2), kind, m.group(4)));
    }

    String repository() {
        return owner + "/" + name;
    }

    @Override
    public String toString() {
        return kind == Kind.COMMIT
                ? repository() + "@" + id.substring(0, Math.min(12, id.length()))
                : repository() + "#" + id;
    }
}
