package org.kharita.extract;

import org.kharita.geo.Place;
import org.kharita.geo.Resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the mention list a geoparser would hand the event extractor, with offsets found in the text
 * itself ({@code indexOf}), so tests never copy article text. Places are minimal stand-ins: what the
 * extractor reads is the id, the feature code and the region.
 */
final class TestMentions {
    private final String text;
    private final List<Sentence> sentences;
    private final List<Mention> mentions = new ArrayList<>();

    TestMentions(String text) {
        this.text = text;
        this.sentences = new IcuSentenceSplitter().split(text);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Mention> mentions() {
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /** The {@code nth} (0-based) occurrence of {@code surface}, as a place where things happen. */
    TestMentions literal(String surface, int nth, Place place) {
        return add(surface, nth, place, true);
    }

    /** An occurrence that names a government or army ("قوات كييف"), never an event's place. */
    TestMentions metonym(String surface, int nth, Place place) {
        return add(surface, nth, place, false);
    }

    /** Every occurrence of {@code surface} as a literal place. */
    TestMentions everywhere(String surface, Place place) {
        for (int i = 0, at = text.indexOf(surface); at >= 0; i++, at = text.indexOf(surface, at + 1)) add(surface, i, place, true);
        return this;
    }

    private TestMentions add(String surface, int nth, Place place, boolean literal) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(surface, at + 1);
            if (at < 0) throw new IllegalArgumentException("occurrence " + nth + " of " + surface + " not in the text");
        }
        int start = at;
        int sentence = sentences.stream().filter(s -> s.contains(start)).findFirst().orElseThrow().index();
        mentions.add(new Mention(surface, at, at + surface.length(), sentence, literal,
                new Resolution(place, 0.9, List.of(), "test")));
        return this;
    }

    static Place settlement(String id, String country, String admin1) {
        return new Place(id, id, 0, 0, 'P', "PPL", country, "", admin1, 0, null);
    }

    static Place capital(String id, String country) {
        return new Place(id, id, 0, 0, 'P', "PPLC", country, "", "", 0, null);
    }

    static Place region(String id, String country) {
        return new Place(id, id, 0, 0, 'A', "ADM1", country, "", id, 0, null);
    }

    static Place district(String id, String country, String admin1) {
        return new Place(id, id, 0, 0, 'A', "ADM2", country, "", admin1, 0, null);
    }

    static Place country(String id, String code) {
        return new Place(id, id, 0, 0, 'A', "PCLI", code, "", "", 0, null);
    }
}
