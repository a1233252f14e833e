package org.kharita.geo.names;

import org.apache.lucene.analysis.ru.RussianLightStemmer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup keys of a name, the same function for gazetteer names and for words in a text:
 * <ul>
 *   <li>{@link #exact}: case, diacritics, apostrophes, hyphens and Arabic spelling variants folded
 *       (Zelenyy Shlyakh, Zelenyy-Shlyakh; Плёхово, Плехово; أوكرانيا, اوكرانيا).</li>
 *   <li>{@link #stem}: Cyrillic words cut to their stem by Lucene's Russian light stemmer, so the
 *       cases of running text meet the nominative of the gazetteer (в Судже, под Курском, из
 *       Покровского, Курской области).</li>
 *   <li>{@link PhoneticKey#skeleton}: the cross-script sound key.</li>
 * </ul>
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String exact(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicText.isArabicLetter(c) || Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                out.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013'
                    || c == '_' || c == '/' || c == ',' || c == '.') {
                space = true;
            }
            // apostrophes, soft-sign primes, quotes, zero-width and bidi marks: dropped
        }
        String joined = out.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (hasArabic(joined)) return ArabicText.normalize(joined);
        return stripMarks(joined);
    }

    /** The stem key of a Cyrillic name, word by word; null for other scripts. */
    public static String stem(String name) {
        String e = exact(name);
        if (e.isEmpty() || !isCyrillic(e.charAt(0))) return null;
        StringBuilder out = new StringBuilder(e.length());
        for (String w : e.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(stemWord(w));
        }
        return out.toString();
    }

    static String stemWord(String w) {
        String s = ukrainianToRussianEnding(w);
        char[] c = s.toCharArray();
        int n = new RussianLightStemmer().stem(c, c.length);
        return new String(c, 0, n);
    }

    /**
     * Lucene stems Russian only; the commonest Ukrainian adjective and locative endings are
     * mapped onto their Russian twins first (Курської → Курской, Сумській → Сумской).
     */
    static String ukrainianToRussianEnding(String w) {
        if (w.length() < 5) return w;
        if (w.endsWith("ської") || w.endsWith("цької")) return w.substring(0, w.length() - 2) + "ой";
        if (w.endsWith("ській") || w.endsWith("цькій")) return w.substring(0, w.length() - 2) + "ой";
        if (w.endsWith("ська") || w.endsWith("цька")) return w.substring(0, w.length() - 1) + "ая";
        if (w.endsWith("ий") || w.endsWith("ій")) return w.substring(0, w.length() - 2) + "ий";
        return w;
    }

    public static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    public static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) if (ArabicText.isArabicLetter(s.charAt(i))) return true;
        return false;
    }

    private static String stripMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) return s;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            // keep Cyrillic й (и + breve) whole: it is a letter of its own in Russian
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (c == '\u0306' && out.length() > 0 && (out.charAt(out.length() - 1) == 'и' || out.charAt(out.length() - 1) == 'у')) {
                    out.append(c);
                }
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
