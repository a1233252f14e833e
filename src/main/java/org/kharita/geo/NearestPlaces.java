package org.kharita.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.Optional;

/**
 * The settlement nearest a point, for a point that carries no place of its own: an analyst's
 * dropped pin takes the country and first-level region of the nearest gazetteer settlement, so
 * the country column and the region filters see it. A spatial index (JTS {@link STRtree}) over the
 * settlements: a lookup reads the few that fall in a box around the point, then measures each on
 * the sphere (a degree of longitude is 111 km at the equator, 56 km at Kursk).
 *
 * <p>Near a border or a coast the nearest settlement can lie across it; that is why callers say the
 * region is inferred "near" a named place rather than present it as known.
 */
public final class NearestPlaces {
    /** Beyond this no settlement says where a point is: the desert, the open sea. */
    public static final double DEFAULT_MAX_KM = 75;
    private static final double KM_PER_DEGREE = 111.2;

    /** The nearest settlement and how far it is. */
    public record Near(Place place, double km) {
    }

    private final STRtree tree;
    private final int size;

    private NearestPlaces(STRtree tree, int size) {
        this.tree = tree;
        this.size = size;
    }

    /** Indexes the settlements among the places that name a country; areas and landforms are left out. */
    public static NearestPlaces of(Iterable<Place> places) {
        STRtree tree = new STRtree();
        int n = 0;
        for (Place p : places) {
            if (!p.isSettlement() || p.country() == null || p.country().isBlank()) continue;
            tree.insert(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()), p);
            n++;
        }
        // Built now, not at the first query: an STRtree builds itself once, and queries then only read.
        tree.build();
        return new NearestPlaces(tree, n);
    }

    public int size() {
        return size;
    }

    /** The settlement nearest the point within {@code maxKm}, if any. */
    public Optional<Near> nearest(double lat, double lon, double maxKm) {
        double dLat = maxKm / KM_PER_DEGREE;
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat))), 0.01);
        double dLon = Math.min(180, maxKm / (KM_PER_DEGREE * cos));
        @SuppressWarnings("unchecked")
        List<Place> hits = tree.query(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat));
        Place best = null;
        double bestKm = Double.MAX_VALUE;
        for (Place p : hits) {
            double km = p.kmTo(lat, lon);
            // Ties (two rows at one point) go to the bigger place: the town rather than its district's duplicate.
            if (km < bestKm || km == bestKm && best != null && p.population() > best.population()) {
                best = p;
                bestKm = km;
            }
        }
        return best == null || bestKm > maxKm ? Optional.empty() : Optional.of(new Near(best, bestKm));
    }

    public Optional<Near> nearest(double lat, double lon) {
        return nearest(lat, lon, DEFAULT_MAX_KM);
    }
}
