package org.kharita.geo.names;

import java.util.List;
import java.util.Optional;

/**
 * What a person types into the Arabic UI's place type-ahead, matched against the Arabic names that UI
 * shows. Both sides are folded as the geoparser folds Arabic ({@link ArabicText#normalize}), so that a
 * reader who types كورسك without the hamza or the harakat the gazetteer has, or ه for ة, still finds the
 * place. A match starts at a word of the name, not only its first: the oblast is مقاطعة كورسك, and typing
 * كورسك must offer it beside the city, as typing Kursk does in English. The article ال is optional on
 * either side (الخرطوم and خرطوم), since people type a name both ways.
 */
public final class ArabicNamePrefix {
    private final List<String> keys;

    private ArabicNamePrefix(List<String> keys) {
        this.keys = keys;
    }

    /** The typed text as an Arabic prefix; empty if it holds no Arabic letter (then it is matched as English). */
    public static Optional<ArabicNamePrefix> of(String typed) {
        if (typed == null || typed.chars().noneMatch(c -> ArabicText.isArabicLetter((char) c))) return Optional.empty();
        String key = fold(typed);
        if (key.isEmpty()) return Optional.empty();
        String bare = withoutArticle(key, 0);
        return Optional.of(new ArabicNamePrefix(bare.equals(key) ? List.of(key) : List.of(key, bare)));
    }

    /** Whether some word of the name (or that word without its article) starts with the typed text. */
    public boolean matches(String arabicName) {
        if (arabicName == null) return false;
        String name = fold(arabicName);
        for (int w = 0; w < name.length(); w = nextWord(name, w)) {
            int bare = name.length() - withoutArticle(name, w).length();
            for (String key : keys) {
                if (name.startsWith(key, w) || (bare > w && name.startsWith(key, bare))) return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return ArabicText.normalize(s.strip()).replaceAll("[\\s\\-‐–]+", " ");
    }

    /** The text from {@code at} on, past the article if the word there has one and more than the article. */
    private static String withoutArticle(String s, int at) {
        int end = s.indexOf(' ', at);
        int wordEnd = end < 0 ? s.length() : end;
        return s.startsWith(ArabicText.DEFINITE_ARTICLE, at) && wordEnd - at > 2 ? s.substring(at + 2) : s.substring(at);
    }

    private static int nextWord(String s, int from) {
        int space = s.indexOf(' ', from);
        return space < 0 ? s.length() : space + 1;
    }
}
