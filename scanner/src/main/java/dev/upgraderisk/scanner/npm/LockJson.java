package dev.upgraderisk.scanner.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.manifest.JsonManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One parsed JSON file of an npm project (a lockfile or the package.json beside it), kept with its bytes so that an
 * error found after parsing can still name the line and column of the value at fault.
 */
final class LockJson {
    /** Files larger than this are refused before they are read. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    static final String REGENERATE =
            "regenerate the lockfile with `npm install --package-lock-only` " + "or restore it from version control";

    private final String manifestPath;
    private final byte[] bytes;
    private final JsonNode root;

    private LockJson(String manifestPath, byte[] bytes, JsonNode root) {
        this.manifestPath = manifestPath;
        this.bytes = bytes;
        this.root = root;
    }

    /** Reads and parses {@code file}; the top-level value must be a JSON object. */
    static LockJson read(Path file, String manifestPath) throws InputException {
        byte[] bytes = readBounded(file, manifestPath);
        JsonNode root = JsonManifest.parse(bytes, manifestPath, "a JSON object", REGENERATE);
        LockJson json = new LockJson(manifestPath, bytes, root);
        if (!root.isObject()) {
            throw json.fail(
                    JsonPointer.empty(),
                    "expected a JSON object at the top of the file, found " + kind(root),
                    REGENERATE);
        }
        return json;
    }

    /** Reads {@code file} if it exists; empty when it does not. */
    static Optional<LockJson> readIfPresent(Path file, String manifestPath) throws InputException {
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(read(file, manifestPath));
    }

    JsonNode root() {
        return root;
    }

    String manifestPath() {
        return manifestPath;
    }

    /** An input error about the value at {@code pointer}, its message prefixed with that value's line and column. */
    InputException fail(JsonPointer pointer, String message, String hint) {
        return new InputException(where(manifestPath, locate(pointer)) + message, hint);
    }

    /** The value at {@code pointer} must be an object (or absent): returns it, or an empty object when absent. */
    JsonNode object(JsonNode value, JsonPointer pointer, String what) throws InputException {
        if (value == null || value.isMissingNode() || value.isNull()) return JsonManifest.emptyObject();
        if (!value.isObject()) {
            throw fail(pointer, what + " is not an object (found " + kind(value) + ")", REGENERATE);
        }
        return value;
    }

    /** The value at {@code pointer} must be a string (or absent): returns it, or {@code ""} when absent. */
    String text(JsonNode value, JsonPointer pointer, String what) throws InputException {
        if (value == null || value.isMissingNode() || value.isNull()) return "";
        if (!value.isTextual()) {
            throw fail(pointer, what + " is not a string (found " + kind(value) + ")", REGENERATE);
        }
        return value.textValue();
    }

    static String kind(JsonNode value) {
        return JsonManifest.kind(value);
    }

    private static byte[] readBounded(Path file, String manifestPath) throws InputException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(manifestPath, size);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) throw tooLarge(manifestPath, bytes.length); // grew while we read
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(manifestPath + ": file not found", "check the path", e);
        } catch (IOException e) {
            throw new InputException(
                    manifestPath + ": cannot read: " + e.getMessage(), "check that the file is readable", e);
        }
    }

    private static InputException tooLarge(String manifestPath, long size) {
        return new InputException(
                String.format(
                        Locale.ROOT,
                        "%s: the file is %.1f MiB; files over %d MiB are " + "not read",
                        manifestPath,
                        size / (1024.0 * 1024.0),
                        MAX_BYTES / (1024 * 1024)),
                "check that this is really an npm lockfile; a real one this large is not supported");
    }

    private static String where(String manifestPath, JsonLocation location) {
        return JsonManifest.where(manifestPath, location);
    }

    /**
     * Where the value at {@code pointer} starts, found by streaming through the file again (only done on an error).
     * With duplicate keys the last one wins, as it does for the parsed tree.
     */
    private JsonLocation locate(JsonPointer pointer) {
        JsonLocation found = null;
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            JsonToken token = parser.nextToken();
            if (pointer.matches()) return token == null ? null : parser.currentTokenLocation();
            String wanted = pointer.toString();
            while (token != null) {
                if (token == JsonToken.FIELD_NAME
                        && parser.getParsingContext().pathAsPointer().toString().equals(wanted)) {
                    parser.nextToken();
                    found = parser.currentTokenLocation();
                }
                token = parser.nextToken();
            }
        } catch (IOException e) {
            return found; // the file parsed once already; a failure here only costs the position
        }
        return found;
    }
}
