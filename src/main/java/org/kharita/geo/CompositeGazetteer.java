package org.kharita.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Several gazetteers asked as one (the built-in default plus a user's --gazetteer dumps). When two
 * hold the same place id, the first one's answer stands.
 */
public final class CompositeGazetteer implements Gazetteer {
    private final List<Gazetteer> parts;

    public CompositeGazetteer(List<Gazetteer> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public List<Candidate> exact(String name) {
        return merge(g -> g.exact(name));
    }

    @Override
    public List<Candidate> stem(String name) {
        return merge(g -> g.stem(name));
    }

    @Override
    public List<Candidate> phonetic(String name, double minSimilarity, java.util.function.Predicate<Place> filter) {
        return merge(g -> g.phonetic(name, minSimilarity, filter));
    }

    @Override
    public List<Candidate> curatedNear(String name, double minSimilarity) {
        return merge(g -> g.curatedNear(name, minSimilarity));
    }

    @Override
    public Optional<Place> byId(String id) {
        for (Gazetteer g : parts) {
            Optional<Place> p = g.byId(id);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    @Override
    public double coordinateKm(Place place) {
        for (Gazetteer g : parts) {
            if (g.byId(place.id()).isPresent()) return g.coordinateKm(place);
        }
        return 0;
    }

    @Override
    public int size() {
        int n = 0;
        for (Gazetteer g : parts) n += g.size();
        return n;
    }

    private List<Candidate> merge(Function<Gazetteer, List<Candidate>> ask) {
        if (parts.size() == 1) return ask.apply(parts.get(0));
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (Gazetteer g : parts) for (Candidate c : ask.apply(g)) out.putIfAbsent(c.place().id(), c);
        return new ArrayList<>(out.values());
    }
}
