package dev.upgraderisk.scanner.maven.descriptor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;

/**
 * The bytes of a cached descriptor: what the model was built under ({@link CachedDescriptor#conditions}) and what
 * Maven's descriptor reader made of it. Every field the resolver reads is written, so a decoded descriptor equals the
 * one read from the POMs (a test compares them on real projects).
 */
final class DescriptorCodec {
    private DescriptorCodec() {}

    static byte[] encode(CachedDescriptor d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            conditions(out, d.conditions());
            str(out, d.repositoryId());
            strings(out, d.artifactProperties());
            dependencies(out, d.dependencies());
            dependencies(out, d.managedDependencies());
            out.writeInt(d.repositories().size());
            for (RemoteRepository r : d.repositories()) {
                str(out, r.getId());
                str(out, r.getContentType());
                str(out, r.getUrl());
                policy(out, r.getPolicy(false));
                policy(out, r.getPolicy(true));
                out.writeBoolean(r.isRepositoryManager());
                out.writeBoolean(r.isBlocked());
            }
            out.writeInt(d.properties().size());
            for (Map.Entry<String, Object> e : d.properties().entrySet()) {
                str(out, e.getKey());
                if (e.getValue() instanceof Integer i) {
                    out.writeByte(1);
                    out.writeInt(i);
                } else {
                    out.writeByte(0);
                    str(out, e.getValue() == null ? null : e.getValue().toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing into memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Decodes what {@link #encode} wrote; an {@link IOException} for anything else (the caller treats it as a miss). */
    static CachedDescriptor decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        List<CachedDescriptor.Condition> conditions = conditions(in);
        String repositoryId = str(in);
        Map<String, String> artifactProperties = strings(in);
        List<Dependency> dependencies = dependencies(in);
        List<Dependency> managed = dependencies(in);
        int repoCount = count(in);
        List<RemoteRepository> repositories = new ArrayList<>(repoCount);
        for (int i = 0; i < repoCount; i++) {
            repositories.add(new RemoteRepository.Builder(str(in), str(in), str(in))
                    .setReleasePolicy(policy(in))
                    .setSnapshotPolicy(policy(in))
                    .setRepositoryManager(in.readBoolean())
                    .setBlocked(in.readBoolean())
                    .build());
        }
        int propertyCount = count(in);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < propertyCount; i++) {
            String key = str(in);
            properties.put(key, in.readByte() == 1 ? Integer.valueOf(in.readInt()) : str(in));
        }
        if (in.available() != 0) throw new IOException("bytes after the descriptor");
        return new CachedDescriptor(
                conditions, repositoryId, artifactProperties, dependencies, managed, repositories, properties);
    }

    private static void dependencies(DataOutputStream out, List<Dependency> dependencies) throws IOException {
        out.writeInt(dependencies.size());
        for (Dependency d : dependencies) {
            Artifact a = d.getArtifact();
            str(out, a.getGroupId());
            str(out, a.getArtifactId());
            str(out, a.getClassifier());
            str(out, a.getExtension());
            str(out, a.getVersion());
            strings(out, a.getProperties());
            str(out, d.getScope());
            out.writeByte(d.getOptional() == null ? 0 : d.getOptional() ? 2 : 1);
            out.writeInt(d.getExclusions().size());
            for (Exclusion x : d.getExclusions()) {
                str(out, x.getGroupId());
                str(out, x.getArtifactId());
                str(out, x.getClassifier());
                str(out, x.getExtension());
            }
        }
    }

    private static List<Dependency> dependencies(DataInputStream in) throws IOException {
        int n = count(in);
        List<Dependency> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Artifact a =
                    new DefaultArtifact(str(in), str(in), str(in), str(in), str(in), strings(in), (java.io.File) null);
            String scope = str(in);
            byte optional = in.readByte();
            int x = count(in);
            List<Exclusion> exclusions = new ArrayList<>(x);
            for (int j = 0; j < x; j++) exclusions.add(new Exclusion(str(in), str(in), str(in), str(in)));
            out.add(new Dependency(a, scope, optional == 0 ? null : optional == 2, exclusions));
        }
        return out;
    }

    private static void policy(DataOutputStream out, RepositoryPolicy p) throws IOException {
        out.writeBoolean(p.isEnabled());
        str(out, p.getArtifactUpdatePolicy());
        str(out, p.getMetadataUpdatePolicy());
        str(out, p.getChecksumPolicy());
    }

    private static RepositoryPolicy policy(DataInputStream in) throws IOException {
        return new RepositoryPolicy(in.readBoolean(), str(in), str(in), str(in));
    }

    static void conditions(DataOutputStream out, List<CachedDescriptor.Condition> conditions) throws IOException {
        out.writeInt(conditions.size());
        for (CachedDescriptor.Condition c : conditions) {
            str(out, c.name());
            str(out, c.user());
            str(out, c.system());
        }
    }

    static List<CachedDescriptor.Condition> conditions(DataInputStream in) throws IOException {
        int n = count(in);
        List<CachedDescriptor.Condition> conditions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) conditions.add(new CachedDescriptor.Condition(str(in), str(in), str(in)));
        return conditions;
    }

    static void strings(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
    }

    static Map<String, String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(str(in), str(in));
        return map;
    }

    static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > in.available()) throw new IOException("bad string length " + n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
        return n;
    }
}
