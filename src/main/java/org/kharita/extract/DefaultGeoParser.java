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
    private final Gazetteer gazetteer;

    public DefaultGeoParser(Gazetteer gazetteer, PlaceResolver resolver) {
        this.gazetteer = gazetteer;
        this.finder = new PlaceNameFinder(gazetteer);
        this.resolver = resolver;
    }

    @Override
    public List<Mention> parse(String text, Language language, List<Sentence> sentences) {
        List<PlaceNameFinder.Found> found = finder.find(text, language, sentences);
        List<PlaceResolver.Query> queries = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            PlaceNameFinder.Found f = found.get(i);
            queries.add(new PlaceResolver.Query(f.name(), f.candidates(), f.cue() == PlaceNameFinder.Cue.REGION,
                    f.cue() == PlaceNameFinder.Cue.SETTLEMENT, f.sentence(), f.start(), f.end(), clauseEnd(text, found, i), true));
        }
        List<Resolution> resolved = resolver.resolve(queries);
        String[] metonyms = metonyms(text, sentences, found, resolved, language);
        // a government named as a speaker ("the United States said", "Moscow said") says nothing of where the
        // towns are: resolve again without the country it would lend (London, not London in Kentucky) and
        // without it as an anchor (a village 900 km from Moscow is not therefore a namesake elsewhere)
        boolean again = false;
        for (int i = 0; i < found.size(); i++) {
            if (metonyms[i] != null && resolved.get(i).place() != null) {
                queries.set(i, queries.get(i).notLendingContext());
                again = true;
            }
        }
        if (again) {
            resolved = resolver.resolve(queries);
            metonyms = metonyms(text, sentences, found, resolved, language);
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            PlaceNameFinder.Found f = found.get(i);
            Resolution r = resolved.get(i);
            Sentence s = sentences.get(f.sentence());
            String metonym = metonyms[i];
            if (r != null && r.place() != null) r = withCoordinatePrecision(r);
            if (metonym != null && r != null) {
                r = new Resolution(r.place(), r.confidence(), r.alternatives(), r.explanation() + "; not literal: " + metonym,
                        r.coordinateKm());
            }
            out.add(new Mention(text.substring(f.start(), f.end()), f.start(), f.end(), s.index(), metonym == null, r));
        }
        return out;
    }

    /**
     * A place whose point is only its rough position (a village placed at its district seat) claims no more
     * than its point can: sure of the name, the resolver may be, but the pin may be that many km off.
     * The cap halves the confidence at 30 km and falls with distance.
     */
    private Resolution withCoordinatePrecision(Resolution r) {
        double km = gazetteer.coordinateKm(r.place());
        if (km < org.kharita.geo.GazetteerRecord.COARSE_KM) return r;
        double cap = 1 / (1 + km / 30);
        return new Resolution(r.place(), Math.min(r.confidence(), cap), r.alternatives(), r.explanation()
                + String.format(java.util.Locale.ROOT, "; coordinates approximate: the point may be %.0f km off", km), km);
    }

    private static String[] metonyms(String text, List<Sentence> sentences, List<PlaceNameFinder.Found> found,
                                     List<Resolution> resolved, Language language) {
        String[] out = new String[found.size()];
        for (int i = 0; i < found.size(); i++) {
            PlaceNameFinder.Found f = found.get(i);
            Resolution r = resolved.get(i);
            out[i] = MetonymyDetector.reason(text, sentences.get(f.sentence()), f.start(), f.end(), r == null ? null : r.place(), language);
        }
        return out;
    }

    /**
     * Where the clause of name {@code i} ends: at the next full stop or semicolon, or at a comma that does not
     * lead straight to another name ("Celaya, Guanajuato" and "دارينو، وزيليني شلياخ" go on; "إيلات، فيما" stops).
     */
    static int clauseEnd(String text, List<PlaceNameFinder.Found> found, int i) {
        int next = i + 1 < found.size() ? found.get(i + 1).start() : -1;
        for (int k = found.get(i).end(); k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == ';' || c == '؛' || c == '\n') return k;
            if (c == ',' || c == '،') {
                int after = k + 1;
                while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
                // the next name may carry a glued و ("، وزيليني")
                if (next < 0 || next - after > 1) return k;
            }
        }
        return text.length();
    }
}
