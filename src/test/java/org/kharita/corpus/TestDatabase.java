package org.kharita.corpus;

import org.flywaydb.core.Flyway;
import org.kharita.geo.NearestPlaces;
import org.kharita.geo.index.DefaultGazetteer;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The embedded file database the app uses, opened on a temp directory, migrated as at startup. */
final class TestDatabase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-25T08:00:00Z"), ZoneOffset.UTC);

    private TestDatabase() {
    }

    /** Set by {@link OnPostgres} around each test of a class that runs the corpus tests on PostgreSQL. */
    private static volatile boolean postgres;

    static void usePostgres(boolean on) {
        postgres = on;
    }

    /** The database of this data folder: H2's file in it, or (under {@link OnPostgres}) a PostgreSQL database of its own. */
    static DataSource open(Path dataDir) {
        return postgres ? PostgresTestDatabase.open(dataDir) : openH2(dataDir);
    }

    private static DataSource openH2(Path dataDir) {
        // Kept open until the JVM ends, as the app's pool keeps it: without a held connection H2 closes the file
        // after every query, and on a loaded machine a query opening it while the last close was still writing
        // saw the file as it was before the late migrations ("Table OVERLAY_SHAPES not found" in MainViewTest).
        DataSource ds = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dataDir.resolve("kharita").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        hold(ds);
        return ds;
    }

    /**
     * One connection held open for the test JVM, as the app's pool holds one: without it H2 closes the file
     * with every query's connection and opens it again for the next, and a query right after the
     * migrations has been seen to miss the newest table (fusion_decisions) under load.
     */
    private static final java.util.List<java.sql.Connection> HELD = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private static void hold(DataSource ds) {
        try {
            HELD.add(ds.getConnection());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static IngestService ingest(DataSource ds, org.kharita.extract.ArticleAnalyzer analyzer) {
        return ingest(new CorpusStore(ds), ds, analyzer);
    }

    static IngestService ingest(CorpusStore store, DataSource ds, org.kharita.extract.ArticleAnalyzer analyzer) {
        return new IngestService(analyzer, store, new EventIndex(ds), new DataSourceTransactionManager(ds), CLOCK);
    }

    static DatasetImporter importer(DataSource ds) {
        return new DatasetImporter(ds, new EventIndex(ds), new DataSourceTransactionManager(ds), CLOCK, overlays(ds));
    }

    /** The default gazetteer's settlements, indexed once per test JVM and only if a test drops a pin. */
    static NearestPlaces nearestPlaces() {
        return NearestHolder.INSTANCE;
    }

    private static final class NearestHolder {
        static final NearestPlaces INSTANCE = NearestPlaces.of(DefaultGazetteer.load().places());
    }

    static Corrections corrections(DataSource ds) {
        return new Corrections(ds, new EventIndex(ds), new DataSourceTransactionManager(ds), CLOCK,
                (java.util.function.Supplier<NearestPlaces>) TestDatabase::nearestPlaces);
    }

    static Overlays overlays(DataSource ds) {
        return new Overlays(ds, new DataSourceTransactionManager(ds), CLOCK);
    }
}
