package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dataset import commits its rows in chunks (so that H2's file grows with the data, not with one huge
 * transaction) and still shows all of them or none: nothing of an unfinished import is seen, counted,
 * fused or exported, and what a crash left is deleted at the next start. Writes made through the app's one
 * index reach its snapshot without the whole table being read again.
 */
class ChunkedImportTest {
    @TempDir
    Path dir;

    @Test
    void an_import_shows_nothing_until_its_last_chunk_commits_then_every_row_at_once() throws Exception {
        Path file = dir.resolve("ucdp.csv");
        UcdpSample.synthetic(file, 3_500);
        DataSource ds = TestDatabase.open(dir.resolve("data"));
        EventIndex viewerIndex = new EventIndex(ds);
        Corpus viewer = new Corpus(new CorpusStore(ds), viewerIndex);
        DatasetImporter importer = TestDatabase.importer(ds).chunkRows(1_000);
        List<long[]> seenMidway = new ArrayList<>();
        importer.importFile(file, "tester", p -> {
            List<EventRow> exported = new ArrayList<>();
            viewerIndex.forEach(EventFilter.NONE, exported::add);
            long stored = new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM event_points", Long.class);
            seenMidway.add(new long[]{p.rows(), stored, viewer.count(EventFilter.NONE), exported.size(),
                    importer.datasetNames().size()});
        });
        // three chunks committed before the last one published them (the last progress is after publishing)
        List<long[]> chunks = seenMidway.subList(0, seenMidway.size() - 1);
        assertThat(chunks).hasSize(3);
        for (long[] s : chunks) {
            assertThat(s[1]).as("rows committed so far").isEqualTo(s[0]);
            assertThat(s[2]).as("rows counted by the viewer").isZero();
            assertThat(s[3]).as("rows exported").isZero();
            assertThat(s[4]).as("datasets listed").isZero();
        }
        assertThat(viewer.count(EventFilter.NONE)).isEqualTo(3_500);
        assertThat(importer.datasetNames()).containsExactly("ucdp.csv (3500 events)");
    }

    @Test
    void an_import_a_crash_interrupted_is_never_seen_and_is_deleted_at_the_next_start() throws Exception {
        DataSource ds = TestDatabase.open(dir.resolve("data"));
        TestDatabase.importer(ds).importStream(new java.io.ByteArrayInputStream(UcdpSample.small().getBytes()), 0,
                "whole.csv", "tester", p -> { });
        // what a kill -9 between two chunks leaves: an incomplete dataset with committed rows
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO datasets (name, format, content_hash, row_count, imported_at, complete) "
                + "VALUES ('cut.csv', 'ucdp-csv', 'pending-x', 3, CURRENT_TIMESTAMP, FALSE)");
        long cut = jdbc.queryForObject("SELECT id FROM datasets WHERE name = 'cut.csv'", Long.class);
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new EventRow(0, null, null, null, null, cut, "UCDP-" + i, "battle", LocalDate.of(2024, 8, 1),
                    LocalDate.of(2024, 8, 1), null, "Sudzha", "RU", null, null, 51.19, 35.27, null, 1, null, null, null,
                    null, "UCDP GED", null, "cut short"));
        }
        new EventIndex(ds).insertUnpublished(rows);

        Corpus restarted = new Corpus(new CorpusStore(ds), new EventIndex(ds));
        assertThat(restarted.count(EventFilter.NONE)).isEqualTo(4);
        assertThat(TestDatabase.importer(ds).discardUnfinished()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_points WHERE dataset_id = ?", Long.class, cut)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM datasets", Long.class)).isOne();
        assertThat(restarted.count(EventFilter.NONE)).isEqualTo(4);
        assertThat(TestDatabase.importer(ds).discardUnfinished()).isZero();
    }

    @Test
    void after_an_ingest_a_correction_and_an_import_the_snapshot_reads_only_what_changed() throws Exception {
        List<String> statements = new ArrayList<>();
        DataSource ds = recording(TestDatabase.open(dir.resolve("data")), statements);
        Path file = dir.resolve("ucdp.csv");
        UcdpSample.synthetic(file, 2_000);
        EventIndex shared = new EventIndex(ds);
        var tx = new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds);
        DatasetImporter importer = new DatasetImporter(ds, shared, tx, TestDatabase.CLOCK, TestDatabase.overlays(ds));
        IngestService ingest = new IngestService(FakeEngine.analyzer(), new CorpusStore(ds), shared, tx, TestDatabase.CLOCK);
        Corrections corrections = new Corrections(ds, shared, tx, TestDatabase.CLOCK,
                (java.util.function.Supplier<org.kharita.geo.NearestPlaces>) TestDatabase::nearestPlaces);
        Corpus corpus = new Corpus(new CorpusStore(ds), shared);
        importer.importFile(file, "tester", p -> { });
        assertThat(corpus.count(EventFilter.NONE)).isEqualTo(2_000);

        statements.clear();
        long article = ingest.ingest(IngestRequest.of("Plekhovo was shelled on Monday. Fighting near Kyiv.",
                LocalDate.of(2024, 8, 14))).articleId();
        assertSameAsAFreshRead(ds, shared, corpus, 2_002);
        corrections.correct(article, 0, Corrections.pin("Plekhovo", 50.93, 34.72), "alice");
        assertSameAsAFreshRead(ds, shared, corpus, 2_002);
        importer.importStream(new java.io.ByteArrayInputStream(UcdpSample.small().getBytes()), 0, "four.csv", "tester", p -> { });
        assertSameAsAFreshRead(ds, shared, corpus, 2_006);
        assertThat(statements).as("the whole table's ids read again").noneMatch(s -> s.contains("SELECT id, dataset_id FROM event_points"));
    }

    private static void assertSameAsAFreshRead(DataSource ds, EventIndex index, Corpus corpus, long events) {
        assertThat(corpus.count(EventFilter.NONE)).isEqualTo(events);
        EventSnapshot incremental = index.snapshot();
        EventSnapshot fresh = new EventIndex(ds).snapshot();
        assertThat(incremental.size()).isEqualTo(events).isEqualTo(fresh.size());
        assertThat(incremental.maxId()).isEqualTo(fresh.maxId());
        EventFilter kursk = EventFilter.NONE.withArea(new org.kharita.geo.BBox(50.5, 34, 52, 36.5));
        assertThat(incremental.count(kursk)).isEqualTo(fresh.count(kursk));
        assertThat(incremental.histogram(EventFilter.NONE)).isEqualTo(fresh.histogram(EventFilter.NONE));
    }

    /** The database, noting the text of every statement prepared on it. */
    static DataSource recording(DataSource real, List<String> statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (p, m, a) -> {
                    Object r = invoke(real, m, a);
                    if (!(r instanceof Connection c)) return r;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (p2, m2, a2) -> {
                                if (m2.getName().startsWith("prepare") && a2 != null && a2[0] instanceof String sql) {
                                    synchronized (statements) {
                                        statements.add(sql);
                                    }
                                }
                                return invoke(c, m2, a2);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
