package org.kharita.geo;

import java.util.List;

/**
 * The resolver's answer for one mention: the chosen place, how sure it is (0..1), the runners-up
 * with their scores, and one line saying why, so an analyst can check or correct it.
 */
public record Resolution(Place place, double confidence, List<Alternative> alternatives, String explanation) {
    public record Alternative(Place place, double score) {
    }
}
