package dev.upgraderisk.scanner.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes hostile variants of valid inputs: flipped, deleted, duplicated and inserted bytes, truncations, splices of
 * two seeds, and tokens of the format (brackets, quotes, directives, aliases, entities, huge numbers, NULs) dropped
 * in at random. Deterministic for a given seed of the {@link Random}; inputs stay under {@value #MAX} bytes.
 */
final class Mutator {
    static final int MAX = 64 * 1024;
    private static final List<String> COMMON = List.of(
            "\u0000",
            "\uFFFF",
            "\uD800",
            "\n",
            "\r\n",
            "\t",
            " ",
            "\"",
            "'",
            "\\",
            "\\u0000",
            "99999999999999999999999",
            "-1",
            "0",
            "1e309",
            "NaN",
            "null",
            "true",
            "[]",
            "{}",
            "%s",
            "${x}",
            "\u202e",
            "\u001b[2J");

    private final Random random;
    private final List<byte[]> seeds;
    private final List<byte[]> dictionary;

    Mutator(long seed, List<byte[]> seeds, List<String> tokens) {
        this.random = new Random(seed);
        this.seeds = seeds;
        this.dictionary = Stream.concat(COMMON.stream(), tokens.stream())
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    byte[] next() {
        byte[] b = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            b = mutate(b);
        }
        return b.length > MAX ? Arrays.copyOf(b, MAX) : b;
    }

    private byte[] mutate(byte[] b) {
        int len = b.length;
        int at = len == 0 ? 0 : random.nextInt(len);
        switch (random.nextInt(7)) {
            case 0 -> {
                if (len > 0) b[at] ^= (byte) (1 << random.nextInt(8));
                return b;
            }
            case 1 -> {
                int n = Math.min(len - at, 1 + random.nextInt(64));
                return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + n, len));
            }
            case 2 -> {
                int n = Math.min(len - at, 1 + random.nextInt(256));
                byte[] chunk = Arrays.copyOfRange(b, at, at + n);
                byte[] out = Arrays.copyOfRange(b, 0, at + n);
                int times = 1 + random.nextInt(8);
                for (int i = 0; i < times; i++) out = concat(out, chunk);
                return concat(out, Arrays.copyOfRange(b, at + n, len));
            }
            case 3, 4 -> {
                byte[] token = dictionary.get(random.nextInt(dictionary.size()));
                return concat(concat(Arrays.copyOfRange(b, 0, at), token), Arrays.copyOfRange(b, at, len));
            }
            case 5 -> {
                return Arrays.copyOf(b, at);
            }
            default -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(other, from, other.length));
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
