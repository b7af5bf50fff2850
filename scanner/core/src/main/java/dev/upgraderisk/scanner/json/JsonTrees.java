package dev.upgraderisk.scanner.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * JSON trees read and written with Jackson's streaming parser and generator alone. The trees are Jackson's own
 * {@link JsonNode}s, as {@code ObjectMapper.readTree} and {@code writeValueAsString} give and take them, but no
 * {@code ObjectMapper} is built: building the first one costs more than a scan's whole JSON work (its type,
 * serialiser and deserialiser machinery loads and initialises hundreds of classes).
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /** A new empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * The one JSON value in {@code bytes}: a {@link MissingNode} when there is none, and a parse error (with its
     * location) for bad JSON or for anything after the value. Duplicate keys keep the last value, as readTree does.
     */
    public static JsonNode read(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) return MissingNode.getInstance();
            JsonNode value = value(p, first);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonParseException(p, "Trailing token (of type " + trailing + ") found after the value");
            }
            return value;
        }
    }

    /** Reads the value that starts at the current token {@code t}, without recursion (so depth costs no stack). */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        if (!t.isStructStart()) return scalar(p, t);
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? object() : array();
        open.push(root);
        String key = null; // in an object, the name of the value being read
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) throw new JsonParseException(p, "Unexpected end-of-input: the JSON ends inside a value");
            ContainerNode<?> top = open.peek();
            switch (t) {
                case FIELD_NAME -> key = p.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                case START_OBJECT, START_ARRAY -> {
                    ContainerNode<?> child = t == JsonToken.START_OBJECT ? object() : array();
                    add(top, key, child);
                    open.push(child);
                }
                default -> add(top, key, scalar(p, t));
            }
        }
        return root;
    }

    private static void add(ContainerNode<?> container, String key, JsonNode value) {
        if (container instanceof ObjectNode o) o.set(key, value);
        else ((ArrayNode) container).add(value);
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            default -> throw new JsonParseException(p, "Unexpected token " + t);
        };
    }

    /** {@code node} as JSON text, laid out by {@code printer} (none for the compact form). */
    public static String write(JsonNode node, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out, printer)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into memory failed", e);
        }
        return out.toString();
    }

    /**
     * A generator onto {@code out}, laid out by {@code printer} (none for the compact form), for documents too large to
     * hold as one tree: closing it flushes but leaves {@code out} open.
     */
    public static JsonGenerator generator(Writer out, PrettyPrinter printer) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (printer != null) g.setPrettyPrinter(printer);
        return g;
    }

    /** Writes {@code node} at the generator's current place. */
    public static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) write(g, element);
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                    default -> g.writeNumber(node.doubleValue());
                }
            }
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }
}
