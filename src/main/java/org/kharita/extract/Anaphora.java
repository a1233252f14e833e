package org.kharita.extract;

import org.kharita.geo.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A sentence that names its place only by a definite noun phrase ("the village", "the town") continues the place named
 * before it in the same paragraph: "Clashes broke out in Kherbet on Monday. Jets later bombed the village." is an air
 * strike at Kherbet. The phrases are each language's {@code lang/<code>/anaphors.txt}; a language without that list
 * resolves no anaphor.
 */
final class Anaphora {
    private static final Map<Language, Regexes.Guarded> PHRASES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            String words = EventCues.alternation(l, "anaphors");
            if (!words.isEmpty()) PHRASES.put(l, Regexes.Guarded.of("(?<![\\p{L}])", words, "(?![\\p{L}])"));
        }
    }

    private Anaphora() {
    }

    /** Whether the folded sentence points back to a place with one of its language's anaphors. */
    static boolean pointsBack(String folded, Language language) {
        Regexes.Guarded p = PHRASES.get(language);
        return p != null && p.find(folded);
    }

    /**
     * The mention the anaphor of sentence {@code sentence} points back to: the last one that {@code placeable} admits in the
     * sentences before it, back to its paragraph's first; -1 when the paragraph names none.
     */
    static int antecedent(int sentence, boolean[] paragraphStart, int[][] mentionsBySentence, IntPredicate placeable) {
        for (int j = sentence - 1; j >= 0 && !paragraphStart[j + 1]; j--) {
            int[] in = mentionsBySentence[j];
            for (int k = in.length - 1; k >= 0; k--) if (placeable.test(in[k])) return in[k];
        }
        return -1;
    }
}
