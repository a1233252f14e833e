package org.kharita.corpus;

import org.kharita.extract.Analysis;
import org.kharita.extract.Event;
import org.kharita.extract.Event.Actor;
import org.kharita.extract.Event.Count;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.Event.Qualifier;
import org.kharita.extract.Event.Role;
import org.kharita.extract.EventType;
import org.kharita.extract.Mention;
import org.kharita.extract.Sentence;
import org.kharita.geo.BBox;
import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;
import org.kharita.geo.Resolution.Alternative;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows in, rows out; no transactions of its own (the {@link IngestService} holds one around a whole
 * article). Plain SQL over JdbcClient so H2 and PostgreSQL read the same statements.
 */
@Repository
class CorpusStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CorpusStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
    }

    Optional<Long> findByHash(String contentHash) {
        return jdbc.sql("SELECT id FROM articles WHERE content_hash = ?")
                .param(contentHash).query(Long.class).optional();
    }

    long insertArticle(String contentHash, String title, IngestRequest request, Analysis analysis, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO articles (content_hash, title, outlet, url, published_at, language, body, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(contentHash, title, request.outlet(), request.url(), toDate(analysis.publishedAt()),
                        analysis.language().code(), analysis.text(), Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void insertSentences(long articleId, List<Sentence> sentences) {
        batch.batchUpdate("INSERT INTO sentences (article_id, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)",
                sentences, 500, (ps, s) -> {
                    ps.setLong(1, articleId);
                    ps.setInt(2, s.index());
                    ps.setInt(3, s.start());
                    ps.setInt(4, s.end());
                });
    }

    void insertMentions(long articleId, List<Mention> mentions) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) indexes.add(i);
        batch.batchUpdate("""
                        INSERT INTO mentions (article_id, idx, mention_text, start_offset, end_offset, sentence_idx, literal,
                            place_id, place_name, lat, lon, feature_class, feature_code, country, admin1_code, admin1,
                            population, bbox_min_lat, bbox_min_lon, bbox_max_lat, bbox_max_lon, confidence, explanation,
                            coordinate_km)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                indexes, 500, (ps, i) -> {
                    Mention m = mentions.get(i);
                    ps.setLong(1, articleId);
                    ps.setInt(2, i);
                    ps.setString(3, m.text());
                    ps.setInt(4, m.start());
                    ps.setInt(5, m.end());
                    ps.setInt(6, m.sentence());
                    ps.setBoolean(7, m.literal());
                    Resolution r = m.resolution();
                    Place p = r == null ? null : r.place();
                    BBox b = p == null ? null : p.bbox();
                    ps.setString(8, p == null ? null : p.id());
                    ps.setString(9, p == null ? null : p.name());
                    ps.setObject(10, p == null ? null : p.lat(), Types.DOUBLE);
                    ps.setObject(11, p == null ? null : p.lon(), Types.DOUBLE);
                    ps.setString(12, p == null ? null : String.valueOf(p.featureClass()));
                    ps.setString(13, p == null ? null : p.featureCode());
                    ps.setString(14, p == null ? null : p.country());
                    ps.setString(15, p == null ? null : p.admin1Code());
                    ps.setString(16, p == null ? null : p.admin1());
                    ps.setObject(17, p == null ? null : p.population(), Types.BIGINT);
                    ps.setObject(18, b == null ? null : b.minLat(), Types.DOUBLE);
                    ps.setObject(19, b == null ? null : b.minLon(), Types.DOUBLE);
                    ps.setObject(20, b == null ? null : b.maxLat(), Types.DOUBLE);
                    ps.setObject(21, b == null ? null : b.maxLon(), Types.DOUBLE);
                    ps.setObject(22, r == null ? null : r.confidence(), Types.DOUBLE);
                    ps.setString(23, r == null ? null : r.explanation());
                    ps.setObject(24, r == null || !r.approximate() ? null : r.coordinateKm(), Types.DOUBLE);
                });
        for (int i = 0; i < mentions.size(); i++) {
            Resolution r = mentions.get(i).resolution();
            if (r == null || r.alternatives() == null) continue;
            int mention = i;
            List<Alternative> alts = r.alternatives();
            List<Integer> ranks = new ArrayList<>();
            for (int k = 0; k < alts.size(); k++) ranks.add(k);
            batch.batchUpdate("""
                            INSERT INTO mention_alternatives (article_id, mention_idx, alt_rank, place_id, place_name, lat, lon,
                                feature_class, feature_code, country, admin1_code, admin1, population, score)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    ranks, 500, (ps, k) -> {
                        Alternative a = alts.get(k);
                        Place p = a.place();
                        ps.setLong(1, articleId);
                        ps.setInt(2, mention);
                        ps.setInt(3, k);
                        ps.setString(4, p.id());
                        ps.setString(5, p.name());
                        ps.setDouble(6, p.lat());
                        ps.setDouble(7, p.lon());
                        ps.setString(8, String.valueOf(p.featureClass()));
                        ps.setString(9, p.featureCode());
                        ps.setString(10, p.country());
                        ps.setString(11, p.admin1Code());
                        ps.setString(12, p.admin1());
                        ps.setLong(13, p.population());
                        ps.setDouble(14, a.score());
                    });
        }
    }

    void insertEvent(long articleId, int index, Event e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO events (article_id, idx, event_key, event_type, event_date, date_precision, date_note,
                            sentence_idx, sentence_start, sentence_end, location_precision, claimed_by, reported_via, event_group)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, index, e.id() == null ? "e" + (index + 1) : e.id(), e.type().code(),
                        toDate(e.date()), e.datePrecision() == null ? null : e.datePrecision().name(), e.dateNote(),
                        e.sentence().index(), e.sentence().start(), e.sentence().end(), e.locationPrecision(),
                        e.claimedBy(), e.reportedVia(), e.group())
                .update(key, "id");
        long eventId = key.getKeyAs(Number.class).longValue();
        List<Integer> places = e.places() == null ? List.of() : e.places();
        for (int k = 0; k < places.size(); k++) {
            jdbc.sql("INSERT INTO event_places (event_id, ord, mention_idx) VALUES (?, ?, ?)")
                    .params(eventId, k, places.get(k)).update();
        }
        List<Actor> actors = e.actors() == null ? List.of() : e.actors();
        for (int k = 0; k < actors.size(); k++) {
            jdbc.sql("INSERT INTO event_actors (event_id, ord, actor_name, actor_role) VALUES (?, ?, ?, ?)")
                    .params(eventId, k, actors.get(k).name(), actors.get(k).role().name()).update();
        }
        Map<String, Count> counts = e.counts() == null ? Map.of() : e.counts();
        for (Map.Entry<String, Count> c : counts.entrySet()) {
            jdbc.sql("INSERT INTO event_counts (event_id, count_name, count_value, qualifier, phrase) VALUES (?, ?, ?, ?, ?)")
                    .params(eventId, c.getKey(), c.getValue().value(), c.getValue().qualifier().name(), c.getValue().phrase())
                    .update();
        }
    }

    // ---- reads ----

    long countArticles() {
        return jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
    }

    List<ArticleSummary> articles() {
        return jdbc.sql("""
                        SELECT a.id, a.title, a.outlet, a.url, a.published_at, a.language, a.ingested_at,
                               (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS event_count
                        FROM articles a ORDER BY a.published_at DESC NULLS LAST, a.id DESC""")
                .query((rs, n) -> summary(rs)).list();
    }

    Optional<ArticleSummary> summary(long id) {
        return jdbc.sql("""
                        SELECT a.id, a.title, a.outlet, a.url, a.published_at, a.language, a.ingested_at,
                               (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS event_count
                        FROM articles a WHERE a.id = ?""")
                .param(id).query((rs, n) -> summary(rs)).optional();
    }

    String body(long articleId) {
        return jdbc.sql("SELECT body FROM articles WHERE id = ?").param(articleId).query(String.class).single();
    }

    List<Sentence> sentences(long articleId) {
        return jdbc.sql("SELECT idx, start_offset, end_offset FROM sentences WHERE article_id = ? ORDER BY idx")
                .param(articleId)
                .query((rs, n) -> new Sentence(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
    }

    List<Mention> mentions(long articleId) {
        Map<Integer, List<Alternative>> alternatives = new HashMap<>();
        jdbc.sql("""
                        SELECT mention_idx, place_id, place_name, lat, lon, feature_class, feature_code, country,
                               admin1_code, admin1, population, score
                        FROM mention_alternatives WHERE article_id = ? ORDER BY mention_idx, alt_rank""")
                .param(articleId)
                .query(rs -> {
                    Place p = new Place(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                            charOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getLong(11), null);
                    alternatives.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Alternative(p, rs.getDouble(12)));
                });
        return jdbc.sql("""
                        SELECT idx, mention_text, start_offset, end_offset, sentence_idx, literal, place_id, place_name,
                               lat, lon, feature_class, feature_code, country, admin1_code, admin1, population,
                               bbox_min_lat, bbox_min_lon, bbox_max_lat, bbox_max_lon, confidence, explanation, coordinate_km
                        FROM mentions WHERE article_id = ? ORDER BY idx""")
                .param(articleId)
                .query((rs, n) -> {
                    int idx = rs.getInt("idx");
                    Resolution resolution = null;
                    String placeId = rs.getString("place_id");
                    if (placeId != null) {
                        BBox bbox = rs.getObject("bbox_min_lat") == null ? null : new BBox(rs.getDouble("bbox_min_lat"),
                                rs.getDouble("bbox_min_lon"), rs.getDouble("bbox_max_lat"), rs.getDouble("bbox_max_lon"));
                        Place place = new Place(placeId, rs.getString("place_name"), rs.getDouble("lat"), rs.getDouble("lon"),
                                charOf(rs.getString("feature_class")), rs.getString("feature_code"), rs.getString("country"),
                                rs.getString("admin1_code"), rs.getString("admin1"), rs.getLong("population"), bbox);
                        resolution = new Resolution(place, rs.getDouble("confidence"),
                                alternatives.getOrDefault(idx, List.of()), rs.getString("explanation"), rs.getDouble("coordinate_km"));
                    } else if (rs.getObject("confidence") != null || alternatives.containsKey(idx)) {
                        // Recognised, candidates weighed, none chosen: keep what the resolver said about it.
                        resolution = new Resolution(null, rs.getDouble("confidence"),
                                alternatives.getOrDefault(idx, List.of()), rs.getString("explanation"));
                    }
                    return new Mention(rs.getString("mention_text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                            rs.getInt("sentence_idx"), rs.getBoolean("literal"), resolution);
                }).list();
    }

    List<StoredEvent> events(long articleId) {
        Map<Long, List<Integer>> places = new HashMap<>();
        Map<Long, List<Actor>> actors = new HashMap<>();
        Map<Long, Map<String, Count>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT p.event_id, p.mention_idx FROM event_places p JOIN events e ON e.id = p.event_id
                        WHERE e.article_id = ? ORDER BY p.event_id, p.ord""")
                .param(articleId)
                .query(rs -> {
                    places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        jdbc.sql("""
                        SELECT a.event_id, a.actor_name, a.actor_role FROM event_actors a JOIN events e ON e.id = a.event_id
                        WHERE e.article_id = ? ORDER BY a.event_id, a.ord""")
                .param(articleId)
                .query(rs -> {
                    actors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Actor(rs.getString(2), Role.valueOf(rs.getString(3))));
                });
        jdbc.sql("""
                        SELECT c.event_id, c.count_name, c.count_value, c.qualifier, c.phrase
                        FROM event_counts c JOIN events e ON e.id = c.event_id
                        WHERE e.article_id = ? ORDER BY c.event_id, c.count_name""")
                .param(articleId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new Count(rs.getLong(3), Qualifier.valueOf(rs.getString(4)), rs.getString(5)));
                });
        return jdbc.sql("""
                        SELECT id, event_key, event_type, event_date, date_precision, date_note, sentence_idx,
                               sentence_start, sentence_end, location_precision, claimed_by, reported_via, event_group
                        FROM events WHERE article_id = ? ORDER BY idx""")
                .param(articleId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Event e = new Event(rs.getString("event_key"), EventType.fromCode(rs.getString("event_type")),
                            toLocalDate(rs.getDate("event_date")), precision(rs.getString("date_precision")),
                            rs.getString("date_note"),
                            new Sentence(rs.getInt("sentence_idx"), rs.getInt("sentence_start"), rs.getInt("sentence_end")),
                            places.getOrDefault(id, List.of()), rs.getInt("location_precision"),
                            actors.getOrDefault(id, List.of()), rs.getString("claimed_by"), rs.getString("reported_via"),
                            counts.getOrDefault(id, Map.of()), rs.getString("event_group"));
                    return new StoredEvent(id, e);
                }).list();
    }

    /** Every plottable point in the corpus: literal, resolved places of events. */
    List<MapPoint> mapPoints() {
        return jdbc.sql("""
                        SELECT e.id, e.article_id, p.mention_idx, e.event_type, e.event_date, e.date_precision,
                               m.place_name, m.lat, m.lon, e.location_precision,
                               e.sentence_idx, e.sentence_start, e.sentence_end,
                               SUBSTRING(a.body FROM e.sentence_start + 1 FOR e.sentence_end - e.sentence_start) AS sentence_text
                        FROM events e
                        JOIN event_places p ON p.event_id = e.id
                        JOIN mentions m ON m.article_id = e.article_id AND m.idx = p.mention_idx
                        JOIN articles a ON a.id = e.article_id
                        WHERE m.literal = TRUE AND m.lat IS NOT NULL AND m.lon IS NOT NULL
                        ORDER BY e.event_date NULLS LAST, e.id, p.ord""")
                .query((rs, n) -> new MapPoint(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        EventType.fromCode(rs.getString(4)), toLocalDate(rs.getDate(5)), precision(rs.getString(6)),
                        rs.getString(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14)))
                .list();
    }

    /** Every dated event in the corpus, oldest first. */
    List<TimelineEntry> timeline() {
        return jdbc.sql("""
                        SELECT e.id, e.article_id, e.event_type, e.event_date, e.date_precision, e.sentence_idx,
                               SUBSTRING(a.body FROM e.sentence_start + 1 FOR e.sentence_end - e.sentence_start)
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE e.event_date IS NOT NULL
                        ORDER BY e.event_date, e.id""")
                .query((rs, n) -> new TimelineEntry(rs.getLong(1), rs.getLong(2), EventType.fromCode(rs.getString(3)),
                        toLocalDate(rs.getDate(4)), precision(rs.getString(5)), rs.getInt(6), rs.getString(7)))
                .list();
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("title"), rs.getString("outlet"), rs.getString("url"),
                toLocalDate(rs.getDate("published_at")), Language.fromCode(rs.getString("language")).orElse(Language.EN),
                rs.getTimestamp("ingested_at").toInstant(), rs.getInt("event_count"));
    }

    private static DatePrecision precision(String name) {
        return name == null ? null : DatePrecision.valueOf(name);
    }

    private static char charOf(String s) {
        return s == null || s.isEmpty() ? ' ' : s.charAt(0);
    }

    private static Date toDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate toLocalDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
