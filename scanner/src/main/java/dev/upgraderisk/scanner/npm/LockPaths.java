package dev.upgraderisk.scanner.npm;

import java.util.ArrayList;
import java.util.List;

/** Lockfile locations: relative folder paths with forward slashes, {@code ""} for the project itself. */
final class LockPaths {
    private LockPaths() {}

    /** Forward slashes, no {@code file:} or {@code ./} prefix, no trailing slash, {@code .} and {@code ..} resolved. */
    static String normalize(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("file:")) p = p.substring("file:".length());
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")
                    && !parts.isEmpty()
                    && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * The locations where Node looks for {@code name} when it is required from the package at {@code from}: its own
     * {@code node_modules}, then each folder above it (folders named {@code node_modules} are skipped), up to the
     * project itself. A folder outside the project ({@code ../lib}) does not reach the project's own node_modules.
     */
    static List<String> candidates(String from, String name) {
        List<String> out = new ArrayList<>();
        String dir = from;
        while (true) {
            if (!dir.equals("node_modules") && !dir.endsWith("/node_modules")) {
                out.add(dir.isEmpty() ? "node_modules/" + name : dir + "/node_modules/" + name);
            }
            if (dir.isEmpty() || dir.equals("..") || dir.endsWith("/..")) break;
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
        return out;
    }

    /** The last folder name of a location. */
    static String baseName(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? location : location.substring(slash + 1);
    }
}
