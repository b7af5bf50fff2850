package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.fix.XmlOutline.Element;
import java.util.List;
import java.util.Optional;

/**
 * Applies a Maven {@link BuildChange} to the text of a pom.xml, changing or inserting only the characters the change
 * needs: the rest of the file (comments, blank lines, indentation, order) is kept byte for byte. New elements take
 * the file's own indentation and line separator.
 */
final class PomEditor {
    private static final List<String> AFTER_PROPERTIES = List.of(
            "dependencyManagement",
            "dependencies",
            "repositories",
            "pluginRepositories",
            "build",
            "reporting",
            "profiles");
    private static final List<String> AFTER_MANAGEMENT =
            List.of("dependencies", "repositories", "pluginRepositories", "build", "reporting", "profiles");

    private final String file;

    PomEditor(String file) {
        this.file = file;
    }

    String apply(String pom, BuildChange change) throws InputException {
        Element project = outline(pom);
        if (change instanceof BuildChange.SetProperty p) return setProperty(pom, project, p.name(), p.value());
        if (change instanceof BuildChange.SetDependencyVersion d) return setVersion(pom, project, d);
        if (change instanceof BuildChange.ImportBom b) {
            return manage(pom, project, b.groupId(), b.artifactId(), b.version(), true);
        }
        if (change instanceof BuildChange.ManagedPin m) {
            return manage(pom, project, m.groupId(), m.artifactId(), m.version(), false);
        }
        throw new IllegalArgumentException("not a Maven change: " + change);
    }

    private String setProperty(String pom, Element project, String name, String value) {
        Optional<Element> properties = project.child("properties");
        Optional<Element> existing = properties.flatMap(p -> p.child(name));
        if (existing.isPresent()) return replaceContent(pom, existing.get(), value);
        String element = "<" + name + ">" + value + "</" + name + ">";
        if (properties.isPresent()) return insertChild(pom, properties.get(), element, false);
        return insertBefore(
                pom, project, "<properties>\n" + Layout.UNIT + element + "\n</properties>", AFTER_PROPERTIES);
    }

    private String setVersion(String pom, Element project, BuildChange.SetDependencyVersion d) throws InputException {
        List<Element> candidates = new java.util.ArrayList<>();
        collectDependencies(pom, project, d.groupId(), d.artifactId(), candidates);
        Optional<Element> atLine = candidates.stream()
                .filter(v -> XmlOutline.line(pom, v.start) == d.line())
                .findFirst();
        Element version = atLine.orElseGet(() -> candidates.size() == 1 ? candidates.get(0) : null);
        if (version == null) {
            throw new InputException(
                    file + ":" + d.line() + ": no <version> of " + d.groupId() + ":" + d.artifactId()
                            + " there (the file changed since it was scanned?)",
                    "scan again, or set the version by hand");
        }
        return replaceContent(pom, version, d.version());
    }

    /** The {@code <version>} elements of every {@code <dependency>} on the package, anywhere in the POM. */
    private static void collectDependencies(String pom, Element e, String g, String a, List<Element> out) {
        for (Element c : e.children) {
            if (c.name.equals("dependency")
                    && c.child("groupId")
                            .map(x -> XmlOutline.text(pom, x))
                            .orElse("")
                            .equals(g)
                    && c.child("artifactId")
                            .map(x -> XmlOutline.text(pom, x))
                            .orElse("")
                            .equals(a)) {
                c.child("version").ifPresent(out::add);
            } else {
                collectDependencies(pom, c, g, a, out);
            }
        }
    }

    private String manage(String pom, Element project, String g, String a, String v, boolean bom) {
        String dependency = "<dependency>\n" + Layout.UNIT + "<groupId>" + g + "</groupId>\n" + Layout.UNIT
                + "<artifactId>" + a + "</artifactId>\n" + Layout.UNIT + "<version>" + v + "</version>\n"
                + (bom ? Layout.UNIT + "<type>pom</type>\n" + Layout.UNIT + "<scope>import</scope>\n" : "")
                + "</dependency>";
        Optional<Element> management = project.child("dependencyManagement");
        Optional<Element> list = management.flatMap(m -> m.child("dependencies"));
        if (list.isPresent()) return insertChild(pom, list.get(), dependency, true); // first: it wins over imports
        String indented = dependency.replace("\n", "\n" + Layout.UNIT);
        if (management.isPresent()) {
            return insertChild(
                    pom, management.get(), "<dependencies>\n" + Layout.UNIT + indented + "\n</dependencies>", true);
        }
        return insertBefore(
                pom,
                project,
                "<dependencyManagement>\n" + Layout.UNIT + "<dependencies>\n" + Layout.UNIT + Layout.UNIT
                        + indented.replace("\n", "\n" + Layout.UNIT) + "\n" + Layout.UNIT + "</dependencies>\n"
                        + "</dependencyManagement>",
                AFTER_MANAGEMENT);
    }

    private static String replaceContent(String pom, Element e, String value) {
        if (e.empty) {
            return pom.substring(0, e.start) + "<" + e.name + ">" + value + "</" + e.name + ">" + pom.substring(e.end);
        }
        return pom.substring(0, e.contentStart) + value + pom.substring(e.contentEnd);
    }

    /** Inserts {@code block} (lines indented relative to it, with {@link Layout#UNIT}) as the first or last child. */
    private static String insertChild(String pom, Element parent, String block, boolean first) {
        Layout layout = Layout.of(pom);
        String parentIndent = XmlOutline.indentOf(pom, parent.start);
        String indent = parent.children.isEmpty()
                ? parentIndent + layout.unit()
                : XmlOutline.indentOf(pom, parent.children.get(0).start);
        String text = layout.render(block, indent);
        if (parent.empty) {
            return pom.substring(0, parent.start) + "<" + parent.name + ">" + layout.newline() + indent + text
                    + layout.newline() + parentIndent + "</" + parent.name + ">" + pom.substring(parent.end);
        }
        if (parent.children.isEmpty()) {
            return pom.substring(0, parent.contentStart)
                    + layout.newline()
                    + indent
                    + text
                    + layout.newline()
                    + parentIndent
                    + pom.substring(parent.contentEnd);
        }
        if (first) {
            int at = parent.children.get(0).start;
            return pom.substring(0, at) + text + layout.newline() + indent + pom.substring(at);
        }
        int at = endOfLine(pom, parent.children.get(parent.children.size() - 1).end);
        return pom.substring(0, at) + layout.newline() + indent + text + pom.substring(at);
    }

    /** Past what follows {@code at} on its line when that is only blanks and comments (they stay with it). */
    private static int endOfLine(String pom, int at) {
        int eol = pom.indexOf('\n', at);
        if (eol < 0) return at;
        int end = eol > 0 && pom.charAt(eol - 1) == '\r' ? eol - 1 : eol;
        String rest = pom.substring(at, end).replaceAll("<!--.*?-->", "");
        return rest.isBlank() ? end : at;
    }

    /** Inserts {@code block} into the project before the first of {@code followers} present, else at its end. */
    private static String insertBefore(String pom, Element project, String block, List<String> followers) {
        Layout layout = Layout.of(pom);
        Optional<Element> next = project.children.stream()
                .filter(c -> followers.contains(c.name))
                .findFirst();
        if (next.isEmpty()) return insertChild(pom, project, block, false);
        String indent = XmlOutline.indentOf(pom, next.get().start);
        int at = next.get().start;
        return pom.substring(0, at)
                + layout.render(block, indent)
                + layout.newline()
                + layout.newline()
                + indent
                + pom.substring(at);
    }

    private Element outline(String pom) throws InputException {
        try {
            Element root = XmlOutline.parse(pom);
            if (!root.name.equals("project")) throw new IllegalArgumentException("the root element is not <project>");
            return root;
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": cannot edit: " + e.getMessage(), "fix the POM, then run fix again");
        }
    }
}
