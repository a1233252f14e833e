package org.kharita.extract;

import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.names.ArabicText;

import java.util.List;

/**
 * Tells a capital or a country that stands for its government or army from the place itself:
 * "قوات كييف" (the forces of Kyiv) is Ukraine's army, not a battle in Kyiv; "العلاقات بين بيونج
 * يانج وموسكو" are relations between governments. Only capitals and countries are read this way:
 * nobody writes "the forces of Plekhovo".
 */
final class MetonymyDetector {
    private MetonymyDetector() {
    }

    private static final java.util.Set<String> BACKING = java.util.Set.of("backed", "led", "controlled", "allied", "aligned",
            "installed", "appointed", "sponsored", "funded", "supported", "friendly", "leaning");

    /** @return a reason when the mention is a metonym, else null */
    static String reason(String text, Sentence sentence, int start, int end, Place place, Language lang) {
        if (place == null || !(place.isCapital() || place.isCountry())) return null;
        List<Token> tokens = Token.tokenize(text, sentence.start(), sentence.end());
        int first = -1, last = -1;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) first = t.index();
                last = t.index();
            }
        }
        if (first < 0) return null;
        Token self = tokens.get(first);
        // a proclitic glued to the name itself: وقوات is not it, but "لكييف" keeps the token; read the word before
        if (first > 0) {
            Token prev = tokens.get(first - 1);
            for (ArabicText.Reading r : readings(prev)) {
                if (PlaceCues.in(PlaceCues.METONYM_HEAD, r.stem(), lang)) return "\"" + prev.text() + "\" before it: its state or army";
                if (place.isCapital() && PlaceCues.in(PlaceCues.AGENT_VERB_BEFORE, r.stem(), lang)) {
                    return "subject of \"" + prev.text() + "\": its government";
                }
            }
            if (prev.text().equalsIgnoreCase("of") && first > 1
                    && PlaceCues.in(PlaceCues.METONYM_HEAD, tokens.get(first - 2).text(), lang)) {
                return "\"" + tokens.get(first - 2).text() + " of\": its state or army";
            }
            if (betweenRelation(tokens, first, lang)) return "relations between governments";
        }
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            // "Moscow-backed officials", "Iran-backed groups": the state that backs them
            if (text.substring(tokens.get(last).end(), next.start()).equals("-") && BACKING.contains(next.text().toLowerCase())) {
                return "\"-" + next.text() + "\": its state";
            }
            boolean possessive = self.text().endsWith("'s") || self.text().endsWith("’s");
            if (possessive && PlaceCues.in(PlaceCues.METONYM_HEAD, next.text(), lang)) return "\"'s " + next.text() + "\": its state or army";
            if (place.isCapital() && (PlaceCues.in(PlaceCues.AGENT_VERB_AFTER, next.text(), lang)
                    || PlaceCues.in(PlaceCues.AGENT_VERB_BEFORE, next.text(), lang))) {
                // English and Russian put the verb after its subject; Arabic either side ("وأن موسكو أرسلت")
                return "subject of \"" + next.text() + "\": its government";
            }
        }
        return null;
    }

    /** X in "relations between X and Y", or Y after "between X and". */
    private static boolean betweenRelation(List<Token> tokens, int i, Language lang) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (PlaceCues.in(PlaceCues.BETWEEN, tokens.get(k).text(), lang)) {
                for (int r = k - 1; r >= Math.max(0, k - 3); r--) {
                    for (ArabicText.Reading rd : readings(tokens.get(r))) {
                        if (PlaceCues.in(PlaceCues.RELATION, rd.stem(), lang)) return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static List<ArabicText.Reading> readings(Token t) {
        return ArabicText.isArabicLetter(t.text().charAt(0)) ? ArabicText.readings(t.text())
                : List.of(new ArabicText.Reading(t.text(), 0));
    }
}
