package dev.upgraderisk.kb.osv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops a zip entry that inflates beyond a limit (a zip bomb) with an error instead of exhausting memory. */
final class BoundedInputStream extends FilterInputStream {
    private long remaining;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) throw new IOException("entry larger than the limit");
        int b = super.read();
        if (b >= 0) remaining--;
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (remaining <= 0) throw new IOException("entry larger than the limit");
        int n = super.read(buf, off, (int) Math.min(len, remaining));
        if (n > 0) remaining -= n;
        return n;
    }
}
