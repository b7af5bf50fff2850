package dev.upgraderisk.scanner.golang;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.scanner.api.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads go.mod as the go command does: directives on one line or in {@code ( ... )} blocks, {@code //} comments
 * (the {@code // indirect} marker included), quoted paths, and directives in any order (a {@code go} line at the
 * end is fine). Unknown directives and malformed lines are errors with file and line.
 */
public final class GoModParser {
    private static final Set<String> KNOWN = Set.of(
            "module", "go", "toolchain", "godebug", "require", "replace", "exclude", "retract", "tool", "ignore");

    private final String file;
    private Optional<String> module = Optional.empty();
    private Optional<String> go = Optional.empty();
    private Optional<String> toolchain = Optional.empty();
    private final List<GoModFile.Require> requires = new ArrayList<>();
    private final List<GoModFile.Replace> replaces = new ArrayList<>();
    private final List<GoModFile.Exclude> excludes = new ArrayList<>();
    private final List<GoModFile.Retract> retracts = new ArrayList<>();
    private String commentAbove = "";
    private final List<String> tools = new ArrayList<>();

    private GoModParser(String file) {
        this.file = file;
    }

    /** @param file the name used in error messages ({@code go.mod}, {@code service/go.mod}) */
    public static GoModFile parse(String file, String text) throws InputException {
        GoModParser p = new GoModParser(file);
        p.run(text);
        return new GoModFile(p.module, p.go, p.toolchain, p.requires, p.replaces, p.excludes, p.retracts, p.tools);
    }

    private void run(String text) throws InputException {
        String[] lines = text.split("\r?\n", -1);
        String block = null;
        int blockStart = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            Line line = Line.of(lines[i], this, lineNo);
            if (line.tokens().isEmpty()) {
                // a comment-only line is the rationale of a retract just below it; a blank line ends it
                commentAbove = line.comment().isBlank() && !lines[i].contains("//")
                        ? ""
                        : (commentAbove.isEmpty() ? "" : commentAbove + " ")
                                + line.comment().strip();
                continue;
            }
            List<String> t = line.tokens();
            if (block != null) {
                if (t.size() == 1 && t.get(0).equals(")")) {
                    block = null;
                    continue;
                }
                directive(block, t, line.comment(), lineNo);
                commentAbove = "";
                continue;
            }
            String verb = t.get(0);
            if (!KNOWN.contains(verb)) {
                throw error(lineNo, "unknown directive: " + verb);
            }
            if (t.size() == 2 && t.get(1).equals("(")) {
                block = verb;
                blockStart = lineNo;
                continue;
            }
            directive(verb, t.subList(1, t.size()), line.comment(), lineNo);
            commentAbove = "";
        }
        if (block != null) {
            throw error(blockStart, "the " + block + " block opened here is never closed with ')'");
        }
    }

    private void directive(String verb, List<String> args, String comment, int line) throws InputException {
        if (!args.isEmpty() && args.get(0).isBlank() && !verb.equals("retract")) {
            throw error(line, verb + ": a module path cannot be empty");
        }
        switch (verb) {
            case "module" -> module = Optional.of(one(args, line, "module PATH"));
            case "go" -> go = Optional.of(goVersion(one(args, line, "go VERSION"), line));
            case "toolchain" -> toolchain = Optional.of(one(args, line, "toolchain NAME"));
            case "godebug", "ignore" -> {
                /* no bearing on dependencies */
            }
            case "tool" -> tools.add(one(args, line, "tool PATH"));
            case "require" -> {
                if (args.size() != 2) throw error(line, "usage: require PATH VERSION");
                requires.add(new GoModFile.Require(args.get(0), version(args.get(1), line), isIndirect(comment), line));
            }
            case "exclude" -> {
                if (args.size() != 2) throw error(line, "usage: exclude PATH VERSION");
                excludes.add(new GoModFile.Exclude(args.get(0), version(args.get(1), line), line));
            }
            case "retract" -> retract(String.join(" ", args), comment, line);
            case "replace" -> replace(args, line);
            default -> throw error(line, "unknown directive: " + verb);
        }
    }

    private void replace(List<String> args, int line) throws InputException {
        int arrow = args.indexOf("=>");
        if (arrow < 1 || arrow > 2 || args.size() - arrow - 1 < 1 || args.size() - arrow - 1 > 2) {
            throw error(line, "usage: replace PATH [VERSION] => PATH [VERSION]");
        }
        String oldVersion = arrow == 2 ? version(args.get(1), line) : "";
        String newPath = args.get(arrow + 1);
        String newVersion = args.size() - arrow - 1 == 2 ? version(args.get(arrow + 2), line) : "";
        boolean local = newPath.startsWith("./")
                || newPath.startsWith("../")
                || newPath.startsWith("/")
                || newPath.equals(".")
                || newPath.equals("..");
        if (newVersion.isEmpty() && !local) {
            throw error(
                    line,
                    "replacement module " + newPath + " needs a version (or use a local path such as ./"
                            + newPath.replaceAll(".*/", "") + ")");
        }
        replaces.add(new GoModFile.Replace(args.get(0), oldVersion, newPath, newVersion, line));
    }

    private static final Pattern INTERVAL = Pattern.compile("\\[\\s*(\\S+?)\\s*,\\s*(\\S+?)\\s*]");

    private void retract(String args, String comment, int line) throws InputException {
        String rationale = comment.isBlank() ? commentAbove : comment.strip();
        var interval = INTERVAL.matcher(args);
        if (interval.matches()) {
            retracts.add(new GoModFile.Retract(
                    version(interval.group(1), line), version(interval.group(2), line), rationale, line));
        } else if (!args.contains(" ") && !args.isEmpty()) {
            String v = version(args, line);
            retracts.add(new GoModFile.Retract(v, v, rationale, line));
        } else {
            throw error(line, "usage: retract VERSION or retract [LOW, HIGH]");
        }
    }

    /** A Go language version as the go command accepts it: 1.21, 1.21.0, 1.22rc1 (each number at most 9 digits). */
    private String goVersion(String v, int line) throws InputException {
        if (!v.matches("[1-9][0-9]{0,8}(\\.(0|[1-9][0-9]{0,8})){1,2}((rc|beta)[1-9][0-9]{0,8})?")) {
            throw error(line, "invalid go version '" + v + "': Go language versions look like 1.21, 1.21.0 or 1.22rc1");
        }
        return v;
    }

    private static boolean isIndirect(String comment) {
        String c = comment.strip();
        return c.equals("indirect") || c.startsWith("indirect;");
    }

    private String one(List<String> args, int line, String usage) throws InputException {
        if (args.size() != 1) throw error(line, "usage: " + usage);
        return args.get(0);
    }

    private String version(String v, int line) throws InputException {
        try {
            Ecosystem.GO.versionScheme().parse(v);
        } catch (InvalidVersionException e) {
            throw error(
                    line,
                    "invalid version '" + v + "': Go versions look like v1.2.3, v0.0.0-20210101000000-abcdef123456"
                            + " or v2.0.0+incompatible");
        }
        if (!v.startsWith("v")) {
            throw error(line, "invalid version '" + v + "': Go versions start with 'v'");
        }
        return v;
    }

    InputException error(int line, String message) {
        return new InputException(
                file + ":" + line + ": " + message, "fix go.mod at that line (`go mod tidy` rewrites it)");
    }

    /** One line split into tokens (quoted strings unquoted) and its trailing {@code //} comment. */
    private record Line(List<String> tokens, String comment) {
        static Line of(String raw, GoModParser parser, int lineNo) throws InputException {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            String comment = "";
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '/') {
                    comment = raw.substring(i + 2);
                    break;
                } else if (c == '"' || c == '`') {
                    int end = raw.indexOf(c, i + 1);
                    if (end < 0) throw parser.error(lineNo, "unterminated quoted string");
                    tokens.add(raw.substring(i + 1, end));
                    i = end + 1;
                } else if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if (c == '=' && i + 1 < raw.length() && raw.charAt(i + 1) == '>') {
                    tokens.add("=>");
                    i += 2;
                } else {
                    int start = i;
                    while (i < raw.length()
                            && !Character.isWhitespace(raw.charAt(i))
                            && raw.charAt(i) != '('
                            && raw.charAt(i) != ')'
                            && !raw.startsWith("//", i)
                            && !raw.startsWith("=>", i)) {
                        i++;
                    }
                    tokens.add(raw.substring(start, i));
                }
            }
            return new Line(tokens, comment);
        }
    }
}
