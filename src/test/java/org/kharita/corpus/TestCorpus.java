package org.kharita.corpus;

import org.kharita.extract.ArticleAnalyzer;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;

/** A corpus on a temp directory with a given engine, for tests outside this package (the views). */
public final class TestCorpus {
    private final Corpus corpus;
    private final IngestService ingest;
    private final DatasetImporter importer;
    private final Corrections corrections;
    private final DataSource ds;

    private TestCorpus(DataSource ds, ArticleAnalyzer analyzer) {
        this.ds = ds;
        this.corpus = new Corpus(new CorpusStore(ds), new EventIndex(ds));
        this.ingest = TestDatabase.ingest(ds, analyzer);
        this.importer = TestDatabase.importer(ds);
        this.corrections = TestDatabase.corrections(ds);
    }

    private TestCorpus(DataSource ds, ArticleAnalyzer analyzer, EventIndex shared) {
        this.ds = ds;
        this.corpus = new Corpus(new CorpusStore(ds), shared);
        this.ingest = new IngestService(analyzer, new CorpusStore(ds), shared, new DataSourceTransactionManager(ds), TestDatabase.CLOCK);
        this.importer = new DatasetImporter(ds, shared, new DataSourceTransactionManager(ds), TestDatabase.CLOCK,
                TestDatabase.overlays(ds));
        this.corrections = new Corrections(ds, shared, new DataSourceTransactionManager(ds), TestDatabase.CLOCK,
                (java.util.function.Supplier<org.kharita.geo.NearestPlaces>) TestDatabase::nearestPlaces);
    }

    /** Each service with its own index of the events, as if written by other processes: each sees the others' writes. */
    public static TestCorpus open(Path dataDir, ArticleAnalyzer analyzer) {
        return new TestCorpus(TestDatabase.open(dataDir), analyzer);
    }

    /** The services sharing one index of the events and one fusion, as the app wires them. */
    public static TestCorpus openAsTheApp(Path dataDir, ArticleAnalyzer analyzer) {
        DataSource ds = TestDatabase.open(dataDir);
        return new TestCorpus(ds, analyzer, new EventIndex(ds));
    }

    /** The services sharing the given index, as the app wires them, on a database already open. */
    static TestCorpus sharing(DataSource ds, ArticleAnalyzer analyzer, EventIndex index) {
        return new TestCorpus(ds, analyzer, index);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Corrections corrections() {
        return corrections;
    }

    public DatasetImporter importer() {
        return importer;
    }

    /** Imports a file's text as the upload dialog does, as analyst "tester". */
    public DatasetImporter.Result importText(String text, String name) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return importer.importStream(new java.io.ByteArrayInputStream(bytes), bytes.length, name, "tester", p -> { });
    }

    public Overlays overlays() {
        return TestDatabase.overlays(ds);
    }

    public IngestService ingest() {
        return ingest;
    }

    /** The filters answered by SQL over the table, as before the in-memory snapshot. */
    public SqlFilterOracle sql() {
        return new SqlFilterOracle(ds);
    }

    /**
     * A connection to hold open: the embedded database then stays open between queries, as the
     * app's connection pool keeps it (without one, H2 closes the file after every query).
     */
    public java.sql.Connection connection() throws java.sql.SQLException {
        return ds.getConnection();
    }
}
