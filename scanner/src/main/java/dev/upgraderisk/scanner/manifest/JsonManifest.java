package dev.upgraderisk.scanner.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.json.JsonTrees;
import java.io.IOException;
import java.util.Locale;

/**
 * What the JSON manifest readers (npm lockfiles, SBOMs) share: parsing with errors that name the file, line and column,
 * and the words those errors use for a place and for the kind of value found.
 */
public final class JsonManifest {
    private JsonManifest() {}

    /**
     * The JSON value in {@code bytes}, which must not be empty; {@code expected} says what an empty file should have
     * held and {@code hint} how to get a good file back.
     */
    public static JsonNode parse(byte[] bytes, String manifestPath, String expected, String hint)
            throws InputException {
        JsonNode root;
        try {
            root = JsonTrees.read(bytes);
        } catch (JsonEOFException e) {
            throw new InputException(
                    where(manifestPath, e.getLocation()) + "the JSON ends too early (is the file truncated?): "
                            + e.getOriginalMessage(),
                    hint,
                    e);
        } catch (JsonProcessingException e) {
            throw new InputException(
                    where(manifestPath, e.getLocation()) + "not valid JSON: " + e.getOriginalMessage(), hint, e);
        } catch (IOException e) {
            throw new InputException(manifestPath + ": cannot read: " + e.getMessage(), "check the file", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(manifestPath + ":1:1: the file is empty; expected " + expected, hint);
        }
        return root;
    }

    /** An empty JSON array, for a field that may be absent. */
    public static JsonNode emptyArray() {
        return JsonTrees.array();
    }

    /** An empty JSON object, for a field that may be absent. */
    public static JsonNode emptyObject() {
        return JsonTrees.object();
    }

    /** How errors name the kind of a value: "a string", "an array", ... */
    public static String kind(JsonNode value) {
        if (value.isTextual()) return "a string";
        if (value.isNumber()) return "a number";
        if (value.isArray()) return "an array";
        if (value.isObject()) return "an object";
        if (value.isBoolean()) return "a boolean";
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** {@code file:line:column: }, or {@code file: } when the place is unknown. */
    public static String where(String manifestPath, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) return manifestPath + ": ";
        return manifestPath + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr()) + ": ";
    }
}
