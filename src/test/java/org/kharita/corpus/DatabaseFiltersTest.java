package org.kharita.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that holds no snapshot ({@code kharita.viewer.snapshot=false}) answers every filter by the database as
 * the reference SQL does, clusters included (summed by the database, not by streaming the rows to the node),
 * counts reports whatever fused-event filter it is given, and does not show a dataset still being imported.
 */
class DatabaseFiltersTest {
    @TempDir
    static Path dataDir;
    static DataSource ds;
    /** Held open so the embedded database stays open between queries. */
    static Connection keepOpen;
    /** A node that holds no snapshot. */
    static EventIndex index;
    static SqlFilterOracle sql;

    @BeforeAll
    static void generate() throws SQLException {
        ds = TestDatabase.open(dataDir);
        keepOpen = ds.getConnection();
        sql = new SqlFilterOracle(ds);
        index = new EventIndex(ds, new FusionStore(ds, TestDatabase.CLOCK), StoreChanges.none(), false);
        index.insert(EventSnapshotTest.randomRows());
    }

    @AfterAll
    static void close() throws SQLException {
        keepOpen.close();
    }

    @Test
    void every_random_filter_gets_the_answers_the_reference_sql_gives() {
        assertThat(index.countsFusedEvents()).isFalse();
        Random rnd = new Random(11);
        int nonEmpty = 0, clustered = 0;
        for (int k = 0; k < 300; k++) {
            EventFilter f = EventSnapshotTest.randomFilter(rnd);
            Viewport v = EventSnapshotTest.randomViewport(rnd);
            String as = "filter " + k + ": " + f + " in " + v;
            long count = sql.count(f);
            if (count > 0) nonEmpty++;
            assertThat(index.count(f)).as(as).isEqualTo(count);
            assertThat(index.histogram(f)).as(as).isEqualTo(sql.histogram(f));
            assertThat(index.extent(f)).as(as).isEqualTo(sql.extent(f));
            int offset = rnd.nextInt(3) == 0 ? rnd.nextInt(60) : 0;
            int limit = 1 + rnd.nextInt(50);
            assertThat(index.list(f, offset, limit)).as(as).isEqualTo(sql.list(f, offset, limit));
            MapData map = index.map(f, v);
            if (!map.clusters().isEmpty()) clustered++;
            EventSnapshotTest.assertSameMap(map, sql.map(f, v), as);
        }
        assertThat(nonEmpty).as("the random filters are not all empty").isGreaterThan(100);
        assertThat(clustered).as("some maps are clustered").isGreaterThan(20);
    }

    @Test
    void a_filter_on_fused_events_counts_reports_on_a_node_without_fusion() {
        EventFilter fused = EventFilter.NONE.withFusion(3, true);
        assertThat(index.count(fused)).isEqualTo(sql.count(EventFilter.NONE));
        assertThat(index.fusedId(42)).isEqualTo(42);
    }

    @Test
    void the_place_type_ahead_offers_what_the_sql_grouping_offers() {
        for (String prefix : List.of("", "k", "KU", "don", "до", " sud", "idl", "zz", "100%")) {
            assertThat(index.places(prefix, 1000)).as(prefix).containsExactlyInAnyOrderElementsOf(sql.places(prefix, 1000));
        }
    }

    @Test
    void a_dataset_still_being_imported_is_not_shown_until_published() {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        long before = index.count(EventFilter.NONE);
        jdbc.update("INSERT INTO datasets (name, format, content_hash, row_count, imported_at, complete) VALUES (?, ?, ?, ?, ?, FALSE)",
                "pending.csv", "ucdp", "pending-hash", 2, Timestamp.from(Instant.parse("2024-10-25T08:00:00Z")));
        long dataset = jdbc.queryForObject("SELECT id FROM datasets WHERE content_hash = 'pending-hash'", Long.class);
        EventRow r = EventSnapshotTest.randomRow(new Random(5));
        EventRow pending = new EventRow(0, null, null, null, null, dataset, "P1", "pending_type", r.dateStart(), r.dateEnd(),
                r.datePrecision(), "Pendingville", r.country(), r.admin1Code(), r.admin1(), r.lat(), r.lon(), r.area(),
                r.locationPrecision(), r.actor1(), r.actor2(), r.claimedBy(), r.reportedVia(), r.source(), r.fatalities(), r.text());
        index.insertUnpublished(List.of(pending, pending));
        EventFilter onlyPending = new EventFilter(null, null, Set.of("pending_type"), null, null, Set.of(), null, null, null);
        try {
            assertThat(index.count(EventFilter.NONE)).isEqualTo(before);
            assertThat(index.count(onlyPending)).isZero();
            assertThat(index.places("pendingv", 10)).isEmpty();
            jdbc.update("UPDATE datasets SET complete = TRUE WHERE id = ?", dataset);
            assertThat(index.count(onlyPending)).isEqualTo(2);
            assertThat(index.map(onlyPending, Viewport.WORLD).points()).hasSize(2);
        } finally {
            jdbc.update("DELETE FROM event_points WHERE dataset_id = ?", dataset);
            jdbc.update("DELETE FROM datasets WHERE id = ?", dataset);
        }
    }
}
