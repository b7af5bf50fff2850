package dev.upgraderisk.kb.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.EntryProblem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.PackageRename;
import dev.upgraderisk.kb.internal.EntryReader;
import dev.upgraderisk.kb.internal.KnowledgeBaseCodec;
import dev.upgraderisk.kb.internal.RenamesReader;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Loads a knowledge base: every {@code *.yaml} entry under a folder, plus its {@code renames.yaml}. Validates
 * everything and reports all problems at once, naming file and field. The bundled knowledge base is validated and
 * compiled at build time into one compact bundle ({@link #writeBundle}), which loads without any parser.
 */
public final class KnowledgeBaseLoader {
    /** The bundle the build writes from {@code knowledge-base/entries} and the tool reads from the class path. */
    public static final String BUNDLE_RESOURCE = "upgrade-risk/kb-bundle.bin";

    public static final String RENAMES_FILE = "renames.yaml";
    private static final long MAX_ENTRY_BYTES = 256 * 1024;

    private ObjectMapper yaml; // created on first use: the bundled path never needs a YAML parser

    private record Source(String file, JsonNode tree) {}

    private record Sources(List<Source> entries, Source renames, String revision, List<EntryProblem> problems) {}

    /**
     * The knowledge base that ships inside the tool (validated when the tool was built). Read once per process: it is
     * immutable, and every caller gets the same one.
     */
    public KnowledgeBase loadBundled() {
        try {
            return Bundled.READ.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * Starts reading the bundled knowledge base on a thread of its own, so that it is ready by the time a scan asks
     * for it (a command line calls this first, before it parses its arguments).
     */
    public static void prefetchBundled() {
        Bundled.READ.isDone(); // loading the holder class starts the read
    }

    private static final class Bundled {
        static final CompletableFuture<KnowledgeBase> READ = new CompletableFuture<>();

        static {
            Thread reader = new Thread(
                    () -> {
                        try {
                            READ.complete(readBundled());
                        } catch (RuntimeException | Error e) {
                            READ.completeExceptionally(e);
                        }
                    },
                    "upgrade-risk-kb");
            reader.setDaemon(true);
            reader.start();
        }
    }

    private static KnowledgeBase readBundled() {
        try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(BUNDLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled knowledge base (" + BUNDLE_RESOURCE + ") is missing");
            }
            return KnowledgeBaseCodec.read(in.readAllBytes(), "bundled", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled knowledge base", e);
        }
    }

    /** A knowledge base in a folder of entry files (for example a clone of a knowledge-base repository). */
    public KnowledgeBase load(Path folder) throws KnowledgeBaseException, IOException {
        return build(read(folder), "directory", folder.toString());
    }

    /** Validates the folder and writes it as one bundle; refuses (with every problem) if anything is wrong. */
    public void writeBundle(Path folder, Path bundle) throws KnowledgeBaseException, IOException {
        KnowledgeBase kb = build(read(folder), "directory", folder.toString()); // throws on any problem
        Files.createDirectories(bundle.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(bundle)))) {
            KnowledgeBaseCodec.write(kb, out);
        }
    }

    private Sources read(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a knowledge-base folder");
        }
        if (yaml == null) yaml = new ObjectMapper(new YAMLFactory());
        List<EntryProblem> problems = new ArrayList<>();
        List<Source> entries = new ArrayList<>();
        Source renames = null;
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
        }
        for (Path file : files) {
            String rel = relative(root, file);
            String text;
            try {
                if (Files.size(file) > MAX_ENTRY_BYTES) {
                    problems.add(new EntryProblem(rel, "", "larger than " + MAX_ENTRY_BYTES / 1024 + " KiB"));
                    continue;
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new EntryProblem(rel, "", "cannot read: " + e.getMessage()));
                continue;
            }
            digest.update(rel.getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            JsonNode tree = EntryReader.parse(yaml, rel, text, problems);
            if (tree == null) continue;
            if (rel.equals(RENAMES_FILE)) {
                renames = new Source(rel, tree);
            } else {
                entries.add(new Source(rel, tree));
            }
        }
        String revision = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return new Sources(entries, renames, revision, problems);
    }

    private static KnowledgeBase build(Sources sources, String kind, String location) throws KnowledgeBaseException {
        List<EntryProblem> problems = new ArrayList<>(sources.problems());
        List<Advisory> advisories = new ArrayList<>();
        List<PackageRename> renames = sources.renames() == null
                ? List.of()
                : RenamesReader.read(sources.renames().file(), sources.renames().tree(), problems);
        EntryReader reader = new EntryReader();
        Map<String, String> idToFile = new HashMap<>();
        for (Source s : sources.entries()) {
            reader.read(s.file(), s.tree(), problems).ifPresent(a -> {
                String other = idToFile.putIfAbsent(a.id(), s.file());
                if (other != null) {
                    problems.add(new EntryProblem(s.file(), "id", "'" + a.id() + "' is already used by " + other));
                } else {
                    advisories.add(a);
                }
            });
        }
        checkFolders(advisories, problems);
        KnowledgeBase kb =
                new KnowledgeBase(advisories, renames, new KnowledgeBaseOrigin(kind, location, sources.revision()));
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems, kb);
        }
        return kb;
    }

    /** An entry lives in the folder of its ecosystem, so that people find it where they look. */
    private static void checkFolders(List<Advisory> advisories, List<EntryProblem> problems) {
        for (Advisory a : advisories) {
            Set<String> folders = new HashSet<>();
            a.affected().forEach(af -> folders.add(af.pkg().ecosystem().folder()));
            String folder = a.source().contains("/")
                    ? a.source().substring(0, a.source().indexOf('/'))
                    : "";
            if (!folders.contains(folder)) {
                problems.add(new EntryProblem(
                        a.source(),
                        "affected",
                        "entry for " + String.join("/", folders) + " packages must live in the folder "
                                + folders.iterator().next() + "/"));
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
