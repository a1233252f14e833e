package org.kharita.extract;

/**
 * A sentence folded for matching cue words, with a map back to the original characters so that
 * every phrase we quote ("نحو 40 عسكريا") is cut from the article exactly as written.
 * <p>
 * Folding: lower case; Russian ё to е; Arabic harakat, shadda, sukun, dagger alif and tatweel dropped
 * (news text sprinkles them: "صوّت", "حاليَا"); hamza-carrying alifs to bare alif (writers drop the
 * hamza freely: "أكثر"/"اكثر"); alif maqsura to ya ("كيربى"/"كيربي"); Arabic-Indic and Persian digits to
 * ASCII; the Arabic thousands separator to a comma; typographic apostrophes to ASCII (Ukrainian "п’ять").
 */
final class TextFold {
    private final String folded;
    private final int[] origin;

    private TextFold(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static TextFold of(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == DROP) continue;
            map[n] = i;
            out[n++] = c;
        }
        map[n] = text.length();
        // entries past the folded length stay unread: no need to copy the map down to size
        return new TextFold(new String(out, 0, n), map);
    }

    static String fold(String text) {
        return of(text).folded;
    }

    private static final char DROP = '\uFFFF';

    static char fold(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // what toLowerCase does, without its table
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') return DROP;
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + c - '\u0660');
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + c - '\u06F0');
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
            case '\u0649' -> '\u064A';
            case '\u066C' -> ',';
            case '\u066B' -> '.';
            case 'ё', 'Ё' -> 'е';
            case '\u2019', '\u02BC', '\u2018' -> '\'';
            case '\u00A0', '\u202F' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }

    String text() {
        return folded;
    }

    /** The original offset of the folded character at {@code i}. */
    int origin(int i) {
        return origin[i];
    }

    /** The first folded index whose original offset is at or after {@code originalOffset} (the folded length if none). */
    int index(int originalOffset) {
        int lo = 0, hi = folded.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < originalOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The folding of the original characters [{@code from}, {@code to}): the same as {@code fold(text.substring(from, to))},
     * since every character folds on its own, without folding them again.
     */
    String slice(int from, int to) {
        return folded.substring(index(from), index(to));
    }

    /** Where a folded span ending at {@code foldedEnd} ends in the original, its trailing marks included. */
    int originEnd(int foldedEnd) {
        return origin[foldedEnd];
    }
}
