package dev.upgraderisk.scanner.maven.descriptor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A released artifact's dependency graph as the persistent cache keeps it: the version of each package that won
 * mediation ({@code groupId:artifactId} to version, in the order the graph was walked), and the conditions of every
 * descriptor read to collect it ({@link DescriptorRecorder}).
 */
record CandidateGraph(List<CachedDescriptor.Condition> conditions, Map<String, String> winners) {
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 64 * winners.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DescriptorCodec.conditions(out, conditions);
            DescriptorCodec.strings(out, winners);
        } catch (IOException e) {
            throw new IllegalStateException("writing into memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Decodes what {@link #encode} wrote; an {@link IOException} for anything else (a miss for the caller). */
    static CandidateGraph decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        List<CachedDescriptor.Condition> conditions = DescriptorCodec.conditions(in);
        Map<String, String> winners = DescriptorCodec.strings(in);
        if (in.available() != 0) throw new IOException("trailing bytes");
        return new CandidateGraph(List.copyOf(conditions), winners);
    }
}
