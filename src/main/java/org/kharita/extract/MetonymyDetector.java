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
        if (place == null) return null;
        // any place can name an organisation: "Arakan Army", "Sinaloa Cartel", "Gaza health ministry"
        // (read off the few words after the name: most mentions are villages, and the sentence is long)
        List<Token> around = Token.tokenize(text, start, Math.min(sentence.end(), end + 80));
        int lastHere = -1;
        for (Token t : around) if (t.start() < end) lastHere = t.index();
        int head = lastHere < 0 ? -1 : organisationHead(text, around, lastHere, lang);
        if (head >= 0) {
            return "\"" + text.substring(around.get(lastHere + 1).start(), around.get(head).end()) + "\" after it: an organisation's name";
        }
        if (!(place.isCapital() || place.isCountry())) return null;
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
        if (first > 0 && place.isCountry() && nisbaAdjective(tokens.get(first - 1), self)) {
            return "\"" + tokens.get(first - 1).text() + " " + self.text() + "\": an adjective (of that country), not the country";
        }
        // a proclitic glued to the name itself: وقوات is not it, but "لكييف" keeps the token; read the word before
        if (first > 0) {
            Token prev = tokens.get(first - 1);
            for (ArabicText.Reading r : readings(prev)) {
                if (PlaceCues.in(PlaceCues.METONYM_HEAD, r.stem(), lang)) return "\"" + prev.text() + "\" before it: its state or army";
                if (PlaceCues.in(PlaceCues.AGENT_VERB_BEFORE, r.stem(), lang)) {
                    return "subject of \"" + prev.text() + "\": its government";
                }
            }
            // Arabic puts the verb first and makes it agree with its subject, and a state's name is feminine:
            // "نقلت موسكو قوات", "تنفي كييف"; a word of the language that only looks so (بيروت، تحت) is no verb
            if (ArabicText.isArabicLetter(prev.text().charAt(0)) && ArabicText.isArabicLetter(self.text().charAt(0))
                    && ArabicText.feminineVerbShape(prev.text()) && !StopWords.is(prev.text(), lang)
                    && !undergoes(prev, lang)
                    && !PlaceCues.in(PlaceCues.PREPOSITION, prev.text(), lang) && !PlaceCues.in(PlaceCues.SETTLEMENT, prev.text(), lang)
                    && !PlaceCues.in(PlaceCues.REGION, prev.text(), lang)) {
                return "subject of \"" + prev.text() + "\", the verb before it: its government";
            }
            if (prev.text().equalsIgnoreCase("of") && first > 1
                    && PlaceCues.in(PlaceCues.METONYM_HEAD, tokens.get(first - 2).text(), lang)) {
                return "\"" + tokens.get(first - 2).text() + " of\": its state or army";
            }
            if (betweenRelation(tokens, first, lang)) return "relations between governments";
            String reported = reportedSubject(text, tokens, first, last, lang);
            if (reported != null) return reported;
            String supply = supplied(tokens, first, place);
            if (supply != null) return supply;
            // "вимагає від Мінська пояснень", "потребовал от Киева": asked of a government
            if (first > 1 && FROM.contains(prev.text().toLowerCase(java.util.Locale.ROOT))
                    && PlaceCues.agentVerbAfter(tokens.get(first - 2).text(), lang)) {
                return "asked of by \"" + tokens.get(first - 2).text() + "\": its government";
            }
            // "urged Israel to halt", "called on Washington to": the one asked to act is a government
            Token asker = prev.text().equalsIgnoreCase("on") && first > 1 ? tokens.get(first - 2) : prev;
            if (PlaceCues.in(PlaceCues.REQUEST_VERB, asker.text(), lang) && last + 1 < tokens.size()
                    && tokens.get(last + 1).text().equalsIgnoreCase("to")) {
                return "asked by \"" + asker.text() + "\" to act: its government";
            }
        }
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            // "Moscow-backed officials", "Iran-backed groups": the state that backs them
            if (text.substring(tokens.get(last).end(), next.start()).equals("-") && BACKING.contains(next.text().toLowerCase())) {
                return "\"-" + next.text() + "\": its state";
            }
            boolean possessive = self.text().endsWith("'s") || self.text().endsWith("’s");
            if (possessive && PlaceCues.in(PlaceCues.METONYM_HEAD, next.text(), lang)) return "\"'s " + next.text() + "\": its state or army";
            if (PlaceCues.in(PlaceCues.AGENT_VERB_BEFORE, next.text(), lang) && text.substring(tokens.get(last).end(), next.start()).isBlank()) {
                // English and Russian put the verb after its subject; Arabic either side ("وأن موسكو أرسلت")
                return "subject of \"" + next.text() + "\": its government";
            }
            // "Kyiv did not comment", "Киев эти данные не комментировал": the verb a few small words on;
            // "London and Paris urged": through the other subjects of a shared verb
            int window = last + 5;
            // Russian and Ukrainian put the object first when the verb is negated or stressed ("Киев эти потери не
            // признаёт", "Москва удары по Курску осудила"): any small words, unless the name follows a preposition
            boolean cyrillicSubject = Character.UnicodeScript.of(self.text().codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                    && (first == 0 || !PlaceCues.in(PlaceCues.PREPOSITION, tokens.get(first - 1).text(), lang));
            for (int k = last + 1; k < Math.min(tokens.size(), window); k++) {
                Token t = tokens.get(k);
                // "وفي اليمن، أعلن الحوثيون": a verb after a comma has its own subject
                if (CLAUSE_BREAK.matcher(text.substring(tokens.get(k - 1).end(), t.start())).find()) break;
                if (PlaceCues.agentVerbAfter(t.text(), lang) && !(k + 1 < tokens.size() && tokens.get(k + 1).text().equalsIgnoreCase("by"))) {
                    return "subject of \"" + t.text() + "\": its government";
                }
                boolean coSubject = AND.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && k + 1 < tokens.size()
                        && tokens.get(k + 1).capitalized() && k == last + 1;
                if (coSubject) {
                    k++;
                    window += 2;
                    continue;
                }
                if (!SUBJECT_GAP.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && !(cyrillicSubject && !t.capitalized())) break;
            }
        }
        return null;
    }

    /** Words opening a reported clause ({@code lang/XX/complementizers.txt}) and predicates of will ({@code modals.txt}). */
    private static final java.util.Set<String> COMPLEMENTIZER = Lexicon.ofAll("complementizers");
    private static final java.util.Set<String> MODAL = Lexicon.ofAll("modals");

    /**
     * "said that Kyiv would", "заявил, что Москва готова", "що Київ має намір": a capital or country opening a reported
     * clause, with a modal or a verb of speech or will a word or two on, is the government the speaker reports on.
     * Not when a passive follows ("that Kyiv would be hit": the city itself).
     */
    private static String reportedSubject(String text, List<Token> tokens, int first, int last, Language lang) {
        if (!PlaceCues.in(COMPLEMENTIZER, tokens.get(first - 1).text(), lang)) return null;
        for (int k = last + 1; k < Math.min(tokens.size(), last + 3); k++) {
            Token t = tokens.get(k);
            if (CLAUSE_BREAK.matcher(text.substring(tokens.get(k - 1).end(), t.start())).find()) return null;
            // Arabic marks the future on the verb itself: "إن موسكو سترد", unless what is to come befalls the city (ستتعرض)
            boolean modal = PlaceCues.in(MODAL, t.text(), lang) || ArabicText.isArabicLetter(t.text().charAt(0))
                    && ArabicText.futureVerbShape(t.text()) && !PlaceCues.in(UNDERGO, ArabicText.withoutFuture(t.text()), lang);
            if (modal || PlaceCues.agentVerbAfter(t.text(), lang)) {
                if (k + 1 < tokens.size() && PASSIVE.contains(tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT))) return null;
                // "не" opens the predicate only when a verb of will or speech follows it
                if (modal && NOT.contains(t.text().toLowerCase(java.util.Locale.ROOT))) continue;
                return "subject of \"" + tokens.get(first - 1).text() + " ... " + t.text() + "\": the government reported on";
            }
        }
        return null;
    }

    /** Arabic verbs whose subject undergoes or witnesses (تعرضت، شهدت): {@code lang/ar/undergo-verbs.txt}. */
    private static final java.util.Set<String> UNDERGO = Lexicon.ofAll("undergo-verbs");

    private static boolean undergoes(Token verb, Language lang) {
        for (ArabicText.Reading r : readings(verb)) if (PlaceCues.in(UNDERGO, r.stem(), lang)) return true;
        return false;
    }

    private static final java.util.Set<String> PASSIVE = java.util.Set.of("be", "been", "быть", "бути");
    private static final java.util.Set<String> NOT = java.util.Set.of("не");

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,،.;:!?—]");
    private static final java.util.Set<String> AND = java.util.Set.of("and", "и", "і", "та", "й");
    private static final java.util.Set<String> FROM = java.util.Set.of("от", "від", "од");

    /**
     * "aid for Kyiv", "weapons to Ukraine", "помощь Киеву", "допомога Україні": what is sent goes to a state.
     * A capital receives any aid; a country only what an army receives ("humanitarian aid to Sudan" reaches
     * its people, "weapons for Ukraine" its government).
     */
    private static String supplied(List<Token> tokens, int first, Place place) {
        int k = first - 1;
        Token before = tokens.get(k);
        String w = before.text().toLowerCase(java.util.Locale.ROOT);
        if ((w.equals("for") || w.equals("to")) && k > 0) before = tokens.get(--k);
        else if (!PlaceCues.in(PlaceCues.SUPPLY, w, null) || ArabicText.isArabicLetter(w.charAt(0))) return null;
        if (!PlaceCues.in(PlaceCues.SUPPLY, before.text(), null)) return null;
        boolean military = PlaceCues.in(PlaceCues.MILITARY_SUPPLY, before.text(), null)
                || k > 0 && PlaceCues.in(PlaceCues.MILITARY_SUPPLY, tokens.get(k - 1).text(), null);
        if (place.isCountry() && !military) return null;
        return "\"" + before.text() + "\" sent to it: its government";
    }

    private static final java.util.Set<String> ADVERBS = java.util.Set.of("خصوصا", "وخصوصا", "تحديدا", "وتحديدا",
            "لاسيما", "ولاسيما", "سيما", "فضلا", "ايضا", "وايضا", "ربما", "دائما", "غالبا", "تماما", "كلها", "معا")
            .stream().map(ArabicText::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Small words between a subject and its verb. */
    private static final java.util.Set<String> SUBJECT_GAP = java.util.Set.of("did", "does", "has", "have", "had", "not",
            "also", "repeatedly", "previously", "already", "officially", "never", "quickly", "later",
            "не", "эти", "это", "эту", "данные", "информацию", "официально", "так", "и", "уже", "ранее", "пока", "тоже",
            "также", "ці", "це", "дані", "поки", "вже", "офіційно");

    /** How many tokens after token {@code last} name an organisation with it ("health ministry": 2), else 0. */
    static int organisationLength(String text, List<Token> tokens, int last, Language lang) {
        int head = organisationHead(text, tokens, last, lang);
        return head < 0 ? 0 : head - last;
    }

    /** The index of the organisation head after token {@code last} ("Army", "health ministry"), or -1. */
    private static int organisationHead(String text, List<Token> tokens, int last, Language lang) {
        for (int k = last + 1; k < Math.min(tokens.size(), last + 4); k++) {
            Token t = tokens.get(k);
            if (!text.substring(tokens.get(k - 1).end(), t.start()).isBlank()) return -1;
            if (ArabicText.isArabicLetter(t.text().charAt(0))) return -1;
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            // "the Bakhmut front" is a stretch of the front line; "Nusra Front" is a group
            boolean head = PlaceCues.in(PlaceCues.ORGANISATION_AFTER, w, lang) && (!w.equals("front") || t.capitalized());
            if (head) return k;
            // "Rapid Support Forces": a capitalised word carries the name on to its head
            if (!PlaceCues.in(PlaceCues.ORGANISATION_MODIFIER, w, lang) && !t.capitalized()) return -1;
        }
        return -1;
    }

    /**
     * Arabic writes the adjective of روسيا, أوكرانيا, سوريا in the indefinite accusative exactly like
     * the country (روسيًا without its vowel sign): after an indefinite accusative noun (قصفا روسيا,
     * هجوما أوكرانيا) it is "Russian", "Ukrainian".
     */
    static boolean nisbaAdjective(Token before, Token self) {
        String w = before.text();
        String name = self.text();
        if (!ArabicText.isArabicLetter(w.charAt(0)) || !name.endsWith("يا")) return false;
        // a verb in the plural (هاجموا روسيا) or a short verb (غزا, دعا) also ends in ا
        // ...and so do pronoun forms (بما فيها روسيا) and adverbs (ولاسيما روسيا, خصوصا روسيا)
        return w.length() >= 4 && w.endsWith("ا") && !w.endsWith("وا") && !w.endsWith("ها") && !w.startsWith("ال")
                && !ADVERBS.contains(ArabicText.normalize(w)) && !StopWords.is(w, Language.AR);
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
