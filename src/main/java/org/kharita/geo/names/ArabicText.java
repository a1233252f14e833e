package org.kharita.geo.names;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic orthography for name matching. Normalisation is Lucene's {@link ArabicNormalizer}
 * (hamza-carrying alefs to bare alef, alef maqsura to yeh, teh marbuta to heh, tatweel and
 * harakat removed); on top of it we fold Persian/Urdu letters that Arab outlets borrow for
 * foreign names (گ ڤ پ چ) and drop the zero-width and bidi marks that pasted web text carries.
 */
public final class ArabicText {
    static final char WAW = '\u0648';       // و "and"
    static final char FEH = '\u0641';       // ف "so"
    static final char BEH = '\u0628';       // ب "in, by"
    static final char LAM = '\u0644';       // ل "to, for"
    static final char KAF = '\u0643';       // ك "like"
    static final char ALEF = '\u0627';
    static final String DEFINITE_ARTICLE = "\u0627\u0644"; // ال
    public static final String DEFINITE_ARTICLE_STRING = DEFINITE_ARTICLE;

    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    private ArabicText() {
    }

    static final char TEH = '\u062A';       // ت
    static final char SEEN = '\u0633';      // س

    /**
     * Whether a word has the shape of a verb agreeing with a feminine singular subject — and a country or city is
     * feminine in Arabic — so that the name right after it is that verb's subject, the Arabic verb coming first:
     * past أعلنت، نقلت (a stem of three letters or more and ت, not the plural ات or a long vowel before it, as in
     * بيروت، بيت), present تنقل، تدفع (ت and three to four letters, not the verbal noun تفعيل: تحرير، تدمير), future
     * ستنقل. A leading و or ف is peeled first; a word with the article is a noun.
     */
    public static boolean feminineVerbShape(String word) {
        String w = normalize(word);
        if ((w.charAt(0) == WAW || w.charAt(0) == FEH) && w.length() > 4) w = w.substring(1);
        if (w.startsWith(DEFINITE_ARTICLE) || w.endsWith("\u0629")) return false; // ال… / …ة
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == TEH) {
            char before = w.charAt(n - 2);
            return before != '\u0627' && before != WAW && before != '\u064A'; // not ات، وت، يت
        }
        if (w.charAt(0) == SEEN && n >= 5 && w.charAt(1) == TEH) w = w.substring(1);
        n = w.length();
        if (w.charAt(0) == TEH && n >= 4 && n <= 5) {
            return !(n == 5 && w.charAt(3) == '\u064A'); // تفعيل: تحرير، تدمير
        }
        return false;
    }

    /**
     * Whether a word has the shape of a verb in the future, سـ before the imperfect's prefix (ستواصل، سيرد، سنرد): after
     * "أن" a capital or country followed by one is the government whose intent is reported ("قال إن موسكو سترد"). Not a
     * noun that opens with the same letters: the feminine ة (ستة، سيادة) or a plural (سيارات، ستين).
     */
    public static boolean futureVerbShape(String word) {
        String w = normalize(word);
        if (w.length() > 5 && (w.charAt(0) == WAW || w.charAt(0) == FEH)) w = w.substring(1);
        if (w.length() < 4 || w.charAt(0) != SEEN) return false;
        char prefix = w.charAt(1);
        if (prefix != TEH && prefix != '\u064A' && prefix != '\u0646') return false; // سـت، سـي، سـن
        return !(w.endsWith("\u0647") || w.endsWith("\u0627\u062A") || w.endsWith("\u064A\u0646") || w.endsWith("\u0648\u0646"));
    }

    /** {@code word} without the future سـ of {@link #futureVerbShape}: ستتعرض → تتعرض. */
    public static String withoutFuture(String word) {
        String w = normalize(word);
        if (w.length() > 5 && (w.charAt(0) == WAW || w.charAt(0) == FEH)) w = w.substring(1);
        return w.charAt(0) == SEEN ? w.substring(1) : w;
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u0640'
                || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    /** Folds an Arabic word for lookup: same letters out for every spelling variant in. */
    public static String normalize(String s) {
        char[] buf = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2066', '\u2067', '\u2068', '\u2069',
                     '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\uFEFF' -> {
                    continue;
                }
                case '\u06AF' -> c = '\u063A';          // گ gaf -> غ, as Arab outlets write Persian g
                case '\u06A4' -> c = FEH;               // ڤ veh -> ف
                case '\u067E' -> c = BEH;               // پ peh -> ب
                case '\u0686' -> c = '\u062C';          // چ tcheh -> ج
                case '\u06CC' -> c = '\u064A';          // Persian yeh -> ي
                case '\u06A9' -> c = KAF;               // keheh -> ك
                case '\u0671' -> c = ALEF;              // alef wasla
                default -> {
                }
            }
            buf[n++] = c;
        }
        n = LUCENE.normalize(buf, n);
        return new String(buf, 0, n);
    }

    /**
     * The readings of a word with its proclitics peeled off, longest word first: و and ف
     * (conjunctions), then ب ل ك (prepositions), then the article ال (and لل for ل+ال).
     * Each reading keeps how many characters were peeled, so a mention's span can start at
     * the name itself (وبليخوفو gives بليخوفو at offset 2). A stem under two letters is not a
     * reading: no place name is one letter.
     */
    public static List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>(6);
        out.add(new Reading(word, 0));
        int i = 0;
        if (i < word.length() - 2 && (word.charAt(i) == WAW || word.charAt(i) == FEH)) {
            i++;
            add(out, word, i);
        }
        int afterConj = i;
        // كـ "like, as" stands before a name only in comparisons news rarely make, and many names open with ك (كفر، كرم):
        // it is peeled only before the article (كالمدينة), so كفرزيتا is never "like Farzita" sounding like a foreign town
        boolean likeArticle = i < word.length() - 2 && word.charAt(i) == KAF && word.startsWith(DEFINITE_ARTICLE, i + 1);
        if (i < word.length() - 2 && (word.charAt(i) == BEH || likeArticle || word.charAt(i) == LAM)) {
            // لل is ل + the article with its alef elided: للمدينة = ل + المدينة
            if (word.charAt(i) == LAM && i + 1 < word.length() && word.charAt(i + 1) == LAM) {
                add(out, word, i + 2);
            }
            i++;
            add(out, word, i);
        }
        for (int start : new int[]{afterConj, i}) {
            if (word.startsWith(DEFINITE_ARTICLE, start)) add(out, word, start + 2);
        }
        return out;
    }

    private static void add(List<Reading> out, String word, int peeled) {
        if (word.length() - peeled < 2) return;
        String stem = word.substring(peeled);
        for (Reading r : out) if (r.stem.equals(stem)) return;
        out.add(new Reading(stem, peeled));
    }

    /** A word with {@code peeled} leading clitic characters removed. */
    public record Reading(String stem, int peeled) {
    }
}
