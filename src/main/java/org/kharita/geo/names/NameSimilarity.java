package org.kharita.geo.names;

/**
 * How alike two spellings sound: a Levenshtein distance over {@link PhoneticKey#fine} forms in
 * which vowels are cheap (Arabic transcriptions drop or guess them: نوفويفانوفكا lacks the
 * second а of Novoivanovka) and consonant classes that transcribers confuse are half price
 * (s/sh, z/s, d/t, g/k, h/g). Normalised by the weighted length of the longer form, so 1.0 is
 * the same sound and 0.0 nothing in common.
 */
public final class NameSimilarity {
    /** Inserting or dropping a vowel: Arabic leaves short vowels unwritten, so this is the commonest edit. */
    static final double VOWEL = 0.25;
    /** One vowel for another (е/и/ي, о/у/و): transcribers disagree on quality more than on presence. */
    static final double VOWEL_SWAP = 0.3;
    static final double NEAR_CONSONANT = 0.6;

    private NameSimilarity() {
    }

    /**
     * {@link #of}, or any value below {@code min} when a cheap bound already shows the pair cannot
     * reach it: every vowel one side has more than the other costs at least a vowel edit.
     */
    public static double atLeast(Query a, String fineB, double min) {
        int vb = vowels(fineB), cb = fineB.length() - vb;
        double len = Math.max(a.length, cb + vb * VOWEL);
        double bound = Math.abs(a.vowels - vb) * VOWEL + Math.abs(a.consonants - cb);
        if (1 - bound / len < min) return 0;
        return of(a.fine, fineB, min);
    }

    /** A query spelling with its counts worked out once for the many spellings it is compared with. */
    public record Query(String fine, int vowels, int consonants, double length) {
    }

    public static Query query(String fine) {
        int v = vowels(fine);
        return new Query(fine, v, fine.length() - v, fine.length() - v + v * VOWEL);
    }

    private static int vowels(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (PhoneticKey.isVowel(s.charAt(i))) n++;
        return n;
    }

    public static double of(String fineA, String fineB) {
        return of(fineA, fineB, Double.NEGATIVE_INFINITY);
    }

    /**
     * {@link #of}, or 0 as soon as a row of the table shows the pair cannot reach {@code min}: no later cell is
     * below its row's least (every edit costs at least 0), and most spellings of a skeleton's postings are far.
     */
    static double of(String fineA, String fineB, double min) {
        int n = fineA.length(), m = fineB.length();
        if (n == 0 || m == 0) return 0;
        double len = Math.max(length(fineA), length(fineB));
        double[] prev = new double[m + 1], cur = new double[m + 1];
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] + weight(fineB.charAt(j - 1));
        for (int i = 1; i <= n; i++) {
            char a = fineA.charAt(i - 1);
            cur[0] = prev[0] + weight(a);
            double least = cur[0];
            for (int j = 1; j <= m; j++) {
                char b = fineB.charAt(j - 1);
                double sub = prev[j - 1] + substitution(a, b);
                double del = prev[j] + weight(a);
                double ins = cur[j - 1] + weight(b);
                cur[j] = Math.min(sub, Math.min(del, ins));
                least = Math.min(least, cur[j]);
            }
            if (1 - least / len < min) return 0;
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        double dist = prev[m];
        return Math.max(0, 1 - dist / len);
    }

    private static double weight(char c) {
        return PhoneticKey.isVowel(c) ? VOWEL : 1.0;
    }

    private static double length(String s) {
        double l = 0;
        for (int i = 0; i < s.length(); i++) l += weight(s.charAt(i));
        return l;
    }

    /** {@link #substitution} of every pair of ASCII letters, the alphabet of fine keys: the table's inner loop asks it m × n times. */
    private static final double[] SUBSTITUTION = new double[128 * 128];

    static {
        for (char a = 0; a < 128; a++) for (char b = 0; b < 128; b++) SUBSTITUTION[a << 7 | b] = substitutionOf(a, b);
    }

    static double substitution(char a, char b) {
        return (a | b) < 128 ? SUBSTITUTION[a << 7 | b] : substitutionOf(a, b);
    }

    private static double substitutionOf(char a, char b) {
        if (a == b) return 0;
        boolean va = PhoneticKey.isVowel(a), vb = PhoneticKey.isVowel(b);
        if (va && vb) return VOWEL_SWAP;
        if (va || vb) return 1.0;
        return near(a, b) ? NEAR_CONSONANT : 1.0;
    }

    private static boolean near(char a, char b) {
        int pair = a < b ? a << 16 | b : b << 16 | a;
        return switch (pair) {
            case 'S' << 16 | 's', 's' << 16 | 'z', 'd' << 16 | 't', 'g' << 16 | 'k', 'g' << 16 | 'h', 'h' << 16 | 'k',
                 'S' << 16 | 'g', 'b' << 16 | 'f', 'l' << 16 | 'r' -> true;
            default -> false;
        };
    }
}
