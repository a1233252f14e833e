package org.kharita.corpus;

import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Event;
import org.kharita.extract.EventType;
import org.kharita.extract.IcuSentenceSplitter;
import org.kharita.extract.Mention;
import org.kharita.geo.BBox;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in engine for storage and view tests, so they prove the plumbing without depending on the
 * real geoparser's recall: it knows a handful of names and makes one battle per sentence that holds
 * any of them. Coordinates are the villages' approximate positions (GeoNames / Wikipedia).
 */
public final class FakeEngine {
    public static final Map<String, double[]> PLACES = Map.of(
            "Plekhovo", new double[]{51.1031, 35.3275},
            "Novoivanovka", new double[]{51.32223, 35.10573},
            "Sverdlikovo", new double[]{51.2511, 35.1178},
            "Kyiv", new double[]{50.4501, 30.5234});

    /** A name the fake geoparser recognises but cannot place. */
    public static final String UNPLACED = "Nevidoma";

    private FakeEngine() {
    }

    public static ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer(new IcuSentenceSplitter(), (text, language, sentences) -> {
            List<Mention> out = new ArrayList<>();
            for (var s : sentences) {
                String sentence = text.substring(s.start(), s.end());
                for (var e : PLACES.entrySet()) {
                    int at = sentence.indexOf(e.getKey());
                    while (at >= 0) {
                        int start = s.start() + at;
                        // "the forces of Kyiv" is the army, not a battlefield: a metonym as the contract defines it.
                        boolean literal = !(start >= 10 && text.startsWith("forces of ", start - 10));
                        Place p = new Place("test:" + e.getKey(), e.getKey(), e.getValue()[0], e.getValue()[1], 'P', "PPL",
                                "RU", "41", "Kursk Oblast", 100, new BBox(0, 0, 1, 1));
                        Place alt = new Place("test:alt-" + e.getKey(), e.getKey() + " (other)", 10, 20, 'P', "PPL",
                                "UA", "1", "Elsewhere", 5, null);
                        out.add(new Mention(e.getKey(), start, start + e.getKey().length(), s.index(), literal,
                                new Resolution(p, 0.9, List.of(new Resolution.Alternative(alt, 0.1)), "fake: known name")));
                        at = sentence.indexOf(e.getKey(), at + 1);
                    }
                }
            }
            for (var s : sentences) {
                // a name recognised but placed nowhere: the geoparser's "place": null
                int at = text.substring(s.start(), s.end()).indexOf(UNPLACED);
                if (at >= 0) out.add(new Mention(UNPLACED, s.start() + at, s.start() + at + UNPLACED.length(), s.index(), true,
                        new Resolution(null, 0.1, List.of(), "fake: no candidate")));
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }, (text, language, publishedAt, sentences, mentions) -> {
            List<Event> out = new ArrayList<>();
            for (var s : sentences) {
                List<Integer> places = new ArrayList<>();
                for (int i = 0; i < mentions.size(); i++) {
                    if (mentions.get(i).sentence() == s.index() && mentions.get(i).literal()) places.add(i);
                }
                if (places.isEmpty()) continue;
                boolean placed = places.stream().allMatch(i -> mentions.get(i).resolved());
                out.add(new Event("e" + (out.size() + 1), EventType.BATTLE, publishedAt,
                        publishedAt == null ? null : Event.DatePrecision.DAY, "fake: the publication date", s, places, placed ? 1 : 0,
                        List.of(new Event.Actor("Russia", Event.Role.ATTACKER), new Event.Actor("Ukraine", Event.Role.TARGET)),
                        "Ministry of Defence", "Wire", Map.of("killed", new Event.Count(40, Event.Qualifier.ABOUT, "about 40")),
                        "g1"));
            }
            return out;
        });
    }
}
