package org.kharita.geo;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A gazetteer asked through a memory of one article's questions. A long article names the same places and
 * repeats the same words thousands of times, and the finder asks about every span; each distinct question
 * goes to the index once. Not shared between threads or articles: it lives as long as one {@code find}.
 * A phonetic question is remembered per filter instance, so a filter that captures state is asked afresh.
 */
public final class ArticleLookups implements Gazetteer {
    private final Gazetteer gazetteer;
    private final Map<String, List<Candidate>> exact = new HashMap<>();
    private final Map<String, List<Candidate>> stem = new HashMap<>();
    private final Map<String, List<Candidate>> near = new HashMap<>();
    private final Map<Predicate<Place>, Map<String, List<Candidate>>> phonetic = new IdentityHashMap<>();

    public ArticleLookups(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> exact(String name) {
        return exact.computeIfAbsent(name, gazetteer::exact);
    }

    @Override
    public List<Candidate> stem(String name) {
        return stem.computeIfAbsent(name, gazetteer::stem);
    }

    @Override
    public List<Candidate> phonetic(String name, double minSimilarity, Predicate<Place> filter) {
        return phonetic.computeIfAbsent(filter, f -> new HashMap<>())
                .computeIfAbsent(minSimilarity + "\u0000" + name, k -> gazetteer.phonetic(name, minSimilarity, filter));
    }

    @Override
    public List<Candidate> curatedNear(String name, double minSimilarity) {
        return near.computeIfAbsent(minSimilarity + "\u0000" + name, k -> gazetteer.curatedNear(name, minSimilarity));
    }

    @Override
    public Optional<Place> byId(String id) {
        return gazetteer.byId(id);
    }

    @Override
    public int size() {
        return gazetteer.size();
    }
}
