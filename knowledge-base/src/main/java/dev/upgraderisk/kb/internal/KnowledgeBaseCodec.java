package dev.upgraderisk.kb.internal;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.AdvisoryOutline;
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
import java.io.ByteArrayOutputStream;
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
 *
 * <p>Layout: the renames, then one outline per advisory (id, affected packages, package aliases, size of its body),
 * then the bodies. Reading decodes the outlines only; an advisory's body is decoded when it is first asked for
 * ({@link BundledAdvisories}), so a scan reads the few advisories of the packages it finds.
 */
public final class KnowledgeBaseCodec {
    private static final int MAGIC = 0x55524b42; // "URKB"
    private static final int FORMAT = 2;

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
        List<byte[]> bodies = new ArrayList<>();
        out.writeInt(kb.advisories().size());
        for (Advisory a : kb.advisories()) {
            AdvisoryOutline outline = AdvisoryOutline.of(a);
            str(out, outline.id());
            out.writeInt(outline.affected().size());
            for (PackageName p : outline.affected()) pkg(out, p);
            strings(out, outline.packageAliases());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream body = new DataOutputStream(bytes)) {
                body(a, body);
            }
            bodies.add(bytes.toByteArray());
            out.writeInt(bodies.get(bodies.size() - 1).length);
        }
        for (byte[] b : bodies) out.write(b);
    }

    private static void body(Advisory a, DataOutputStream out) throws IOException {
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

    /** Reads a whole bundle; the advisories' bodies stay encoded in {@code bundle} until they are asked for. */
    public static KnowledgeBase read(byte[] bundle, String kind, String location) throws IOException {
        BundleReader in = new BundleReader(bundle, 0);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a knowledge-base bundle of this version of upgrade-risk; rebuild it");
        }
        String revision = in.str();
        int renameCount = in.readInt();
        List<PackageRename> renames = new ArrayList<>(renameCount);
        for (int i = 0; i < renameCount; i++) {
            renames.add(new PackageRename(pkg(in), pkg(in), in.str(), in.str()));
        }
        int count = in.readInt();
        List<AdvisoryOutline> outlines = new ArrayList<>(count);
        int[] offsets = new int[count + 1];
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            String id = in.str();
            int affectedCount = in.readInt();
            List<PackageName> affected = new ArrayList<>(affectedCount);
            for (int j = 0; j < affectedCount; j++) affected.add(pkg(in));
            outlines.add(new AdvisoryOutline(id, affected, strings(in)));
            lengths[i] = in.readInt();
        }
        offsets[0] = in.position();
        for (int i = 0; i < count; i++) offsets[i + 1] = offsets[i] + lengths[i];
        if (offsets[count] != bundle.length) throw new IOException("truncated knowledge-base bundle");
        return KnowledgeBase.ofOutlines(
                outlines,
                new BundledAdvisories(bundle, offsets),
                renames,
                new KnowledgeBaseOrigin(kind, location, revision));
    }

    /** Decodes the advisory whose body starts at {@code offset}. */
    static Advisory advisory(byte[] bundle, int offset) throws IOException {
        BundleReader in = new BundleReader(bundle, offset);
        String id = in.str();
        List<String> aliases = strings(in);
        String summary = in.str();
        String details = in.str();
        int affectedCount = in.readInt();
        List<Affected> affected = new ArrayList<>(affectedCount);
        for (int j = 0; j < affectedCount; j++) {
            PackageName p = pkg(in);
            int rangeCount = in.readInt();
            List<AffectedRange> ranges = new ArrayList<>(rangeCount);
            for (int k = 0; k < rangeCount; k++) {
                String type = in.str();
                int eventCount = in.readInt();
                List<RangeEvent> events = new ArrayList<>(eventCount);
                for (int e = 0; e < eventCount; e++) {
                    events.add(new RangeEvent(RangeEvent.Type.values()[in.readByte()], in.str()));
                }
                ranges.add(new AffectedRange(type, events));
            }
            affected.add(new Affected(p, ranges, strings(in)));
        }
        int refCount = in.readInt();
        List<Reference> references = new ArrayList<>(refCount);
        for (int j = 0; j < refCount; j++) {
            references.add(new Reference(in.str(), in.str()));
        }
        Kind k = Kind.values()[in.readByte()];
        Severity s = Severity.values()[in.readByte()];
        String trigger = in.str();
        String symptom = in.str();
        Optional<String> workaround = Optional.ofNullable(in.str());
        Optional<String> lastGood = Optional.ofNullable(in.str());
        List<String> packageAliases = strings(in);
        Confidence c = Confidence.values()[in.readByte()];
        List<String> inferred = strings(in);
        RegressionFacts facts =
                new RegressionFacts(k, s, trigger, symptom, workaround, lastGood, packageAliases, c, inferred);
        return new Advisory(
                id,
                aliases,
                summary,
                details,
                affected,
                references,
                facts,
                in.str(),
                in.str(),
                in.str(),
                Origin.values()[in.readByte()]);
    }

    private static void pkg(DataOutputStream out, PackageName p) throws IOException {
        out.writeByte(p.ecosystem().ordinal());
        str(out, p.name());
    }

    private static PackageName pkg(BundleReader in) throws IOException {
        return new PackageName(Ecosystem.values()[in.readByte()], in.str());
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) str(out, v);
    }

    private static List<String> strings(BundleReader in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(in.str());
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
}
