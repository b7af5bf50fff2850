package dev.upgraderisk.scanner.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.json.JsonTrees;
import java.io.IOException;
import java.io.Writer;

/** The one way reports write JSON: two-space indents, "\n" line ends on every machine, a final newline. */
public final class PrettyJson {
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PrettyJson() {}

    public static String write(JsonNode node) {
        return JsonTrees.write(node, new DefaultPrettyPrinter(PRINTER)) + "\n";
    }

    /**
     * A generator onto {@code out} with the same layout, for a report written piece by piece; the caller writes the
     * final newline after closing it.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        return JsonTrees.generator(out, new DefaultPrettyPrinter(PRINTER));
    }
}
