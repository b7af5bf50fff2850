package dev.upgraderisk.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.upgraderisk.kb.internal.EntryReader;
import dev.upgraderisk.kb.internal.RenamesReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
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
import java.util.stream.Stream;

/**
 * Loads a knowledge base: every {@code *.yaml} entry under a folder, plus its {@code renames.yaml}. Validates
 * everything and reports all problems at once, naming file and field.
 */
public final class KnowledgeBaseLoader {
    /** Where the curated entries sit on the class path (copied there from {@code knowledge-base/entries}). */
    public static final String BUNDLED_RESOURCE = "upgrade-risk/kb";
    public static final String RENAMES_FILE = "renames.yaml";
    private static final long MAX_ENTRY_BYTES = 256 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The knowledge base that ships inside the tool. */
    public KnowledgeBase loadBundled() throws KnowledgeBaseException {
        var url = KnowledgeBaseLoader.class.getClassLoader().getResource(BUNDLED_RESOURCE + "/" + RENAMES_FILE);
        if (url == null) {
            throw new IllegalStateException("the bundled knowledge base is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    return load(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent(), "bundled", "");
                } catch (FileSystemNotFoundException e) {
                    var fs = FileSystems.newFileSystem(uri, Map.of());
                    return load(fs.provider().getPath(uri).getParent(), "bundled", "");
                }
            }
            return load(Path.of(uri).getParent(), "bundled", "");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled knowledge base: " + e.getMessage(), e);
        }
    }

    /** A knowledge base in a folder of entry files (for example a clone of a knowledge-base repository). */
    public KnowledgeBase load(Path folder) throws KnowledgeBaseException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a knowledge-base folder");
        }
        return load(folder, "directory", folder.toString());
    }

    private KnowledgeBase load(Path root, String kind, String location) throws KnowledgeBaseException {
        List<EntryProblem> problems = new ArrayList<>();
        List<Advisory> advisories = new ArrayList<>();
        List<PackageRename> renames = List.of();
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EntryReader reader = new EntryReader(yaml);
        Map<String, String> idToFile = new HashMap<>();
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
            if (rel.equals(RENAMES_FILE)) {
                renames = new RenamesReader(yaml).read(rel, text, problems);
                continue;
            }
            reader.read(rel, text, problems).ifPresent(a -> {
                String other = idToFile.putIfAbsent(a.id(), rel);
                if (other != null) {
                    problems.add(new EntryProblem(rel, "id", "'" + a.id() + "' is already used by " + other));
                } else {
                    advisories.add(a);
                }
            });
        }
        checkFolders(advisories, problems);
        String revision = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        KnowledgeBase kb = new KnowledgeBase(advisories, renames, new KnowledgeBaseOrigin(kind, location, revision));
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
            String folder = a.source().contains("/") ? a.source().substring(0, a.source().indexOf('/')) : "";
            if (!folders.contains(folder)) {
                problems.add(new EntryProblem(a.source(), "affected", "entry for " + String.join("/", folders)
                        + " packages must live in the folder " + folders.iterator().next() + "/"));
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
