package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.scanner.advice.BuildChange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a module's version in go.mod: its {@code require} line (alone or in a block), keeping any comment such as
 * {@code // indirect}; a module go.mod does not list gets a new {@code require} line. {@code go mod tidy} should
 * follow (go.sum is the go command's to write).
 */
final class GoModEditor {
    private GoModEditor() {}

    static String apply(String gomod, BuildChange.SetRequire r) {
        String module = Pattern.quote(r.module());
        // "require m v" or, inside a require block, "\tm v"; the version is the next token
        Pattern line = Pattern.compile("(?m)^(\\s*(?:require\\s+)?\"?" + module + "\"?\\s+)(v[^\\s/]+)(.*)$");
        Matcher m = line.matcher(gomod);
        while (m.find()) {
            String prefix = m.group(1);
            if (!inRequire(gomod, m.start(), prefix)) continue;
            return gomod.substring(0, m.start(2)) + r.version() + gomod.substring(m.end(2));
        }
        String newline = gomod.contains("\r\n") ? "\r\n" : "\n";
        String end = gomod.isEmpty() || gomod.endsWith("\n") ? "" : newline;
        return gomod + end + newline + "require " + r.module() + " " + r.version() + newline;
    }

    /** Whether the line at {@code at} is a require: "require m v", or a line of a require ( ... ) block. */
    private static boolean inRequire(String gomod, int at, String prefix) {
        if (prefix.strip().startsWith("require")) return true;
        int open = gomod.lastIndexOf("(", at);
        int close = gomod.lastIndexOf(")", at);
        if (open < 0 || close > open) return false;
        int lineStart = gomod.lastIndexOf('\n', open) + 1;
        return gomod.substring(lineStart, open).strip().equals("require");
    }
}
