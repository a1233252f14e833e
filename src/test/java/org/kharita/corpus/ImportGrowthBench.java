package org.kharita.corpus;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How big the embedded database file grows while a large dataset is imported, against its size
 * once the import is done and once the database is closed: a synthetic UCDP file (default 200,000
 * rows) into a new database held open as the app's pool holds it, the file's size sampled every
 * 50 ms. Not a test: run {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.kharita.corpus.ImportGrowthBench [-Dexec.args="ROWS [URL_SETTINGS]"]}, where
 * URL_SETTINGS are H2 settings to try (e.g. ";RETENTION_TIME=0"); the app's own come from
 * {@code spring.datasource.url}.
 */
public final class ImportGrowthBench {
    private ImportGrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String settings = args.length > 1 ? args[1] : "";
        Path dir = Files.createTempDirectory("kharita-growth");
        Path csv = dir.resolve("synthetic.csv");
        UcdpSample.synthetic(csv, rows);
        DataSource ds = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("data/kharita").toAbsolutePath() + settings, "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(size(dir.resolve("data")), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0;
        long afterImport;
        try (Connection held = ds.getConnection()) {
            DatasetImporter importer = new DatasetImporter(ds, new EventIndex(ds), new DataSourceTransactionManager(ds),
                    TestDatabase.CLOCK, new Overlays(ds, new DataSourceTransactionManager(ds), TestDatabase.CLOCK));
            sampler.start();
            t0 = System.nanoTime();
            DatasetImporter.Result r = importer.importFile(csv, "bench", p -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            sampler.interrupt();
            sampler.join();
            afterImport = size(dir.resolve("data"));
            System.out.printf(Locale.ROOT, "%d rows in %.1f s (%s)%n", r.rows(), s, settings.isEmpty() ? "default settings" : settings);
        }
        long closed = size(dir.resolve("data"));
        // What the data needs: the file rewritten without its garbage (H2's close compacts for 200 ms only).
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("SHUTDOWN COMPACT");
        }
        long compact = size(dir.resolve("data"));
        System.out.printf(Locale.ROOT, "CSV %.1f MB; database: peak %.1f MB, after import %.1f MB, after close %.1f MB, "
                        + "compacted %.1f MB; peak / compacted = %.1f%n", Files.size(csv) / 1e6, peak.get() / 1e6,
                afterImport / 1e6, closed / 1e6, compact / 1e6, peak.get() / (double) compact);
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    /** The bytes of every file under a folder (H2's database and its temporary files). */
    public static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file H2 just removed
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
