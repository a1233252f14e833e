package org.kharita.fuse;

import org.kharita.geo.Geo;

import java.util.Objects;
import java.util.Set;

/**
 * When two reports may be the same occurrence. Each rule is necessary, none sufficient: fusion joins a
 * report to a fused event only when it passes against every report already in it (complete link), so a
 * chain of villages 9 km apart never collapses into one.
 */
public final class FusionRules {
    /**
     * Two settlements named apart are different places however close: the MoD summary lists Darino and
     * Zeleny Shlyakh, 8 km apart, as two clashes. Gazetteers and datasets put one village up to a few km
     * apart (a UCDP row geocoded to the village centre, GeoNames to the council), hence not zero.
     */
    static final double SETTLEMENT_KM = 5;
    /**
     * A dataset row that places the event only "within 25 km" of its coordinates (UCDP where_prec 2, 3, 5).
     * An article's "near X" still names X, so it keeps the settlement radius: otherwise "near Darino" would
     * reach Zeleny Shlyakh.
     */
    static final double VAGUE_KM = 25;
    /** Ground fighting is reported as a clash by one side and a capture or a repelled counter-attack by the other. */
    static final Set<String> GROUND = Set.of("battle", "territory_change");
    /** Remote violence: the generic words (shelling, explosion) are how one side reports the other's missile. */
    static final Set<String> REMOTE = Set.of("shelling", "explosion", "air_strike", "drone_strike", "missile_strike");
    static final Set<String> GENERIC_REMOTE = Set.of("shelling", "explosion");
    /** Coded datasets type coarsely (UCDP's "state-based violence" is a battle whatever the weapon). */
    static final Set<String> VIOLENT = Set.of("battle", "territory_change", "shelling", "explosion", "air_strike",
            "drone_strike", "missile_strike", "attack_on_civilians");

    private FusionRules() {
    }

    /** Every rule at once: origin, type, date and place. */
    public static boolean mayFuse(Report a, Report b) {
        if (a.origin().equals(b.origin())) {
            // An article told its events apart itself (the air strike and the shelling of Khan Younis the same
            // day are two); only one event naming a village twice is one. A dataset's rows are distinct by its coding.
            if (isDataset(a) || !eventOf(a).equals(eventOf(b)) || a.placeId() == null || !a.placeId().equals(b.placeId())) {
                return false;
            }
        }
        return typesCompatible(a.type(), b.type(), isDataset(a) || isDataset(b)) && datesOverlap(a, b) && samePlace(a, b);
    }

    /** The event within its article a report comes from: its key up to the mention ("e12" of "e12:m3"). */
    static String eventOf(Report r) {
        int colon = r.key().lastIndexOf(':');
        return colon < 0 ? r.key() : r.key().substring(0, colon);
    }

    static boolean isDataset(Report r) {
        return r.origin().startsWith("d");
    }

    public static boolean typesCompatible(String a, String b, boolean coarse) {
        if (a.equals(b)) return true;
        if (coarse) return VIOLENT.contains(a) && VIOLENT.contains(b);
        if (GROUND.contains(a) && GROUND.contains(b)) return true;
        // a missile and an air strike are two claims about the weapon, only a vague word bridges them
        return REMOTE.contains(a) && REMOTE.contains(b) && (GENERIC_REMOTE.contains(a) || GENERIC_REMOTE.contains(b));
    }

    /** The intervals each date could be overlap; an undated report fuses with nothing. */
    public static boolean datesOverlap(Report a, Report b) {
        return a.dated() && b.dated() && a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
    }

    /**
     * Points (settlement, near) within {@link #radiusKm}; a region-level report only with
     * another of the same region, a country-level one with another of the same country. A point and a
     * region are not fused: "fighting in Kursk oblast" sums many clashes, it is not one of them.
     */
    public static boolean samePlace(Report a, Report b) {
        if (a.precision() <= 2 && b.precision() <= 2) {
            // Two articles resolved to gazetteer entries: the entry decides, not the coordinate. Villages
            // with no coordinate source sit at their district seat (Darino, Nizhny Klin and Zeleny Shlyakh
            // all at Sudzha), so a distance would fuse them.
            if (a.placeId() != null && b.placeId() != null) return a.placeId().equals(b.placeId());
            return Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm(a, b);
        }
        if (a.precision() != b.precision() || a.country() == null || !a.country().equals(b.country())) return false;
        return a.precision() >= 4 || (a.region() != null && Objects.equals(a.region(), b.region()));
    }

    static double radiusKm(Report a, Report b) {
        return vagueSpot(a) || vagueSpot(b) ? VAGUE_KM : SETTLEMENT_KM;
    }

    private static boolean vagueSpot(Report r) {
        return isDataset(r) && r.precision() == 2;
    }
}
