package org.kharita.geo;

/**
 * A gazetteer place a name may refer to, with how well the name matched.
 *
 * @param similarity 1.0 for the same spelling, lower for a sound-alike (see NameSimilarity)
 * @param curated    from the hand-written theatre layer rather than a bulk dump
 */
public record Candidate(Place place, double similarity, MatchKind kind, String matchedForm, boolean curated) {
    public enum MatchKind {
        /** an analyst's correction: beats everything */
        ALIAS,
        /** the same spelling, folded */
        EXACT,
        /** the same Cyrillic stem: an inflected form (в Судже) */
        STEM,
        /** the same consonant skeleton across scripts (بليخوفو ~ Плёхово) */
        PHONETIC,
        /** one consonant off (a misspelt سفيلدليكوفو ~ Свердликово) */
        FUZZY
    }
}
