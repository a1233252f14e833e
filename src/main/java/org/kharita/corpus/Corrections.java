package org.kharita.corpus;

import org.kharita.geo.NearestPlaces;
import org.kharita.geo.Place;
import org.kharita.geo.PlaceResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An analyst's decision about a place mention, kept (who, when, old, new), applied at once to the
 * events of that article, and offered to the resolver as an alias for every later article: the
 * latest correction of a name wins outright ({@link PlaceResolver.Aliases}). Stored in the
 * database, so it survives a restart.
 */
@Service
public class Corrections implements PlaceResolver.Aliases {
    private final JdbcClient jdbc;
    private final EventIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Supplier<NearestPlaces> nearest;

    public record Correction(long id, long articleId, int mentionIndex, String mentionText, String analyst,
                             Instant at, String oldPlace, String newPlace, double newLat, double newLon) {
    }

    /** @param nearest the settlements a dropped pin takes its country and region from; asked at the first pin */
    Corrections(DataSource dataSource, EventIndex index, PlatformTransactionManager transactions, Clock clock,
                Supplier<NearestPlaces> nearest) {
        this.jdbc = JdbcClient.create(dataSource);
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.nearest = nearest;
    }

    @Autowired
    Corrections(DataSource dataSource, EventIndex index, PlatformTransactionManager transactions, Clock clock,
                ObjectProvider<NearestPlaces> nearest) {
        this(dataSource, index, transactions, clock, (Supplier<NearestPlaces>) nearest::getObject);
    }

    /**
     * A dropped pin and where it is: the country and first-level region of the nearest settlement
     * ({@code near}, empty when none is within {@link NearestPlaces#DEFAULT_MAX_KM}).
     */
    public record Pin(Place place, Optional<NearestPlaces.Near> near) {
        /** How the region was found, for the analyst: "region inferred near Sudzha (3 km)". */
        public String note() {
            return near.map(n -> String.format(Locale.ROOT, "region inferred near %s (%.0f km)", n.place().name(), n.km()))
                    .orElse("no settlement within " + (int) NearestPlaces.DEFAULT_MAX_KM + " km: country and region unknown");
        }
    }

    /** A place of the analyst's own at a point, named after the mention, with no country or region. */
    public static Place pin(String name, double lat, double lon) {
        return pin(name, lat, lon, null, null, null);
    }

    private static Place pin(String name, double lat, double lon, String country, String admin1Code, String admin1) {
        return new Place(String.format(Locale.ROOT, "pin:%.5f,%.5f", lat, lon), name, lat, lon, 'P', "PPL", country,
                admin1Code, admin1, 0, null);
    }

    /** A dropped pin that carries the country and region of the settlement nearest it. */
    public Pin pinAt(String name, double lat, double lon) {
        Optional<NearestPlaces.Near> near = nearest.get().nearest(lat, lon);
        Place p = near.map(NearestPlaces.Near::place)
                .map(n -> pin(name, lat, lon, n.country(), blankToNull(n.admin1Code()), blankToNull(n.admin1())))
                .orElseGet(() -> pin(name, lat, lon));
        return new Pin(p, near);
    }

    /** Places the mention at a dropped pin; the explanation says which settlement its region came from. */
    public void correct(long articleId, int mentionIndex, Pin pin, String analyst) {
        correct(articleId, mentionIndex, pin.place(), analyst, "; " + pin.note());
    }

    /** Sets the mention's place, re-plots the article's events, and records the change. */
    public void correct(long articleId, int mentionIndex, Place place, String analyst) {
        correct(articleId, mentionIndex, place, analyst, "");
    }

    private void correct(long articleId, int mentionIndex, Place place, String analyst, String note) {
        tx.executeWithoutResult(status -> {
            record Old(String text, String id, String name, Double lat, Double lon) {
            }
            Old old = jdbc.sql("SELECT mention_text, place_id, place_name, lat, lon FROM mentions WHERE article_id = ? AND idx = ?")
                    .params(articleId, mentionIndex)
                    .query((rs, n) -> new Old(rs.getString(1), rs.getString(2), rs.getString(3),
                            (Double) rs.getObject(4), (Double) rs.getObject(5)))
                    .optional().orElseThrow(() -> new IllegalArgumentException("no mention " + mentionIndex + " in article " + articleId));
            Instant now = clock.instant();
            jdbc.sql("""
                            INSERT INTO corrections (article_id, mention_idx, mention_text, alias_key, analyst, corrected_at,
                                old_place_id, old_place_name, old_lat, old_lon, new_place_id, new_place_name, new_lat, new_lon,
                                new_feature_class, new_feature_code, new_country, new_admin1_code, new_admin1)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(articleId, mentionIndex, old.text(), key(old.text()), analyst, Timestamp.from(now), old.id(),
                            old.name(), old.lat(), old.lon(), place.id(), place.name(), place.lat(), place.lon(),
                            String.valueOf(place.featureClass()), place.featureCode(), place.country(), place.admin1Code(),
                            place.admin1())
                    .update();
            var b = place.bbox();
            jdbc.sql("""
                            UPDATE mentions SET place_id = ?, place_name = ?, lat = ?, lon = ?, feature_class = ?, feature_code = ?,
                                country = ?, admin1_code = ?, admin1 = ?, population = ?, bbox_min_lat = ?, bbox_min_lon = ?,
                                bbox_max_lat = ?, bbox_max_lon = ?, confidence = 1.0, literal = TRUE, explanation = ?, coordinate_km = NULL
                            WHERE article_id = ? AND idx = ?""")
                    .params(place.id(), place.name(), place.lat(), place.lon(), String.valueOf(place.featureClass()),
                            place.featureCode(), place.country(), place.admin1Code(), place.admin1(), place.population(),
                            b == null ? null : b.minLat(), b == null ? null : b.minLon(), b == null ? null : b.maxLat(),
                            b == null ? null : b.maxLon(), "corrected by " + analyst + " at " + now + note, articleId, mentionIndex)
                    .update();
            index.deleteArticle(articleId);
            index.insertArticle(articleId);
        });
    }

    public List<Correction> history(long articleId) {
        return jdbc.sql("""
                        SELECT id, article_id, mention_idx, mention_text, analyst, corrected_at, old_place_name, new_place_name,
                               new_lat, new_lon FROM corrections WHERE article_id = ? ORDER BY id""")
                .param(articleId)
                .query((rs, n) -> new Correction(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getDouble(10)))
                .list();
    }

    /** The latest correction of this name, as the resolver's alias. */
    @Override
    public Place lookup(String name) {
        if (name == null || name.isBlank()) return null;
        return jdbc.sql("""
                        SELECT new_place_id, new_place_name, new_lat, new_lon, new_feature_class, new_feature_code, new_country,
                               new_admin1_code, new_admin1 FROM corrections WHERE alias_key = ?
                        ORDER BY corrected_at DESC, id DESC LIMIT 1""")
                .param(key(name))
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5) == null || rs.getString(5).isEmpty() ? 'P' : rs.getString(5).charAt(0),
                        rs.getString(6) == null ? "PPL" : rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9) == null ? "" : rs.getString(9), 0, null))
                .optional().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
