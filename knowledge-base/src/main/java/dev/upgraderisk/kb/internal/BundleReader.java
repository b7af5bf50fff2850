package dev.upgraderisk.kb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads the big-endian ints, bytes and length-prefixed UTF-8 strings of a bundle held in memory, from a position. */
final class BundleReader {
    private final byte[] data;
    private int position;

    BundleReader(byte[] data, int position) {
        this.data = data;
        this.position = position;
    }

    int position() {
        return position;
    }

    int readInt() throws IOException {
        need(4);
        int v = ((data[position] & 0xff) << 24)
                | ((data[position + 1] & 0xff) << 16)
                | ((data[position + 2] & 0xff) << 8)
                | (data[position + 3] & 0xff);
        position += 4;
        return v;
    }

    byte readByte() throws IOException {
        need(1);
        return data[position++];
    }

    /** A string written as its UTF-8 length and bytes; length -1 stands for absent (null). */
    String str() throws IOException {
        int n = readInt();
        if (n < 0) return null;
        need(n);
        String s = new String(data, position, n, StandardCharsets.UTF_8);
        position += n;
        return s;
    }

    private void need(int n) throws IOException {
        if (n > data.length - position) throw new IOException("truncated knowledge-base bundle");
    }
}
