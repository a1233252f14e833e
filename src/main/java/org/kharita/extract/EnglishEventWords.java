package org.kharita.extract;

import org.kharita.geo.Language;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English event words matched by morphology, not by listed surface forms: each word of the sentence and of
 * {@code lang/en/event-words.txt} is reduced to its Snowball (Porter 2) stem, so "besieged", "besieging" and
 * "besieges" are all "besiege" and a verb needs one line. Reports on unseen wars use inflections no list of
 * forms foresaw ("were overrun", "repulsing", "retaking").
 */
final class EnglishEventWords {

    /** A phrase of stems; null in {@code stems} is a gap of up to {@link #GAP} words. */
    private record Phrase(EventType type, boolean defensive, boolean generic, String[] stems) {
    }

    /** Words a "~" may stand for: "pushed the last Russian troops out of". */
    private static final int GAP = 3;
    /** Not the tail of "500-pound" nor of "a-b": a word of its own. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{L}+(?:[-'’]\\p{L}+)*");
    private static final List<Phrase> PHRASES = load();

    private EnglishEventWords() {
    }

    /** A word of a folded sentence and its stem, at folded offsets [start, end). */
    private record Word(String stem, int start, int end) {
    }

    private static List<Phrase> load() {
        List<Phrase> out = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String line : Lexicon.lines(Language.EN, "event-words")) {
            String[] parts = line.split("\\s+");
            String type = parts[0];
            boolean defensive = type.endsWith("-defensive"), generic = type.equals("strike");
            EventType t = generic ? EventType.AIR_STRIKE : EventType.fromCode(defensive ? type.substring(0, type.indexOf('-')) : type);
            String[] stems = new String[parts.length - 1];
            for (int k = 1; k < parts.length; k++) stems[k - 1] = parts[k].equals("~") ? null : stem(stemmer, TextFold.fold(parts[k]));
            out.add(new Phrase(t, defensive, generic, stems));
        }
        return out;
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The event words of a folded English sentence, in text order; {@code generic} receives those that are strikes
     * whose weapon the sentence must supply.
     */
    static List<EventCues.Cue> find(String folded, List<EventCues.Cue> generic) {
        List<Word> words = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        Matcher m = WORD.matcher(folded);
        while (m.find()) words.add(new Word(stem(stemmer, m.group()), m.start(), m.end()));
        List<EventCues.Cue> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Phrase p : PHRASES) {
                int end = match(words, i, p.stems, 0);
                if (end < 0) continue;
                EventCues.Cue c = new EventCues.Cue(p.type, words.get(i).start(), words.get(end - 1).end(), p.defensive);
                out.add(c);
                if (p.generic) generic.add(c);
            }
        }
        return out;
    }

    /** Where phrase {@code stems} from its {@code k}-th stem matches the words from {@code i}: the word after it, or -1. */
    private static int match(List<Word> words, int i, String[] stems, int k) {
        if (k == stems.length) return i;
        if (stems[k] == null) {
            for (int skip = 0; skip <= GAP; skip++) {
                int end = match(words, i + skip, stems, k + 1);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (i >= words.size() || !words.get(i).stem().equals(stems[k])) return -1;
        return match(words, i + 1, stems, k + 1);
    }
}
