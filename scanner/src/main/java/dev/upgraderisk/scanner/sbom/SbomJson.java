package dev.upgraderisk.scanner.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.manifest.JsonManifest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON SBOM, kept with its bytes: the places of values are found by streaming through the file once more,
 * so that errors and reports can name the line and column of a component or of a value at fault.
 */
final class SbomJson {
    private final String manifestPath;
    private final byte[] bytes;
    private final JsonNode root;

    private SbomJson(String manifestPath, byte[] bytes, JsonNode root) {
        this.manifestPath = manifestPath;
        this.bytes = bytes;
        this.root = root;
    }

    /** Parses {@code bytes}; the top-level value must be a JSON object. */
    static SbomJson parse(byte[] bytes, String manifestPath) throws InputException {
        JsonNode root = JsonManifest.parse(bytes, manifestPath, "a JSON SBOM", SbomReader.REGENERATE);
        if (!root.isObject()) {
            throw new InputException(
                    manifestPath + ":1:1: expected a JSON object at the top of the file, found " + kind(root),
                    SbomReader.REGENERATE);
        }
        return new SbomJson(manifestPath, bytes, root);
    }

    JsonNode root() {
        return root;
    }

    /** An input error about the value at {@code pointer}, its message prefixed with that value's place. */
    InputException fail(JsonPointer pointer, String message) {
        return new InputException(where(manifestPath, locate(pointer)) + message, SbomReader.REGENERATE);
    }

    /** {@code file:line:column: } of the object at {@code pointer}, or {@code file: } when it cannot be placed. */
    String whereObject(JsonPointer pointer) {
        return where(manifestPath, objects().get(pointer.toString()));
    }

    /** The line of the object at {@code pointer} (1 when it cannot be placed). */
    int lineOfObject(JsonPointer pointer) {
        JsonLocation at = objects().get(pointer.toString());
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    /** The value at {@code pointer} as text, or {@code ""} when absent or null; anything else is an error. */
    String text(JsonNode value, JsonPointer pointer, String what) throws InputException {
        if (value == null || value.isMissingNode() || value.isNull()) return "";
        if (!value.isTextual()) throw fail(pointer, what + " is not a string (found " + kind(value) + ")");
        return value.textValue();
    }

    /** The value at {@code pointer} must be an array (or absent): returns it, or an empty array when absent. */
    JsonNode array(JsonNode value, JsonPointer pointer, String what) throws InputException {
        if (value == null || value.isMissingNode() || value.isNull()) return JsonManifest.emptyArray();
        if (!value.isArray()) throw fail(pointer, what + " is not an array (found " + kind(value) + ")");
        return value;
    }

    /** The value at {@code pointer} must be an object: returns it. */
    JsonNode object(JsonNode value, JsonPointer pointer, String what) throws InputException {
        if (value == null || !value.isObject()) {
            throw fail(pointer, what + " is not an object (found " + (value == null ? "nothing" : kind(value)) + ")");
        }
        return value;
    }

    static String kind(JsonNode value) {
        return JsonManifest.kind(value);
    }

    private static String where(String manifestPath, JsonLocation location) {
        return JsonManifest.where(manifestPath, location);
    }

    private Map<String, JsonLocation> objects;

    /** Where every JSON object starts, by JSON pointer (computed once, when a line is first asked for). */
    private Map<String, JsonLocation> objects() {
        if (objects != null) return objects;
        Map<String, JsonLocation> out = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    out.put(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the file parsed once already; a failure here only costs positions
        }
        objects = out;
        return out;
    }

    /** Where the value at {@code pointer} starts, found by streaming through the file again (only on an error). */
    private JsonLocation locate(JsonPointer pointer) {
        JsonLocation found = null;
        String wanted = pointer.toString();
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructEnd() || token == JsonToken.FIELD_NAME) continue;
                if (parser.getParsingContext().pathAsPointer().toString().equals(wanted)) {
                    found = parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }
}
