package dev.upgraderisk.kb.internal;

import dev.upgraderisk.kb.Advisory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The advisories of a bundle, each decoded on its first {@code get} and kept. Unmodifiable; safe to share between
 * threads (two threads may decode the same advisory at once, and then one result is kept).
 */
final class BundledAdvisories extends AbstractList<Advisory> implements RandomAccess {
    private final byte[] bundle;
    private final int[] offsets; // offsets[i] is where advisory i's body starts; one more marks the end
    private final AtomicReferenceArray<Advisory> decoded;

    BundledAdvisories(byte[] bundle, int[] offsets) {
        this.bundle = bundle;
        this.offsets = offsets;
        this.decoded = new AtomicReferenceArray<>(offsets.length - 1);
    }

    @Override
    public Advisory get(int index) {
        Advisory a = decoded.get(index);
        if (a != null) return a;
        try {
            a = KnowledgeBaseCodec.advisory(bundle, offsets[index]);
        } catch (IOException e) {
            // the bundle was checked whole when it was opened: this is a build fault, not a user's
            throw new UncheckedIOException("the knowledge-base bundle is damaged at advisory " + index, e);
        }
        return decoded.compareAndSet(index, null, a) ? a : decoded.get(index);
    }

    @Override
    public int size() {
        return decoded.length();
    }
}
