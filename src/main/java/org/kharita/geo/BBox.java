package org.kharita.geo;

/** A latitude/longitude box, the extent of a region; enough for "is this village inside that oblast". */
public record BBox(double minLat, double minLon, double maxLat, double maxLon) {
    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
