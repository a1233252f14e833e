package org.kharita.geo.names;

/**
 * Text pasted from chats and scraped pages mixes look-alike letters ("Pleкhovo" with a Cyrillic к).
 * A word that mixes Latin and Cyrillic is read in its majority script, its minority letters swapped
 * for their look-alikes, so it keys like the word its writer meant.
 */
public final class Homoglyphs {
    private static final String CYRILLIC = "аеорсухкмтнвіАЕОРСУХКМТНВІ";
    private static final String LATIN = "aeopcyxkmthbiAEOPCYXKMTHBI";

    private Homoglyphs() {
    }

    public static String toMajorityScript(String s) {
        int latin = 0, cyrillic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) latin++;
            else if (c >= '\u0400' && c <= '\u04FF') cyrillic++;
        }
        if (latin == 0 || cyrillic == 0) return s;
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            int k = latin >= cyrillic ? CYRILLIC.indexOf(c) : LATIN.indexOf(c);
            if (k >= 0) b.setCharAt(i, latin >= cyrillic ? LATIN.charAt(k) : CYRILLIC.charAt(k));
        }
        return b.toString();
    }
}
