package org.kharita.extract;

import org.kharita.geo.Gazetteer;
import org.kharita.geo.Language;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.Resolution;

import java.util.ArrayList;
import java.util.List;

/** The thin orchestrator: find names, resolve them together, then mark metonyms. */
public final class DefaultGeoParser implements GeoParser {
    private final PlaceNameFinder finder;
    private final PlaceResolver resolver;

    public DefaultGeoParser(Gazetteer gazetteer, PlaceResolver resolver) {
        this.finder = new PlaceNameFinder(gazetteer);
        this.resolver = resolver;
    }

    @Override
    public List<Mention> parse(String text, Language language, List<Sentence> sentences) {
        List<PlaceNameFinder.Found> found = finder.find(text, language, sentences);
        List<PlaceResolver.Query> queries = new ArrayList<>(found.size());
        for (PlaceNameFinder.Found f : found) {
            queries.add(new PlaceResolver.Query(f.name(), f.candidates(),
                    f.cue() == PlaceNameFinder.Cue.REGION, f.cue() == PlaceNameFinder.Cue.SETTLEMENT, f.sentence(), f.start(), f.end()));
        }
        List<Resolution> resolved = resolver.resolve(queries);
        List<Mention> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            PlaceNameFinder.Found f = found.get(i);
            Resolution r = resolved.get(i);
            Sentence s = sentences.get(f.sentence());
            String metonym = MetonymyDetector.reason(text, s, f.start(), f.end(), r == null ? null : r.place(), language);
            if (metonym != null && r != null) {
                r = new Resolution(r.place(), r.confidence(), r.alternatives(), r.explanation() + "; not literal: " + metonym);
            }
            out.add(new Mention(text.substring(f.start(), f.end()), f.start(), f.end(), s.index(), metonym == null, r));
        }
        return out;
    }
}
