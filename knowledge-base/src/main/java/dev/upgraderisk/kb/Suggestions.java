package dev.upgraderisk.kb;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean ...?" for misspelt keys: the closest known word within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String hint(String word, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(word, k) <= Math.max(2, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
