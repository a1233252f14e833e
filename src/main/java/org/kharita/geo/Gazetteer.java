package org.kharita.geo;

import java.util.List;
import java.util.Optional;

/** Looks names up. Implementations answer from an index, never by scanning. */
public interface Gazetteer {
    /** Places whose folded name is exactly this one. */
    List<Candidate> exact(String name);

    /** Places whose Cyrillic name has this stem (inflected running text); empty for other scripts. */
    List<Candidate> stem(String name);

    /**
     * Sound-alikes across scripts: same consonant skeleton, scored by {@code NameSimilarity};
     * with {@code fuzzy}, also skeletons one consonant away.
     */
    List<Candidate> phonetic(String name, double minSimilarity, boolean fuzzy);

    Optional<Place> byId(String id);

    /** How many places the gazetteer holds, for reports. */
    int size();
}
