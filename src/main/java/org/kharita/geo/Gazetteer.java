package org.kharita.geo;

import java.util.List;
import java.util.Optional;

/** Looks names up. Implementations answer from an index, never by scanning. */
public interface Gazetteer {
    /** Places whose folded name is exactly this one. */
    List<Candidate> exact(String name);

    /** Places whose Cyrillic name has this stem (inflected running text); empty for other scripts. */
    List<Candidate> stem(String name);

    /** Sound-alikes across scripts: same consonant skeleton, scored by {@code NameSimilarity}. */
    default List<Candidate> phonetic(String name, double minSimilarity) {
        return phonetic(name, minSimilarity, p -> true);
    }

    /**
     * As above, keeping only places the filter admits; the filter runs before the similarity is
     * computed, so asking for "capitals and curated villages only" is cheap on a common skeleton. The filter must
     * be a pure function of the place: an index may remember its verdicts.
     * (Misspellings one consonant off are looked for among curated villages only: {@link #curatedNear}.)
     */
    List<Candidate> phonetic(String name, double minSimilarity, java.util.function.Predicate<Place> filter);

    /**
     * Curated places whose name is one consonant off this one (a misspelling in the source), scored
     * by NameSimilarity; cheap enough to ask for every long word.
     */
    List<Candidate> curatedNear(String name, double minSimilarity);

    Optional<Place> byId(String id);

    /**
     * How far, in km, this place's point may be from the place when that is coarse
     * ({@link GazetteerRecord#COARSE_KM} or more); 0 when the point is where the place is.
     */
    default double coordinateKm(Place place) {
        return 0;
    }

    /** How many places the gazetteer holds, for reports. */
    int size();
}
