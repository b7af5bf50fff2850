package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;

/**
 * The one edit that moves a package to a version where the build decides it. {@code file} is the manifest to edit,
 * as reports name manifests (relative to the scanned folder, with {@code /}); a {@code line} of 0 means the element
 * is added rather than changed.
 */
public sealed interface BuildChange {
    String file();

    /** One line for people: what the change does. */
    String describe();

    /** The text to put in the file (or the command to run). */
    String snippet();

    /** The version it sets. */
    String version();

    /** The place in the build it edits: two changes of one place are one edit. */
    String place();

    /** A Maven property that the version comes from ({@code <log4j2.version>}): every artifact using it moves. */
    record SetProperty(String name, String value, String file, int line) implements BuildChange {
        @Override
        public String version() {
            return value;
        }

        @Override
        public String place() {
            return file + " property " + name;
        }

        @Override
        public String describe() {
            return (line > 0 ? "set the property " : "add the property ") + name + " to " + value + " in " + file
                    + (line > 0 ? " (line " + line + ")" : " (<properties>)");
        }

        @Override
        public String snippet() {
            return "<" + name + ">" + value + "</" + name + ">";
        }
    }

    /** A literal {@code <version>} of a dependency (or a managed dependency) in the project. */
    record SetDependencyVersion(String groupId, String artifactId, String version, String file, int line)
            implements BuildChange {
        @Override
        public String place() {
            return file + " line " + line;
        }

        @Override
        public String describe() {
            return "change the version of " + groupId + ":" + artifactId + " to " + version + " in " + file + " (line "
                    + line + ")";
        }

        @Override
        public String snippet() {
            return "<version>" + version + "</version>";
        }
    }

    /** The library's own BOM, imported first in {@code <dependencyManagement>}, so its artifacts move together. */
    record ImportBom(String groupId, String artifactId, String version, String file) implements BuildChange {
        @Override
        public String place() {
            return file + " manage " + groupId + ":" + artifactId;
        }

        @Override
        public String describe() {
            return "import " + groupId + ":" + artifactId + ":" + version + " first in <dependencyManagement> of "
                    + file;
        }

        @Override
        public String snippet() {
            return MavenSnippets.managed(groupId, artifactId, version, true);
        }
    }

    /** A {@code <dependencyManagement>} entry for the package alone (nothing manages it as a family). */
    record ManagedPin(String groupId, String artifactId, String version, String file) implements BuildChange {
        @Override
        public String place() {
            return file + " manage " + groupId + ":" + artifactId;
        }

        @Override
        public String describe() {
            return "pin " + groupId + ":" + artifactId + " to " + version + " in <dependencyManagement> of " + file;
        }

        @Override
        public String snippet() {
            return MavenSnippets.managed(groupId, artifactId, version, false);
        }
    }

    /** A go.mod {@code require} line (then {@code go mod tidy}). */
    record SetRequire(String module, String version, String file) implements BuildChange {
        @Override
        public String place() {
            return file + " require " + module;
        }

        @Override
        public String describe() {
            return "require " + module + " " + version + " in " + file + ", then run go mod tidy";
        }

        @Override
        public String snippet() {
            return "require " + module + " " + version;
        }
    }

    /** npm writes its own lockfile: the command that moves the package. */
    record NpmInstall(String name, String version, String file) implements BuildChange {
        @Override
        public String place() {
            return file + " npm " + name;
        }

        @Override
        public String describe() {
            return "run " + snippet() + " next to " + file;
        }

        @Override
        public String snippet() {
            return "npm install " + name + "@" + version;
        }
    }

    /** Where nothing better is known: a dependencyManagement pin, a require line, an npm install. */
    public static BuildChange fallback(String manifest, PackageName pkg, String version) {
        return switch (pkg.ecosystem()) {
            case MAVEN -> {
                String[] ga = pkg.name().split(":", 2);
                yield new ManagedPin(ga[0], ga[1], version, manifest);
            }
            case GO -> new SetRequire(pkg.name(), version.startsWith("v") ? version : "v" + version, manifest);
            case NPM -> new NpmInstall(pkg.name(), version, manifest);
        };
    }
}
