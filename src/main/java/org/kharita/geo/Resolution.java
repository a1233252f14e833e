package org.kharita.geo;

import java.util.List;

/**
 * The resolver's answer for one mention: the chosen place, how sure it is (0..1), the runners-up
 * with their scores, and one line saying why, so an analyst can check or correct it.
 */
public record Resolution(Place place, double confidence, List<Alternative> alternatives, String explanation,
                         double coordinateKm) {
    /** A resolution whose point is where the place is. */
    public Resolution(Place place, double confidence, List<Alternative> alternatives, String explanation) {
        this(place, confidence, alternatives, explanation, 0);
    }

    /** The chosen place's point is only its rough position ({@link GazetteerRecord#COARSE_KM} or more off). */
    public boolean approximate() {
        return coordinateKm >= GazetteerRecord.COARSE_KM;
    }

    public record Alternative(Place place, double score) {
    }
}
