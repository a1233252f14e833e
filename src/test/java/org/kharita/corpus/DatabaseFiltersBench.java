package org.kharita.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Server time per viewer request when the database answers ({@code kharita.viewer.snapshot=false}) against the
 * in-memory snapshot, on N generated rows (the property tests' generator: NULLs, intervals, areas, shared
 * coordinates) in one database: p50 and p95 over 40 random filters of count, histogram, a list page, and the map at
 * world, country and city zoom; then the snapshot's first build and the same requests from it (skipped with
 * {@code db-only}: on this generator's dense shared coordinates the fusion of a million rows takes many minutes).
 * Not a test; run with the test class path (see the README):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.kharita.corpus.DatabaseFiltersBench [ROWS [pg|h2 [db-only]]]}
 * (default 1000000 rows on the PostgreSQL server of {@link PostgresTestDatabase}).
 */
public final class DatabaseFiltersBench {
    private DatabaseFiltersBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean postgres = !(args.length > 1 && args[1].equals("h2"));
        Path tmp = Files.createTempDirectory("db-filters-bench");
        TestDatabase.usePostgres(postgres);
        try {
            var ds = TestDatabase.open(tmp.resolve("db"));
            EventIndex writer = new EventIndex(ds);
            Random rnd = new Random(7);
            long t0 = System.nanoTime();
            for (int done = 0; done < n; ) {
                List<EventRow> chunk = new ArrayList<>();
                for (int k = 0; k < 10_000 && done < n; k++, done++) chunk.add(EventSnapshotTest.randomRow(rnd));
                writer.insertUnpublished(chunk);
            }
            System.out.printf(Locale.ROOT, "%s, %,d rows written in %.1f s%n", postgres ? "PostgreSQL" : "H2", n,
                    (System.nanoTime() - t0) / 1e9);
            if (postgres) new org.springframework.jdbc.core.JdbcTemplate(ds).execute("ANALYZE event_points");

            List<EventFilter> filters = new ArrayList<>();
            Random f = new Random(11);
            for (int k = 0; k < 40; k++) filters.add(EventSnapshotTest.randomFilter(f).withReports(true));
            EventIndex database = new EventIndex(ds, new FusionStore(ds, TestDatabase.CLOCK), StoreChanges.none(), false);
            System.out.printf(Locale.ROOT, "database answers, %s; heap used after GC %d MB%n", postgres ? "PostgreSQL" : "H2", heapAfterGc());
            report(filters, database);
            if (args.length > 2 && args[2].equals("db-only")) return;
            EventIndex memory = new EventIndex(ds, new FusionStore(ds, TestDatabase.CLOCK), StoreChanges.none(), true);
            long t1 = System.nanoTime();
            memory.warm();
            System.out.printf(Locale.ROOT, "snapshot answers; first build (with fusion) %.1f s; heap used after GC %d MB%n",
                    (System.nanoTime() - t1) / 1e9, heapAfterGc());
            report(filters, memory);
        } finally {
            TestDatabase.usePostgres(false);
            PostgresTestDatabase.dropCreated();
        }
    }

    private static void report(List<EventFilter> filters, EventIndex index) {
        System.out.printf(Locale.ROOT, "  %-22s %9s %9s%n", "request (40 filters)", "p50 ms", "p95 ms");
        time("count", filters, index::count);
        time("histogram", filters, index::histogram);
        time("list page (50)", filters, g -> index.list(g, 0, 50));
        time("map world z2", filters, g -> index.map(g, Viewport.WORLD));
        time("map country z6", filters, g -> index.map(g, new Viewport(44, 28, 53, 42, 6)));
        time("map city z9", filters, g -> index.map(g, new Viewport(46.5, 34.5, 49.5, 37.5, 9)));
    }

    private static void time(String what, List<EventFilter> filters, Function<EventFilter, Object> request) {
        double[] ms = times(filters, request);
        System.out.printf(Locale.ROOT, "  %-22s %9.1f %9.1f%n", what, ms[0], ms[1]);
    }

    /** p50 and p95 in ms, after one untimed pass (plans cached, JIT warm). */
    private static double[] times(List<EventFilter> filters, Function<EventFilter, Object> request) {
        filters.forEach(request::apply);
        double[] ms = new double[filters.size()];
        for (int k = 0; k < ms.length; k++) {
            long t = System.nanoTime();
            request.apply(filters.get(k));
            ms[k] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
