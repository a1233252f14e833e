package org.kharita.geo;

import java.util.List;

/**
 * A place with every name it goes by, in any script (Дарьино, Dar'ino, دارينو), as gazetteer
 * sources hand it to the name index. {@code curated} marks rows an analyst wrote by hand
 * (geodata/theatre), which the resolver trusts over bulk rows of the same name.
 */
public record GazetteerRecord(Place place, List<String> names, boolean curated, double coordinateKm) {
    /**
     * Past this many km a point says where the place roughly is, not where it is (a village placed at
     * its district seat for want of a source): the resolver caps its confidence, the viewer draws it as approximate.
     */
    public static final double COARSE_KM = 10;

    /** A place whose point is where it is (GeoNames, and curated rows with a measured coordinate). */
    public GazetteerRecord(Place place, List<String> names, boolean curated) {
        this(place, names, curated, 0);
    }
}
