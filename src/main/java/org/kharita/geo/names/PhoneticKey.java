package org.kharita.geo.names;

import java.text.Normalizer;

/**
 * A sound-class key shared by Arabic, Cyrillic and Latin spellings of one name, so that
 * بليخوفو, Плёхово and Plekhovo meet. Each script is mapped letter by letter onto one small
 * alphabet of sound classes (the "fine" form); the {@link #skeleton} then drops the vowels,
 * because Arabic renderings of Slavic names keep the consonants and guess the vowels.
 *
 * <p>Classes chosen from how Arab outlets actually transcribe: п and б both become ب (no p in
 * Arabic), в and ф both ف, ж/дж/г are all written ج (Egyptian ج is g: بيونج يانج = Pyongyang),
 * ч is تش (t + sh), ц is تس (t + s), х is خ. The three vowel classes a / i / o mirror the three
 * long vowels ا ي و that carry Arabic transcriptions (е and э go with ي: زيليني = Zeleny).
 *
 * <p>Alphabet: consonants {@code b d f g h k l m n r s t z S(sh)}; vowels {@code a i o}.
 */
public final class PhoneticKey {
    private PhoneticKey() {
    }

    /** The full sound-class spelling, vowels kept; identical neighbours merged. */
    public static String fine(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        String s = Normalizer.normalize(Homoglyphs.toMajorityScript(name).toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (c < 0x80) {
                i += latin(s, i, c, next, out);
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic(c, out);
            } else if (ArabicText.isArabicLetter(c)) {
                if (c == '\u0644' && sunLetterArticle(s, i)) continue;
                arabic(c, next, out);
            }
            // marks, punctuation, spaces, other scripts: nothing
        }
        return collapse(out);
    }

    /** The consonant classes only: the key candidates are generated from. */
    public static String skeleton(String name) {
        return skeletonOfFine(fine(name));
    }

    public static String skeletonOfFine(String fine) {
        StringBuilder out = new StringBuilder(fine.length());
        for (int i = 0; i < fine.length(); i++) {
            char c = fine.charAt(i);
            if (isVowel(c)) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    public static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'o';
    }

    /** @return how many extra input characters the digraph consumed */
    private static int latin(String s, int i, char c, char next, StringBuilder out) {
        char next2 = i + 2 < s.length() ? s.charAt(i + 2) : 0;
        char next3 = i + 3 < s.length() ? s.charAt(i + 3) : 0;
        switch (c) {
            case 'a' -> out.append('a');
            case 'e', 'i', 'y' -> out.append('i');
            case 'o', 'u', 'w' -> out.append('o');
            case 'b', 'p' -> {
                if (c == 'p' && next == 'h') {
                    out.append('f');
                    return 1;
                }
                out.append('b');
            }
            case 'f', 'v' -> out.append('f');
            case 'd' -> {
                if (next == 'z' && next2 == 'h') {
                    out.append('g');
                    return 2;
                }
                if (next == 'j') {
                    out.append('g');
                    return 1;
                }
                if (next == 'h') {
                    out.append('d');
                    return 1;
                }
                out.append('d');
            }
            case 'g' -> {
                out.append('g');
                return next == 'h' ? 1 : 0;
            }
            case 'j' -> out.append('g');
            case 'z' -> {
                if (next == 'h') {
                    out.append('g');
                    return 1;
                }
                out.append('z');
            }
            case 'k' -> {
                if (next == 'h') {
                    out.append('h');
                    return 1;
                }
                out.append('k');
            }
            case 'q' -> out.append('k');
            case 'x' -> out.append("ks");
            case 'h' -> out.append('h');
            case 'c' -> {
                if (next == 'h') {
                    out.append("tS");
                    return 1;
                }
                if (next == 'k') {
                    out.append('k');
                    return 1;
                }
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            }
            case 's' -> {
                if (next == 'h' && next2 == 'c' && next3 == 'h') {
                    out.append('S');
                    return 3;
                }
                if (next == 'c' && next2 == 'h') {
                    out.append('S');
                    return 2;
                }
                if (next == 'h') {
                    out.append('S');
                    return 1;
                }
                out.append('s');
            }
            case 't' -> {
                if (next == 'c' && next2 == 'h') {
                    out.append("tS");
                    return 2;
                }
                if (next == 'h') {
                    out.append('t');
                    return 1;
                }
                out.append('t');
            }
            case 'l', 'm', 'n', 'r' -> out.append(c);
            default -> {
            }
        }
        return 0;
    }

    private static void cyrillic(char c, StringBuilder out) {
        switch (c) {
            case 'а', 'я' -> out.append('a');
            case 'е', 'э', 'и', 'ы', 'й', 'і', 'ї', 'є' -> out.append('i');
            case 'о', 'ё', 'у', 'ю' -> out.append('o');
            case 'б', 'п' -> out.append('b');
            case 'в', 'ф' -> out.append('f');
            case 'г', 'ґ', 'ж' -> out.append('g');
            case 'д' -> out.append('d');
            case 'з' -> out.append('z');
            case 'к' -> out.append('k');
            case 'л' -> out.append('l');
            case 'м' -> out.append('m');
            case 'н' -> out.append('n');
            case 'р' -> out.append('r');
            case 'с' -> out.append('s');
            case 'т' -> out.append('t');
            case 'х' -> out.append('h');
            case 'ц' -> out.append("ts");
            case 'ч' -> out.append("tS");
            case 'ш', 'щ' -> out.append('S');
            default -> {
            }
        }
    }

    private static void arabic(char c, char next, StringBuilder out) {
        switch (c) {
            case '\u0627', '\u0623', '\u0625', '\u0622', '\u0649' -> out.append('a'); // ا أ إ آ ى
            case '\u0629' -> out.append('a');                                         // ة
            case '\u064A', '\u0626' -> out.append('i');                               // ي ئ
            case '\u0648', '\u0624' -> out.append('o');                               // و ؤ
            case '\u0628', '\u067E' -> out.append('b');                               // ب پ
            case '\u062A', '\u0637' -> out.append('t');                               // ت ط
            case '\u062B', '\u0633', '\u0635' -> out.append('s');                     // ث س ص
            case '\u062C', '\u063A', '\u06AF', '\u0686' -> out.append('g');           // ج غ گ چ
            case '\u062D', '\u062E' -> out.append('h');                               // ح خ
            case '\u0647' -> out.append(isArabicWordLetter(next) ? 'h' : 'a');         // ه, word-final = vowel
            case '\u062F', '\u0636' -> out.append('d');                               // د ض
            case '\u0630', '\u0632', '\u0638' -> out.append('z');                     // ذ ز ظ
            case '\u0631' -> out.append('r');
            case '\u0634' -> out.append('S');                                         // ش
            case '\u0641', '\u06A4' -> out.append('f');                               // ف ڤ
            case '\u0642', '\u0643', '\u06A9' -> out.append('k');                     // ق ك
            case '\u0644' -> out.append('l');
            case '\u0645' -> out.append('m');
            case '\u0646' -> out.append('n');
            default -> {
                // ع ء, harakat, tatweel: no sound class
            }
        }
    }

    /**
     * The article's ل is silent before a "sun letter" (الشعب is ash-Shaab, الرقة ar-Raqqa), and
     * Latin transcriptions drop it; so does the key.
     */
    private static boolean sunLetterArticle(String s, int i) {
        if (i < 1 || s.charAt(i - 1) != '\u0627' || i + 1 >= s.length()) return false;
        if (i >= 2 && isArabicWordLetter(s.charAt(i - 2))) return false;
        return SUN_LETTERS.indexOf(s.charAt(i + 1)) >= 0;
    }

    private static final String SUN_LETTERS = "\u062A\u062B\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0644\u0646";

    private static boolean isArabicWordLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    private static String collapse(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }
}
