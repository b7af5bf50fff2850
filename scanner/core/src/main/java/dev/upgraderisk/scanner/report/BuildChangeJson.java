package dev.upgraderisk.scanner.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.scanner.advice.BuildChange;
import java.util.Optional;

/** A {@link BuildChange} as JSON: {@code kind}, {@code file}, what it sets, and a {@code description}. */
final class BuildChangeJson {
    private BuildChangeJson() {}

    static void put(ObjectNode parent, String field, Optional<BuildChange> change) {
        if (change.isEmpty()) {
            parent.putNull(field);
            return;
        }
        BuildChange c = change.get();
        ObjectNode o = parent.putObject(field);
        if (c instanceof BuildChange.SetProperty p) {
            o.put("kind", "set-property").put("property", p.name()).put("line", p.line());
        } else if (c instanceof BuildChange.SetDependencyVersion d) {
            o.put("kind", "set-dependency-version")
                    .put("package", d.groupId() + ":" + d.artifactId())
                    .put("line", d.line());
        } else if (c instanceof BuildChange.ImportBom b) {
            o.put("kind", "import-bom").put("bom", b.groupId() + ":" + b.artifactId());
        } else if (c instanceof BuildChange.ManagedPin m) {
            o.put("kind", "managed-pin").put("package", m.groupId() + ":" + m.artifactId());
        } else if (c instanceof BuildChange.SetRequire r) {
            o.put("kind", "go-require").put("package", r.module());
        } else if (c instanceof BuildChange.NpmInstall n) {
            o.put("kind", "npm-install").put("package", n.name());
        }
        o.put("version", c.version());
        o.put("file", c.file());
        o.put("description", c.describe());
        o.put("snippet", c.snippet());
    }
}
