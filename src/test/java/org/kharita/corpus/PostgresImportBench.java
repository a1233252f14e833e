package org.kharita.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Import speed into PostgreSQL (COPY, {@link EventCopy}): every importable file of ../shared/events-real
 * and a synthetic UCDP file of N rows ({@link UcdpSample#synthetic}), each into a new database, after one
 * warm-up import. "copied" is the time to the importer's last progress report, when every row is in the
 * table (hash, detection, parsing, mapping, COPY); "total" adds the fusion of the new rows and the commit;
 * "app CPU" is the importing thread's CPU time (the rest of "total" is the server's work and waiting for a
 * core), the heap peak the sum of the heap pools' peaks during the import (young garbage included).
 * Not a test: needs the server of {@link PostgresTestDatabase}; run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.corpus.PostgresImportBench
 * [-Dexec.args="ROWS [DIR]"]} (default 1000000 rows, ../shared/events-real).
 */
public final class PostgresImportBench {
    private PostgresImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "../shared/events-real");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(DatasetImporter::importable).filter(f -> !f.getFileName().toString().contains("deepstate"))
                        .sorted().forEach(files::add);
            }
        }
        Path tmp = Files.createTempDirectory("pg-import-bench");
        Path big = tmp.resolve("synthetic-ucdp-" + synthetic + ".csv");
        UcdpSample.synthetic(big, synthetic);
        files.add(big);
        TestDatabase.usePostgres(true);
        try {
            TestCorpus.open(tmp.resolve("warm-up"), FakeEngine.analyzer()).importText(UcdpSample.small(), "warm-up");
            System.out.printf(Locale.ROOT, "%-48s %9s %8s %9s %10s %9s %10s%n", "file", "rows", "skipped", "copied s",
                    "rows/s", "total s", "rows/s");
            int n = 0;
            for (Path f : files) {
                DatasetImporter importer = TestCorpus.open(tmp.resolve("db" + n++), FakeEngine.analyzer()).importer();
                long t0 = System.nanoTime();
                // the first report of the final count: the report after the commit repeats it
                long[] lastProgress = {t0, -1};
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
                long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                DatasetImporter.Result r = importer.importFile(f, "bench", p -> {
                    if (p.rows() > lastProgress[1]) {
                        lastProgress[0] = System.nanoTime();
                        lastProgress[1] = p.rows();
                    }
                });
                long t1 = System.nanoTime();
                double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
                long peak = 0;
                for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
                }
                double copied = (lastProgress[0] - t0) / 1e9, total = (t1 - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%-48s %9d %8d %9.2f %10.0f %9.2f %10.0f   app CPU %.1f s, heap peak %d MB%n",
                        f.getFileName(), r.rows(), r.skipped(), copied, r.rows() / copied, total, r.rows() / total, cpu, peak >> 20);
                PostgresTestDatabase.dropCreated();
            }
        } finally {
            TestDatabase.usePostgres(false);
            PostgresTestDatabase.dropCreated();
            Files.deleteIfExists(big);
        }
    }
}
