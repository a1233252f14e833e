package org.kharita.corpus;

import org.kharita.geo.BBox;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EventFilter} as a WHERE clause over event_points with its parameters in order. Every
 * user value travels as a bind parameter, never as SQL text; LIKE wildcards in it are escaped.
 */
final class FilterSql {
    final String where;
    final List<Object> params;

    private FilterSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /** In the SQL both databases share (H2's rectangle test reads the lat/lon index). */
    static FilterSql of(EventFilter f) {
        return of(f, Dialect.H2);
    }

    static FilterSql of(EventFilter f, Dialect dialect) {
        List<String> and = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        // Overlap, not containment: a month-precise event is in a range that touches its month.
        if (f.from() != null) {
            and.add("date_end >= ?");
            p.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            and.add("date_start <= ?");
            p.add(Date.valueOf(f.to()));
        }
        if (!f.types().isEmpty()) {
            and.add("event_type IN (" + marks(f.types().size()) + ")");
            p.addAll(f.types().stream().sorted().toList());
        }
        if (!f.precisions().isEmpty()) {
            and.add("location_precision IN (" + marks(f.precisions().size()) + ")");
            p.addAll(f.precisions().stream().sorted().toList());
        }
        if (f.actor() != null) {
            and.add("(LOWER(actor1) LIKE ? ESCAPE '!' OR LOWER(actor2) LIKE ? ESCAPE '!')");
            String like = contains(f.actor());
            p.add(like);
            p.add(like);
        }
        if (f.source() != null) {
            and.add("(LOWER(claimed_by) LIKE ? ESCAPE '!' OR LOWER(reported_via) LIKE ? ESCAPE '!' OR LOWER(source) LIKE ? ESCAPE '!')");
            String like = contains(f.source());
            p.add(like);
            p.add(like);
            p.add(like);
        }
        if (f.text() != null) {
            and.add("search_text LIKE ? ESCAPE '!'");
            p.add(contains(f.text()));
        }
        EventFilter.PlaceChoice place = f.place();
        if (place != null) {
            if (place.region()) {
                // Everything inside: by the gazetteer's code for article events, by name for datasets.
                if (place.admin1Code() != null && !place.admin1Code().isBlank()) {
                    and.add("((country = ? AND admin1_code = ?) OR LOWER(admin1) = ?)");
                    p.add(place.country());
                    p.add(place.admin1Code());
                } else {
                    and.add("(LOWER(admin1) = ?)");
                }
                p.add(fold(place.name()));
            } else {
                and.add("(LOWER(place_name) = ? AND " + (place.country() == null ? "country IS NULL" : "country = ?") + ")");
                p.add(fold(place.name()));
                if (place.country() != null) p.add(place.country());
            }
        }
        BBox a = f.area();
        if (a != null && dialect == Dialect.POSTGRESQL) {
            // the GiST index on geom (V6 of db/vendor/postgresql); a point on the edge is inside, as with BETWEEN
            and.add("geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            p.add(a.minLon());
            p.add(a.minLat());
            p.add(a.maxLon());
            p.add(a.maxLat());
        } else if (a != null) {
            and.add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
            p.add(a.minLat());
            p.add(a.maxLat());
            p.add(a.minLon());
            p.add(a.maxLon());
        }
        return new FilterSql(and.isEmpty() ? "1=1" : String.join(" AND ", and), p);
    }

    Object[] args() {
        return params.toArray();
    }

    static String fold(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
    }

    private static String contains(String s) {
        String escaped = fold(s).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
