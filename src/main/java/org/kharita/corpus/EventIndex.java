package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.BBox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The flat table the viewer filters: one row per event per plotted place (see V2__viewer.sql).
 * Written at ingest, on import and after a correction. Filters (count, list page, histogram, map)
 * and the place type-ahead are answered from an {@link EventSnapshot} of the table held in memory;
 * exports and single rows read the table itself.
 */
@Repository
class EventIndex {
    /** Few enough events in view to send one by one, so the browser can spread same-place ones. */
    static final int POINT_LIMIT = 1500;
    /** Grid cell edge in screen pixels at the current zoom. */
    static final int CELL_PIXELS = 60;

    static final String COLUMNS = """
            id, event_id, article_id, mention_idx, sentence_idx, dataset_id, external_id, event_type, date_start,
            date_end, date_precision, place_name, country, admin1_code, admin1, lat, lon, bbox_min_lat, bbox_min_lon,
            bbox_max_lat, bbox_max_lon, location_precision, actor1, actor2, claimed_by, reported_via, source,
            fatalities, text""";

    /** The columns a writer gives, in the order of {@link #INSERT}'s parameters and of {@link EventCopy}'s fields. */
    static final String WRITTEN_COLUMNS = """
            event_id, article_id, mention_idx, sentence_idx, dataset_id, external_id,
                event_type, date_start, date_end, date_precision, place_name, country, admin1_code, admin1, lat, lon,
                bbox_min_lat, bbox_min_lon, bbox_max_lat, bbox_max_lon, location_precision, actor1, actor2,
                claimed_by, reported_via, source, fatalities, text, search_text""";

    private static final String INSERT = "INSERT INTO event_points (" + WRITTEN_COLUMNS + """
            )
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Fusion's columns first, so that a first build hands the same rows to the fusion ({@link FusionStore#readAll}). */
    private static final String SNAPSHOT_SELECT = "SELECT " + FusionStore.REPORT_COLUMNS + """
            , p.bbox_min_lat, p.bbox_min_lon, p.bbox_max_lat, p.bbox_max_lon, p.actor1, p.actor2, p.claimed_by,
                   p.reported_via, p.place_name, p.search_text
            """ + FusionStore.REPORT_FROM;

    private static final int PAGE = 20_000;

    private final JdbcTemplate jdbc;
    private final Dialect dialect;
    private final Object snapshotLock = new Object();
    private final AtomicBoolean written = new AtomicBoolean();
    /** Rows this index deleted (in committed transactions) since the snapshot was read. */
    private final java.util.Set<Long> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile EventSnapshot snapshot;
    private final FusionStore fusion;
    /** The fusion's version the snapshot was built with. */
    private volatile long fusionVersion = -1;
    private final StoreChanges changes;
    /** The store's change generation the snapshot was built at (-1: changes were not heard then). */
    private volatile long builtAt = -1;
    /** Set on a node that holds no snapshot: every filter goes to the database, counting reports. */
    private final DatabaseFilters database;

    EventIndex(DataSource dataSource) {
        this(dataSource, new FusionStore(dataSource, java.time.Clock.systemUTC()));
    }

    EventIndex(DataSource dataSource, FusionStore fusion) {
        this(dataSource, fusion, StoreChanges.none(), true);
    }

    /**
     * @param holdSnapshot false for a node that must not hold the table in memory (more rows than its heap,
     *                     or a node for exports): filters are then answered by the database, by report
     */
    @org.springframework.beans.factory.annotation.Autowired
    EventIndex(DataSource dataSource, FusionStore fusion, StoreChanges changes,
               @org.springframework.beans.factory.annotation.Value("${kharita.viewer.snapshot:true}") boolean holdSnapshot) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = Dialect.of(dataSource);
        this.fusion = fusion;
        this.changes = changes;
        this.database = holdSnapshot ? null : new DatabaseFilters(dataSource);
        // another node's write is read into the snapshot when heard, not at the next filter of a user here
        changes.onChange(this::warm);
    }

    FusionStore fusion() {
        return fusion;
    }

    // ---- writes ----

    void insert(List<EventRow> rows) {
        changed(List.of());
        insertUnpublished(rows);
    }

    /**
     * Rows of a dataset still being imported: written without telling the snapshot, which does not
     * show them until {@link #publishDataset} (they are invisible until then, see {@link PublishedRows}).
     */
    void insertUnpublished(List<EventRow> rows) {
        if (dialect == Dialect.POSTGRESQL) {
            // COPY streams the rows in one command where a batch of INSERTs parses and plans each one
            EventCopy.copy(jdbc.getDataSource(), rows);
            return;
        }
        jdbc.batchUpdate(INSERT, rows, 1000, (ps, r) -> {
            ps.setObject(1, r.eventId(), Types.BIGINT);
            ps.setObject(2, r.articleId(), Types.BIGINT);
            ps.setObject(3, r.mentionIndex(), Types.INTEGER);
            ps.setObject(4, r.sentenceIndex(), Types.INTEGER);
            ps.setObject(5, r.datasetId(), Types.BIGINT);
            ps.setString(6, r.externalId());
            ps.setString(7, r.type());
            ps.setDate(8, r.dateStart() == null ? null : Date.valueOf(r.dateStart()));
            ps.setDate(9, r.dateEnd() == null ? null : Date.valueOf(r.dateEnd()));
            ps.setString(10, r.datePrecision() == null ? null : r.datePrecision().name());
            ps.setString(11, clip(r.placeName(), 500));
            ps.setString(12, clip(r.country(), 100));
            ps.setString(13, r.admin1Code());
            ps.setString(14, clip(r.admin1(), 500));
            ps.setDouble(15, r.lat());
            ps.setDouble(16, r.lon());
            BBox b = r.area();
            ps.setObject(17, b == null ? null : b.minLat(), Types.DOUBLE);
            ps.setObject(18, b == null ? null : b.minLon(), Types.DOUBLE);
            ps.setObject(19, b == null ? null : b.maxLat(), Types.DOUBLE);
            ps.setObject(20, b == null ? null : b.maxLon(), Types.DOUBLE);
            ps.setInt(21, r.locationPrecision());
            ps.setString(22, clip(r.actor1(), 500));
            ps.setString(23, clip(r.actor2(), 500));
            ps.setString(24, clip(r.claimedBy(), 500));
            ps.setString(25, clip(r.reportedVia(), 500));
            ps.setString(26, clip(r.source(), 1000));
            ps.setObject(27, r.fatalities(), Types.INTEGER);
            String text = clip(r.text() == null ? "" : r.text(), 8000);
            ps.setString(28, text);
            ps.setString(29, clip(searchText(r, text), 8000));
        });
    }

    /** An article's rows out of the table and out of fusion (before they are written again, or for good). */
    void deleteArticle(long articleId) {
        changed(jdbc.queryForList("SELECT id FROM event_points WHERE article_id = ?", Long.class, articleId));
        fusion.forgetArticle(articleId);
        jdbc.update("DELETE FROM event_points WHERE article_id = ?", articleId);
        fusion.synced();
    }

    /** An article's rows written from its stored events and fused with what the corpus holds. */
    void insertArticle(long articleId) {
        fusion.prepare();
        insert(articleRows(articleId));
        fusion.fuseArticle(articleId);
        fusion.synced();
    }

    /**
     * A dataset whose rows are all written (in earlier, committed chunks) becomes visible and is fused, in
     * the caller's transaction: the fusion is brought up to the published table first, so that the
     * dataset's rows are its only news.
     */
    void publishDataset(long datasetId) {
        fusion.prepare();
        changed(List.of());
        jdbc.update("UPDATE datasets SET complete = TRUE WHERE id = ?", datasetId);
        fusion.fuseDataset(datasetId);
        fusion.synced();
    }

    /**
     * An unpublished dataset out of the table, its rows in transactions of {@link #PAGE} rows (one delete
     * of a million rows would grow the file as one insert of them did). Never published, so no reader saw it.
     */
    void discardDataset(long datasetId) {
        int n;
        do {
            n = jdbc.update("DELETE FROM event_points WHERE id IN (SELECT id FROM event_points WHERE dataset_id = ? ORDER BY id LIMIT "
                    + PAGE + ")", datasetId);
        } while (n > 0);
        jdbc.update("DELETE FROM datasets WHERE id = ? AND complete = FALSE", datasetId);
    }

    /** The datasets a crash left half-imported. */
    List<Long> unpublishedDatasets() {
        return jdbc.queryForList("SELECT id FROM datasets WHERE complete = FALSE ORDER BY id", Long.class);
    }

    /** Articles whose events are not in the index yet (stored before V2, or by an older build). */
    List<Long> articlesMissingFromIndex() {
        return jdbc.queryForList("""
                SELECT DISTINCT e.article_id FROM events e
                WHERE NOT EXISTS (SELECT 1 FROM event_points p WHERE p.event_id = e.id)""", Long.class);
    }

    /**
     * The index rows for an article's events, one per literal resolved place, from the stored
     * events and mentions (so a corrected mention moves its events at once).
     */
    List<EventRow> articleRows(long articleId) {
        String sql = """
                SELECT e.id, e.article_id, p.mention_idx, e.sentence_idx, e.event_type, e.event_date, e.date_precision,
                       m.place_name, m.country, m.admin1_code, m.admin1, m.lat, m.lon, m.feature_class, m.feature_code,
                       m.bbox_min_lat, m.bbox_min_lon, m.bbox_max_lat, m.bbox_max_lon, e.location_precision, m.coordinate_km,
                       (SELECT MIN(x.actor_name) FROM event_actors x WHERE x.event_id = e.id AND x.actor_role <> 'TARGET'
                            AND x.ord = (SELECT MIN(y.ord) FROM event_actors y WHERE y.event_id = e.id AND y.actor_role <> 'TARGET')) AS actor1,
                       (SELECT MIN(x.actor_name) FROM event_actors x WHERE x.event_id = e.id AND x.actor_role = 'TARGET'
                            AND x.ord = (SELECT MIN(y.ord) FROM event_actors y WHERE y.event_id = e.id AND y.actor_role = 'TARGET')) AS actor2,
                       e.claimed_by, e.reported_via, a.outlet, a.url,
                       (SELECT MAX(c.count_value) FROM event_counts c WHERE c.event_id = e.id
                            AND c.count_name IN ('killed', 'dead', 'deaths', 'fatalities')) AS fatalities,
                       SUBSTRING(a.body FROM e.sentence_start + 1 FOR e.sentence_end - e.sentence_start) AS sentence_text
                FROM events e
                JOIN event_places p ON p.event_id = e.id
                JOIN mentions m ON m.article_id = e.article_id AND m.idx = p.mention_idx
                JOIN articles a ON a.id = e.article_id
                WHERE e.article_id = ? AND m.literal = TRUE AND m.lat IS NOT NULL AND m.lon IS NOT NULL
                ORDER BY e.idx, p.ord""";
        return jdbc.query(sql, (rs, n) -> {
            LocalDate date = toLocalDate(rs.getDate("event_date"));
            DatePrecision precision = rs.getString("date_precision") == null ? null
                    : DatePrecision.valueOf(rs.getString("date_precision"));
            String featureClass = rs.getString("feature_class");
            // An area (region, country) is drawn as its extent; a settlement stays a point.
            BBox area = "A".equals(featureClass) && rs.getObject("bbox_min_lat") != null
                    ? new BBox(rs.getDouble("bbox_min_lat"), rs.getDouble("bbox_min_lon"),
                    rs.getDouble("bbox_max_lat"), rs.getDouble("bbox_max_lon")) : null;
            int locationPrecision = rs.getInt("location_precision");
            if (area != null && locationPrecision < 3) locationPrecision = 3;
            // A place whose point is its district seat's is known to its district, not to the village (ACLED's 2).
            if (rs.getDouble("coordinate_km") >= org.kharita.geo.GazetteerRecord.COARSE_KM && locationPrecision < 2) {
                locationPrecision = 2;
            }
            String outlet = rs.getString("outlet");
            String url = rs.getString("url");
            String source = outlet == null ? url : url == null ? outlet : outlet + " " + url;
            Object fatalities = rs.getObject("fatalities");
            return new EventRow(0, rs.getLong("id"), rs.getLong("article_id"), rs.getInt("mention_idx"),
                    rs.getInt("sentence_idx"), null, null, rs.getString("event_type"), DateSpan.start(date, precision),
                    DateSpan.end(date, precision), precision, rs.getString("place_name"), rs.getString("country"),
                    rs.getString("admin1_code"), rs.getString("admin1"), rs.getDouble("lat"), rs.getDouble("lon"), area,
                    locationPrecision, rs.getString("actor1"), rs.getString("actor2"), rs.getString("claimed_by"),
                    rs.getString("reported_via"), source,
                    fatalities == null ? null : (int) Math.min(Integer.MAX_VALUE, ((Number) fatalities).longValue()),
                    rs.getString("sentence_text").strip());
        }, articleId);
    }

    // ---- reads: filters are answered from the in-memory snapshot, or by the database on a node without one ----

    /** Whether filters can count fused events (the snapshot's fusion), or only reports (the database's answers). */
    boolean countsFusedEvents() {
        return database == null;
    }

    long count(EventFilter filter) {
        return answers().count(filter);
    }

    /** The box holding every matching event, empty when none match. */
    Optional<BBox> extent(EventFilter filter) {
        return answers().extent(filter);
    }

    MapData map(EventFilter filter, Viewport view) {
        return answers().map(filter, view);
    }

    List<DayCount> histogram(EventFilter filter) {
        return answers().histogram(filter);
    }

    /** A page of the matching rows, newest first: chosen in memory (or by the database), read whole from the table. */
    List<EventRow> list(EventFilter filter, int offset, int limit) {
        // a row deleted since the snapshot was read is left out rather than shown stale
        return rows(answers().page(filter, offset, limit));
    }

    /** The database on a node without a snapshot, else the snapshot as the table stands. */
    private FilterAnswers answers() {
        return database != null ? database : snapshot();
    }

    /** Reads the table into the snapshot now rather than at the first filter. */
    void warm() {
        if (database == null) snapshot();
    }

    /**
     * The snapshot as the table stands: replaced when this index wrote (after the transaction ended),
     * or when another writer changed the table: on PostgreSQL the database says so ({@link StoreChanges});
     * otherwise the table's row count or largest id differ from the snapshot's, which also catches
     * another process on the same file, or a cascade.
     */
    EventSnapshot snapshot() {
        EventSnapshot s = snapshot;
        if (s != null && !written.get() && unchanged(s, changes.generation()) && fusionVersion == fusion.version()) return s;
        synchronized (snapshotLock) {
            boolean wrote = written.getAndSet(false);
            long heard = changes.generation();
            s = snapshot;
            // what another node decided (a split, a merge) moves no row: the fusion is read again first
            if (heard >= 0 && heard != builtAt) fusion.prepare();
            boolean refused = fusionVersion != fusion.version();
            if (s != null && !wrote && !refused && unchanged(s, heard)) {
                builtAt = heard;
                return s;
            }
            PublishedRows.Stamp stamp = PublishedRows.Stamp.read(jdbc);
            snapshot = s == null ? load() : wrote ? afterOwnWrites(s, stamp, refused) : sync(s, refused);
            fusionVersion = fusion.version();
            builtAt = heard;
            return snapshot;
        }
    }

    /**
     * The snapshot as last read, without looking at the table or the store's news: what a filter here
     * answers from if nothing has happened since (null before the first read).
     */
    EventSnapshot held() {
        return snapshot;
    }

    private boolean unchanged(EventSnapshot s, long heard) {
        // PostgreSQL tells every node of a change; H2 (one node) compares the published rows' count and largest id
        return heard >= 0 && builtAt >= 0 ? heard == builtAt : PublishedRows.Stamp.read(jdbc).describes(s);
    }

    private EventSnapshot load() {
        deleted.clear();
        EventSnapshot.Builder b = new EventSnapshot.Builder();
        java.util.Set<Long> pending = PublishedRows.pendingDatasets(jdbc);
        fusion.readAll(reports -> readAfter(Long.MIN_VALUE, b, id -> true, pending, reports));
        return b.build(fusion::columns);
    }

    /**
     * After writes made here (an ingest, a correction, an import): the old rows less those this index
     * deleted, plus the rows after the old snapshot's largest id, without reading the rest of the table. If
     * the result does not count what the table holds (someone else wrote too), the table's ids are read.
     */
    private EventSnapshot afterOwnWrites(EventSnapshot old, PublishedRows.Stamp stamp, boolean refused) {
        java.util.Set<Long> gone = java.util.Set.copyOf(deleted);
        EventSnapshot.Builder b = EventSnapshot.Builder.keeping(old, id -> gone.isEmpty() || !gone.contains(id));
        readAfter(old.maxId(), b, id -> true, PublishedRows.pendingDatasets(jdbc), null);
        deleted.removeAll(gone);
        EventSnapshot s = b.build(fusion::columns);
        return stamp.describes(s) ? s : sync(old, refused);
    }

    /**
     * The old snapshot's rows still in the table plus the rows added since; the old one when nothing
     * changed, neither rows nor fusion (a split or merge moves no row, only what rows count as one).
     */
    private EventSnapshot sync(EventSnapshot old, boolean refused) {
        deleted.clear();
        java.util.Set<Long> pending = PublishedRows.pendingDatasets(jdbc);
        long[] now = ids(pending);
        long firstNew = Long.MAX_VALUE;
        int kept = 0;
        for (long id : now) {
            if (old.holds(id)) kept++;
            else firstNew = Math.min(firstNew, id);
        }
        if (kept == old.size() && firstNew == Long.MAX_VALUE && !refused) return old;
        EventSnapshot.Builder b = EventSnapshot.Builder.keeping(old, id -> Arrays.binarySearch(now, id) >= 0);
        if (firstNew != Long.MAX_VALUE) readAfter(firstNew - 1, b, id -> !old.holds(id), pending, null);
        return b.build(fusion::columns);
    }

    /** The published rows after an id that are wanted, into the builder and to {@code alsoTo} (may be null). */
    private void readAfter(long id, EventSnapshot.Builder b, java.util.function.LongPredicate wanted, java.util.Set<Long> pending,
                           RowCallbackHandler alsoTo) {
        FusionStore.readPublished(jdbc, SNAPSHOT_SELECT, id, pending, rs -> {
            if (!wanted.test(rs.getLong(1))) return;
            add(b, rs);
            if (alsoTo != null) alsoTo.processRow(rs);
        });
    }

    /** Every published row id, ascending, in pages (see {@link FusionStore#readPublished}). */
    private long[] ids(java.util.Set<Long> pending) {
        long[] ids = new long[1024];
        int[] n = {0};
        long last = Long.MIN_VALUE;
        while (true) {
            long[][] holder = {ids};
            long[] seen = {last};
            int[] read = {0};
            jdbc.query("SELECT id, dataset_id FROM event_points WHERE id > ? ORDER BY id LIMIT " + PAGE, (RowCallbackHandler) rs -> {
                read[0]++;
                seen[0] = rs.getLong(1);
                long dataset = rs.getLong(2);
                if (!PublishedRows.published(pending, dataset, rs.wasNull())) return;
                if (n[0] == holder[0].length) holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
                holder[0][n[0]++] = seen[0];
            }, last);
            ids = holder[0];
            if (read[0] < PAGE) return Arrays.copyOf(ids, n[0]);
            last = seen[0];
        }
    }

    /** One row of {@link #SNAPSHOT_SELECT}, its columns by position (a lookup by name per value cost a tenth of the read). */
    private static void add(EventSnapshot.Builder b, ResultSet rs) throws SQLException {
        double minLat = rs.getDouble(22);
        double[] area = rs.wasNull() ? null : new double[]{minLat, rs.getDouble(23), rs.getDouble(24), rs.getDouble(25)};
        b.add(rs.getLong(1), epochDay(rs, 8), epochDay(rs, 9), rs.getDouble(10), rs.getDouble(11), area, rs.getInt(12),
                rs.getString(7), rs.getString(26), rs.getString(27), rs.getString(28), rs.getString(29), rs.getString(16),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(30), rs.getString(31));
    }

    private static int epochDay(ResultSet rs, int column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? EventSnapshot.NO_DAY : (int) d.toEpochDay();
    }

    /**
     * Marks the snapshot stale once the writing transaction is over (committed or not), at once without
     * one; the rows it deleted are left out of the next snapshot if it committed.
     */
    private void changed(List<Long> deleting) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) deleted.addAll(deleting);
                    written.set(true);
                }
            });
        } else {
            deleted.addAll(deleting);
            written.set(true);
        }
    }

    /** Every matching row (or each fused event's earliest), oldest first, without holding the rows: for exports. */
    void forEach(EventFilter filter, Consumer<EventRow> sink) {
        if (database != null) {
            database.forEach(filter, sink);
            return;
        }
        FilterSql f = FilterSql.of(filter, dialect);
        // which fused event a report is in, how many sources report it and whether they disagree, are
        // known to the snapshot, not the table; counting fused events, the earliest report stands for each
        EventSnapshot s = snapshot();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        jdbc.query("SELECT " + COLUMNS + " FROM event_points WHERE " + f.where + " ORDER BY date_start NULLS LAST, id",
                (RowCallbackHandler) rs -> {
                    EventRow r = row(rs);
                    if (!s.holds(r.id())) return; // a dataset still being imported, or a row written since
                    if (filter.byFusedEvent() && !s.passesFusion(filter, r.id())) return;
                    if (!filter.reports() && !seen.add(s.fusedIdOf(r.id()).orElse(r.id()))) return;
                    sink.accept(r);
                }, f.args());
    }

    /** The fused event a row belongs to, as the viewer counts it (its own id when alone). */
    long fusedId(long rowId) {
        if (database != null) return rowId;
        return snapshot().fusedIdOf(rowId).orElse(rowId);
    }

    java.util.Optional<EventRow> row(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_points WHERE id = ?", (rs, n) -> row(rs), id)
                .stream().findFirst();
    }

    /** Rows by id, in the order asked; rows gone from the table are left out. */
    List<EventRow> rows(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, EventRow> byId = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM event_points WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")", (RowCallbackHandler) rs -> byId.put(rs.getLong("id"), row(rs)), ids.toArray());
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    List<EventRow> rowsOfEvent(long eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_points WHERE event_id = ? ORDER BY id", (rs, n) -> row(rs), eventId);
    }

    /** Named places and regions the events are at, for the type-ahead; most events first. */
    List<EventFilter.PlaceChoice> places(String prefix, int limit) {
        return answers().places(prefix, limit);
    }

    static EventRow row(ResultSet rs) throws SQLException {
        BBox area = rs.getObject("bbox_min_lat") == null ? null : new BBox(rs.getDouble("bbox_min_lat"),
                rs.getDouble("bbox_min_lon"), rs.getDouble("bbox_max_lat"), rs.getDouble("bbox_max_lon"));
        String precision = rs.getString("date_precision");
        return new EventRow(rs.getLong("id"), (Long) nullable(rs, "event_id", rs.getLong("event_id")),
                (Long) nullable(rs, "article_id", rs.getLong("article_id")),
                (Integer) nullable(rs, "mention_idx", rs.getInt("mention_idx")),
                (Integer) nullable(rs, "sentence_idx", rs.getInt("sentence_idx")),
                (Long) nullable(rs, "dataset_id", rs.getLong("dataset_id")), rs.getString("external_id"),
                rs.getString("event_type"), toLocalDate(rs.getDate("date_start")), toLocalDate(rs.getDate("date_end")),
                precision == null ? null : DatePrecision.valueOf(precision), rs.getString("place_name"),
                rs.getString("country"), rs.getString("admin1_code"), rs.getString("admin1"), rs.getDouble("lat"),
                rs.getDouble("lon"), area, rs.getInt("location_precision"), rs.getString("actor1"), rs.getString("actor2"),
                rs.getString("claimed_by"), rs.getString("reported_via"), rs.getString("source"),
                (Integer) nullable(rs, "fatalities", rs.getInt("fatalities")), rs.getString("text"));
    }

    private static Object nullable(ResultSet rs, String column, Object value) throws SQLException {
        return rs.getObject(column) == null ? null : value;
    }

    static String searchText(EventRow r, String text) {
        return (text + " " + (r.placeName() == null ? "" : r.placeName())).toLowerCase(Locale.ROOT);
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static LocalDate toLocalDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
