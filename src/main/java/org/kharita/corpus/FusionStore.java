package org.kharita.corpus;

import org.kharita.fuse.Disagreement;
import org.kharita.fuse.Fuser;
import org.kharita.fuse.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fusion as the corpus keeps it: every report (row of event_points) held in a {@link Fuser} in memory,
 * each row's fused event written to {@code fused_id}, the analysts' split and merge decisions in
 * {@code fusion_decisions}. New articles and datasets are fused as they are stored, in the same
 * transaction; on first use (start-up) the whole table is fused again with the stored decisions and
 * any row whose fused event differs is written, so a change of the rules reaches old rows.
 *
 * <p>Another process (or another instance in a test) writing the same table is noticed by the table's
 * row count, largest id and decision count, and the fusion is read again.
 */
@org.springframework.stereotype.Component
public class FusionStore {
    private static final Logger log = LoggerFactory.getLogger(FusionStore.class);
    /**
     * An article event the extractor could not date is read as happening in the days before the article
     * appeared: reports of fighting come out within a day or two ("on Wednesday", "overnight").
     */
    static final int UNDATED_LOOKBACK_DAYS = 3;
    private static final int PAGE = 20_000;
    /** What fusion reads of a row; {@link #report} takes them by position, and the snapshot reads them first (see {@link #readAll}). */
    static final String REPORT_COLUMNS = """
            p.id, p.event_id, p.mention_idx, p.article_id, p.dataset_id, p.external_id, p.event_type,
                   p.date_start, p.date_end, p.lat, p.lon, p.location_precision, p.country, p.admin1_code, p.admin1,
                   p.source, p.fatalities, p.fused_id, a.published_at, a.outlet, m.place_id""";
    static final String REPORT_FROM = """
            FROM event_points p LEFT JOIN articles a ON a.id = p.article_id
                 LEFT JOIN mentions m ON m.article_id = p.article_id AND m.idx = p.mention_idx""";
    private static final String REPORT_SELECT = "SELECT " + REPORT_COLUMNS + " " + REPORT_FROM;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Fuser fuser;
    /** Each row's fused id as the table holds it, for rows not their own fused event. */
    private final Map<Long, Long> stored = new HashMap<>();
    private final Map<Long, Disagreement> summaries = new HashMap<>();
    private PublishedRows.Stamp stamp;
    private long version;
    private final Map<Long, String> datasetOrigins = new HashMap<>();

    FusionStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    // ---- what the viewer reads ----

    /** The fused event a row belongs to, named by its first report's row id; the row itself when alone. */
    synchronized long fusedId(long rowId) {
        current();
        return fuser.fusedIdOf(rowId).orElse(rowId);
    }

    /** The row ids fused with this one, itself included, oldest first. */
    public synchronized List<Long> reportIds(long rowId) {
        current();
        List<Report> reports = fuser.fusedWith(rowId);
        return reports.isEmpty() ? List.of(rowId) : reports.stream().map(Report::id).toList();
    }

    /** Where the reports fused with this row disagree, and how many independent sources they are. */
    public synchronized Disagreement disagreement(long rowId) {
        current();
        long id = fuser.fusedIdOf(rowId).orElse(rowId);
        return summaries.computeIfAbsent(id, k -> Disagreement.of(fuser.fusedWith(rowId)));
    }

    /**
     * For the viewer's snapshot, in one pass under the lock: per row, its fused event's id, how many
     * independent sources report it, and whether they disagree.
     */
    synchronized FusedColumns columns(long[] rowIds) {
        current();
        int n = rowIds.length;
        long[] fused = new long[n];
        int[] sources = new int[n];
        boolean[] contested = new boolean[n];
        for (int i = 0; i < n; i++) {
            long id = rowIds[i];
            if (fuser.reportsWith(id) < 2) {
                fused[i] = id;
                sources[i] = 1;
                continue;
            }
            fused[i] = fuser.fusedIdOf(id).orElse(id);
            Disagreement d = summaries.computeIfAbsent(fused[i], k -> Disagreement.of(fuser.fusedWith(id)));
            sources[i] = d.sources();
            contested[i] = d.contested();
        }
        return new FusedColumns(fused, sources, contested);
    }

    /** Per row (in the order asked): its fused event's id, independent sources, whether contested. */
    record FusedColumns(long[] fused, int[] sources, boolean[] contested) {
        /** Every row its own fused event: a corpus not fused (tests of the filters alone). */
        static FusedColumns alone(long[] rowIds) {
            int[] one = new int[rowIds.length];
            Arrays.fill(one, 1);
            return new FusedColumns(rowIds.clone(), one, new boolean[rowIds.length]);
        }
    }

    /**
     * A counter that moves whenever any row's fused event may have changed here. It asks nothing of the
     * table (the snapshot asks this on every read): another process's writes are noticed by the snapshot's
     * own row count, and then {@link #columns} reads the fusion again.
     */
    synchronized long version() {
        return version;
    }

    // ---- writes ----

    /**
     * Before a write: the fusion in memory is brought up to the table as it stands, so the rows about to
     * be written are the only news. Writers then call {@link #fuseArticle} or {@link #fuseDataset}, and
     * {@link #synced} once their rows are all written.
     */
    synchronized void prepare() {
        current();
    }

    /** The writer's rows are all written and fused: the table as this transaction sees it is the one held. */
    synchronized void synced() {
        stamp = readStamp();
    }

    /** Fuses an article's rows just written (inside the writing transaction). */
    synchronized void fuseArticle(long articleId) {
        fuseRows("p.article_id = ?", articleId);
    }

    /** Fuses an imported dataset's rows just written (inside the import's transaction). */
    synchronized void fuseDataset(long datasetId) {
        fuseRows("p.dataset_id = ?", datasetId);
    }

    /** Takes an article's rows out before they are deleted and written again (a correction). */
    synchronized void forgetArticle(long articleId) {
        if (fuser == null) current();
        List<Long> ids = jdbc.queryForList("SELECT id FROM event_points WHERE article_id = ?", Long.class, articleId);
        List<Fuser.Assignment> changed = new ArrayList<>();
        for (long id : ids) {
            changed.addAll(fuser.remove(id));
            stored.remove(id);
        }
        write(changed);
        version++;
    }

    /** An analyst takes a report out of its fused event; the decision is stored and outlives re-fusion. */
    public synchronized void split(long rowId, String analyst) {
        current();
        Fuser.Change c = fuser.split(rowId);
        decided(c, analyst);
    }

    /** An analyst puts two reports' fused events together; the decision is stored and outlives re-fusion. */
    public synchronized void merge(long rowId, long otherRowId, String analyst) {
        current();
        decided(fuser.merge(rowId, otherRowId), analyst);
    }

    private void decided(Fuser.Change c, String analyst) {
        if (c.decisions().isEmpty()) return;
        Timestamp now = Timestamp.from(clock.instant());
        for (Fuser.Decision d : c.decisions()) {
            jdbc.update("INSERT INTO fusion_decisions (decision, report_key, other_key, analyst, decided_at) VALUES (?, ?, ?, ?, ?)",
                    d.kind().name(), d.key(), d.otherKey(), analyst, now);
        }
        write(c.assignments());
        changedNow();
    }

    private void fuseRows(String where, long arg) {
        if (fuser == null) current();
        List<Report> reports = new ArrayList<>();
        jdbc.query(REPORT_SELECT + " WHERE " + where + " ORDER BY p.id", (RowCallbackHandler) rs -> reports.add(report(rs)), arg);
        List<Fuser.Assignment> changed = new ArrayList<>();
        for (Report r : reports) changed.addAll(fuser.add(r));
        write(changed);
        version++;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) forgetAll();
                }
            });
        }
    }

    /** After a rolled-back write, what is in memory is read again from the table. */
    private synchronized void forgetAll() {
        stamp = null;
    }

    /** Writes the rows whose fused event is not what the table says. */
    private void write(List<Fuser.Assignment> assignments) {
        List<Object[]> updates = new ArrayList<>();
        for (Fuser.Assignment a : assignments) {
            Long want = a.fusedId() == a.reportId() ? null : a.fusedId();
            Long have = stored.get(a.reportId());
            summaries.remove(a.fusedId());
            if (have != null) summaries.remove(have);
            summaries.remove(a.reportId());
            if (java.util.Objects.equals(want, have)) continue;
            if (want == null) stored.remove(a.reportId());
            else stored.put(a.reportId(), want);
            updates.add(new Object[]{want, a.reportId()});
        }
        if (!updates.isEmpty()) jdbc.batchUpdate("UPDATE event_points SET fused_id = ? WHERE id = ?", updates);
    }

    private void changedNow() {
        version++;
        stamp = readStamp();
    }

    // ---- reading the whole table ----

    /** Fuses the whole table again when it is not the one last read or written here. */
    private void current() {
        if (fuser != null && readStamp().same(stamp)) return;
        java.util.Set<Long> pending = PublishedRows.pendingDatasets(jdbc);
        refuse(sink -> readPublished(jdbc, REPORT_SELECT, Long.MIN_VALUE, pending, sink));
    }

    /**
     * The published rows after an id, in id order, of a select whose first columns are {@link #REPORT_COLUMNS},
     * in pages: H2 writes a result of more than 40,000 rows to a temporary file, which made one query over
     * 100k rows ten times slower than pages of {@link #PAGE}.
     */
    static void readPublished(JdbcTemplate jdbc, String select, long afterId, java.util.Set<Long> pending, RowCallbackHandler sink) {
        long[] after = {afterId};
        int[] read = new int[1];
        // a dataset being imported is left out by the database: a million rows not yet published were read
        // and dropped here, 21 s of a million-row import
        String unpublished = pending.isEmpty() ? "" : " AND (p.dataset_id IS NULL OR p.dataset_id NOT IN ("
                + pending.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + "))";
        do {
            read[0] = 0;
            jdbc.query(select + " WHERE p.id > ?" + unpublished + " ORDER BY p.id LIMIT " + PAGE, (RowCallbackHandler) rs -> {
                read[0]++;
                after[0] = rs.getLong(1);
                long dataset = rs.getLong(5);
                if (PublishedRows.published(pending, dataset, rs.wasNull())) sink.processRow(rs);
            }, after[0]);
        } while (read[0] == PAGE);
    }

    /**
     * For the snapshot's read of the whole table: the reader is given a handler to call with every
     * published row, in id order, whose first columns are {@link #REPORT_COLUMNS}. When the fusion in
     * memory is not the table's (at start-up, or after another process wrote), it is fused again from
     * those rows, so that a first build reads the table once rather than once for fusion and once more
     * for the snapshot (on H2 each read decodes every column of every row).
     */
    synchronized void readAll(java.util.function.Consumer<RowCallbackHandler> reader) {
        if (fuser != null && readStamp().same(stamp)) {
            reader.accept(rs -> { });
            return;
        }
        refuse(reader);
    }

    private void refuse(java.util.function.Consumer<RowCallbackHandler> reader) {
        long t = System.nanoTime();
        fuser = new Fuser();
        stored.clear();
        summaries.clear();
        jdbc.query("SELECT decision, report_key, other_key FROM fusion_decisions ORDER BY id", (RowCallbackHandler) rs ->
                fuser.remember(new Fuser.Decision(Fuser.Decision.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3))));
        List<Report> reports = new ArrayList<>();
        reader.accept(rs -> {
            Report r = report(rs);
            reports.add(r);
            long fused = rs.getLong(18);
            if (!rs.wasNull()) stored.put(r.id(), fused);
        });
        List<Fuser.Assignment> all = new ArrayList<>(reports.size());
        fuser.fuseAll(reports).forEach((id, fused) -> all.add(new Fuser.Assignment(id, fused)));
        write(all);
        version++;
        stamp = readStamp();
        if (!reports.isEmpty()) log.info("fused {} reports in {} ms", reports.size(), (System.nanoTime() - t) / 1_000_000);
    }

    private PublishedRows.Stamp readStamp() {
        return PublishedRows.Stamp.read(jdbc);
    }

    /**
     * One row of {@link #REPORT_SELECT}, its columns by position: at a million rows a lookup by name per
     * value was a tenth of the read. A dataset's origin string is shared by its rows.
     */
    private Report report(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long articleId = rs.getLong(4);
        boolean fromArticle = !rs.wasNull();
        LocalDate start = rs.getObject(8, LocalDate.class), end = rs.getObject(9, LocalDate.class);
        int first = start == null ? Report.UNDATED : (int) start.toEpochDay();
        int last = end == null ? first : (int) end.toEpochDay();
        LocalDate published = rs.getObject(19, LocalDate.class);
        if (first == Report.UNDATED && published != null) {
            first = (int) published.toEpochDay() - UNDATED_LOOKBACK_DAYS;
            last = (int) published.toEpochDay();
        }
        String key, origin, source;
        if (fromArticle) {
            key = "e" + rs.getLong(2) + ":m" + rs.getInt(3);
            origin = "a" + articleId;
            String outlet = rs.getString(20);
            source = outlet == null ? origin : outlet;
        } else {
            long dataset = rs.getLong(5);
            origin = datasetOrigins.computeIfAbsent(dataset, d -> "d" + d);
            key = origin + ":" + rs.getString(6);
            String named = rs.getString(16);
            source = named == null ? origin : named;
        }
        String code = rs.getString(14);
        String region = code != null ? code : rs.getString(15);
        int killed = rs.getInt(17);
        Integer fatalities = rs.wasNull() ? null : killed;
        return new Report(id, key, origin, source, rs.getString(7), first, last, rs.getDouble(10), rs.getDouble(11),
                rs.getInt(12), rs.getString(13), region, fatalities, fromArticle ? rs.getString(21) : null);
    }
}
