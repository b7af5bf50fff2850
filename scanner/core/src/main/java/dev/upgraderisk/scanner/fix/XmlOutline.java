package dev.upgraderisk.scanner.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The elements of an XML text with their offsets, so that an edit replaces or inserts characters and leaves every
 * other character (comments, blank lines, indentation, attribute order) as it was. Comments, CDATA, processing
 * instructions and a DOCTYPE are skipped. Malformed text gives an {@link IllegalArgumentException}.
 */
final class XmlOutline {
    /** An element: {@code start} is its {@code <}, {@code contentStart..contentEnd} its content, {@code end} past it. */
    static final class Element {
        final String name;
        final int start;
        int contentStart;
        int contentEnd;
        int end;
        boolean empty;
        final List<Element> children = new ArrayList<>();

        Element(String name, int start) {
            this.name = name;
            this.start = start;
        }

        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }
    }

    private XmlOutline() {}

    /** The root element of {@code text}. */
    static Element parse(String text) {
        List<Element> stack = new ArrayList<>();
        Element root = null;
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) break;
            if (text.startsWith("<!--", lt)) {
                i = skip(text, lt, "-->");
            } else if (text.startsWith("<![CDATA[", lt)) {
                i = skip(text, lt, "]]>");
            } else if (text.startsWith("<?", lt)) {
                i = skip(text, lt, "?>");
            } else if (text.startsWith("<!", lt)) {
                i = skip(text, lt, ">");
            } else if (text.startsWith("</", lt)) {
                int gt = skip(text, lt, ">");
                String name = text.substring(lt + 2, gt - 1).strip();
                if (stack.isEmpty() || !stack.get(stack.size() - 1).name.equals(name)) {
                    throw new IllegalArgumentException("unexpected </" + name + "> at line " + line(text, lt));
                }
                Element e = stack.remove(stack.size() - 1);
                e.contentEnd = lt;
                e.end = gt;
                i = gt;
            } else {
                int gt = tagEnd(text, lt);
                boolean empty = text.charAt(gt - 2) == '/';
                String inner = text.substring(lt + 1, gt - (empty ? 2 : 1));
                String name = inner.split("[\\s/]", 2)[0];
                Element e = new Element(name, lt);
                e.contentStart = gt;
                if (stack.isEmpty()) {
                    if (root != null)
                        throw new IllegalArgumentException("a second root element at line " + line(text, lt));
                    root = e;
                } else {
                    stack.get(stack.size() - 1).children.add(e);
                }
                if (empty) {
                    e.empty = true;
                    e.contentEnd = gt;
                    e.end = gt;
                } else {
                    stack.add(e);
                }
                i = gt;
            }
        }
        if (root == null || !stack.isEmpty()) throw new IllegalArgumentException("unclosed or missing root element");
        return root;
    }

    /** The trimmed text content of an element without children. */
    static String text(String xml, Element e) {
        return xml.substring(e.contentStart, e.contentEnd).strip();
    }

    /** 1-based line of an offset. */
    static int line(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        return n;
    }

    /** The whitespace before the element on its line ("" when something else precedes it there). */
    static String indentOf(String text, int offset) {
        int from = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(from, offset);
        return before.isBlank() ? before : "";
    }

    private static int skip(String text, int from, String terminator) {
        int at = text.indexOf(terminator, from);
        if (at < 0) throw new IllegalArgumentException("unterminated markup at line " + line(text, from));
        return at + terminator.length();
    }

    private static int tagEnd(String text, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated tag at line " + line(text, lt));
    }
}
