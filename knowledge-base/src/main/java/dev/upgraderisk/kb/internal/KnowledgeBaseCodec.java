package dev.upgraderisk.kb.internal;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Confidence;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Kind;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.PackageRename;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Reference;
import dev.upgraderisk.kb.RegressionFacts;
import dev.upgraderisk.kb.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compact binary form of a validated knowledge base, written at build time and read at start-up without a YAML
 * or JSON parser and without validating again (the build did). Not a public format: it changes with the model, and
 * {@link #FORMAT} guards against reading another version's file.
 */
public final class KnowledgeBaseCodec {
    private static final int MAGIC = 0x55524b42; // "URKB"
    private static final int FORMAT = 1;

    private KnowledgeBaseCodec() {}

    public static void write(KnowledgeBase kb, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        str(out, kb.origin().revision());
        out.writeInt(kb.renames().size());
        for (PackageRename r : kb.renames()) {
            pkg(out, r.from());
            pkg(out, r.to());
            str(out, r.since());
            str(out, r.reference());
        }
        out.writeInt(kb.advisories().size());
        for (Advisory a : kb.advisories()) {
            str(out, a.id());
            strings(out, a.aliases());
            str(out, a.summary());
            str(out, a.details());
            out.writeInt(a.affected().size());
            for (Affected af : a.affected()) {
                pkg(out, af.pkg());
                out.writeInt(af.ranges().size());
                for (AffectedRange r : af.ranges()) {
                    str(out, r.type());
                    out.writeInt(r.events().size());
                    for (RangeEvent e : r.events()) {
                        out.writeByte(e.type().ordinal());
                        str(out, e.version());
                    }
                }
                strings(out, af.versions());
            }
            out.writeInt(a.references().size());
            for (Reference r : a.references()) {
                str(out, r.type());
                str(out, r.url());
            }
            RegressionFacts f = a.facts();
            out.writeByte(f.kind().ordinal());
            out.writeByte(f.severity().ordinal());
            str(out, f.trigger());
            str(out, f.symptom());
            str(out, f.workaround().orElse(null));
            str(out, f.lastKnownGood().orElse(null));
            strings(out, f.packageAliases());
            out.writeByte(f.confidence().ordinal());
            strings(out, f.inferred());
            str(out, a.modified());
            str(out, a.published());
            str(out, a.source());
            out.writeByte(a.origin().ordinal());
        }
    }

    public static KnowledgeBase read(DataInputStream in, String kind, String location) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a knowledge-base bundle of this version of upgrade-risk; rebuild it");
        }
        String revision = str(in);
        int renameCount = in.readInt();
        List<PackageRename> renames = new ArrayList<>(renameCount);
        for (int i = 0; i < renameCount; i++) {
            renames.add(new PackageRename(pkg(in), pkg(in), str(in), str(in)));
        }
        int count = in.readInt();
        List<Advisory> advisories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = str(in);
            List<String> aliases = strings(in);
            String summary = str(in);
            String details = str(in);
            int affectedCount = in.readInt();
            List<Affected> affected = new ArrayList<>(affectedCount);
            for (int j = 0; j < affectedCount; j++) {
                PackageName p = pkg(in);
                int rangeCount = in.readInt();
                List<AffectedRange> ranges = new ArrayList<>(rangeCount);
                for (int k = 0; k < rangeCount; k++) {
                    String type = str(in);
                    int eventCount = in.readInt();
                    List<RangeEvent> events = new ArrayList<>(eventCount);
                    for (int e = 0; e < eventCount; e++) {
                        events.add(new RangeEvent(RangeEvent.Type.values()[in.readByte()], str(in)));
                    }
                    ranges.add(new AffectedRange(type, events));
                }
                affected.add(new Affected(p, ranges, strings(in)));
            }
            int refCount = in.readInt();
            List<Reference> references = new ArrayList<>(refCount);
            for (int j = 0; j < refCount; j++) {
                references.add(new Reference(str(in), str(in)));
            }
            Kind k = Kind.values()[in.readByte()];
            Severity s = Severity.values()[in.readByte()];
            String trigger = str(in);
            String symptom = str(in);
            Optional<String> workaround = Optional.ofNullable(str(in));
            Optional<String> lastGood = Optional.ofNullable(str(in));
            List<String> packageAliases = strings(in);
            Confidence c = Confidence.values()[in.readByte()];
            List<String> inferred = strings(in);
            RegressionFacts facts =
                    new RegressionFacts(k, s, trigger, symptom, workaround, lastGood, packageAliases, c, inferred);
            advisories.add(new Advisory(
                    id,
                    aliases,
                    summary,
                    details,
                    affected,
                    references,
                    facts,
                    str(in),
                    str(in),
                    str(in),
                    Origin.values()[in.readByte()]));
        }
        return new KnowledgeBase(advisories, renames, new KnowledgeBaseOrigin(kind, location, revision));
    }

    private static void pkg(DataOutputStream out, PackageName p) throws IOException {
        out.writeByte(p.ecosystem().ordinal());
        str(out, p.name());
    }

    private static PackageName pkg(DataInputStream in) throws IOException {
        return new PackageName(Ecosystem.values()[in.readByte()], str(in));
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) str(out, v);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(str(in));
        return out;
    }

    /** A string of any length; -1 stands for absent. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new IOException("truncated knowledge-base bundle");
        return new String(b, StandardCharsets.UTF_8);
    }
}
