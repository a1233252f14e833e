package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.Place;
import org.kharita.geo.index.DefaultGazetteer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The viewer's snapshot over a big table, apart from how the table was filled: ROWS dataset rows shaped as
 * {@code ui.ScaleBench}'s (real settlements of the conflict countries, 2014-2025) are written straight
 * into event_points (no import, no fusion), then a fresh index builds its snapshot twice (cold, then a
 * second fresh index with the JIT warm; the fusion of every row included), then the
 * re-read after an article ingest, a correction and a 4-row import. Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.corpus.SnapshotBench
 * -Dexec.args="ROWS [DIR [postgres]]"}. On H2 a DIR already holding ROWS rows is reused.
 */
public final class SnapshotBench {
    private static final Set<String> CONFLICT_COUNTRIES = Set.of("UA", "RU", "SY", "IQ", "YE", "SD", "SS", "MM", "AF",
            "SO", "ML", "BF", "NG", "CD", "ET", "LY", "LB", "IL", "PS", "MX", "CF");
    private static final String[][] SIDES = {{"Government of Russia", "Government of Ukraine"},
            {"Government of Syria", "Syrian insurgents"}, {"IS", "Civilians"}, {"RSF", "Government of Sudan"}};
    private static final String[] TYPES = {"battle", "attack_on_civilians", "shelling"};

    private SnapshotBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("kharita-snapshot");
        boolean postgres = args.length > 2 && args[2].equals("postgres");
        TestDatabase.usePostgres(postgres);
        try {
            run(rows, dir);
        } finally {
            if (postgres) PostgresTestDatabase.dropCreated();
        }
    }

    private static void run(int rows, Path dir) throws Exception {
        DataSource ds = TestDatabase.open(dir.resolve("data"));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        long held = jdbc.queryForObject("SELECT COUNT(*) FROM event_points", Long.class);
        if (held < rows) {
            Clocks t = new Clocks();
            fill(ds, rows);
            System.out.printf(Locale.ROOT, "wrote %d rows: %s%n", rows, t.since());
        }
        for (String run : List.of("cold", "warm")) {
            EventIndex index = new EventIndex(ds);
            Clocks t = new Clocks();
            int n = index.snapshot().size();
            System.out.printf(Locale.ROOT, "snapshot first build (%s, the fusion of every row included): %s for %d rows%n",
                    run, t.since(), n);
        }
        EventIndex index = new EventIndex(ds);
        TestCorpus c = TestCorpus.sharing(ds, FakeEngine.analyzer(), index);
        c.corpus().count(EventFilter.NONE);
        // new text and rows on every run: a store reused from an earlier run would take the same ones as duplicates
        long run = System.currentTimeMillis();
        long article = c.ingest().ingest(IngestRequest.of("Plekhovo was shelled on Monday. Fighting near Kyiv. Bench run "
                + run + ".", LocalDate.of(2024, 8, 14))).articleId();
        timeNextRead(c.corpus(), "an article ingested");
        c.corrections().correct(article, 0, Corrections.pin("Plekhovo", 51.10, 35.33), "bench");
        timeNextRead(c.corpus(), "a correction");
        StringBuilder rows4 = new StringBuilder(UcdpSample.HEADER);
        for (int k = 0; k < 4; k++) {
            int id = (int) (run % 100_000_000) * 4 + k;
            rows4.append(UcdpSample.row(id, 1, "Government of Russia", "Government of Ukraine", "Shelling near Sudzha", 1,
                    "Sudzha", "Kursk oblast", 51.19, 35.27, "Russia", 1, "2024-08-10", "2024-08-10", k));
        }
        c.importText(rows4.toString(), "four-rows-" + run + ".csv");
        timeNextRead(c.corpus(), "a 4-row dataset imported");
    }

    private static void timeNextRead(Corpus corpus, String after) {
        Clocks t = new Clocks();
        long n = corpus.count(EventFilter.NONE.withReports(true));
        System.out.printf(Locale.ROOT, "snapshot re-read after %s: %s (%d reports)%n", after, t.since(), n);
    }

    /**
     * Wall time, this thread's CPU time and the collectors' time: on a machine other jobs load, the wall
     * time is theirs as much as ours, the CPU time is the work done.
     */
    private record Clocks(long wall, long cpu, long gc) {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

        Clocks() {
            this(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), gcMillis());
        }

        String since() {
            return until(new Clocks());
        }

        String until(Clocks later) {
            return String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU, %.2f s GC", (later.wall - wall) / 1e9,
                    (later.cpu - cpu) / 1e9, (later.gc - gc) / 1e3);
        }

        private static long gcMillis() {
            long sum = 0;
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
            return sum;
        }
    }

    /** One complete dataset of the rows, written in transactions of 20,000 as an import's chunks are. */
    private static void fill(DataSource ds, int rows) {
        List<Place> settlements = DefaultGazetteer.load().places().stream()
                .filter(p -> p.featureClass() == 'P' && CONFLICT_COUNTRIES.contains(p.country())).toList();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO datasets (name, format, content_hash, row_count, imported_at, imported_by, complete)"
                + " VALUES ('bench', 'ucdp-csv', ?, ?, CURRENT_TIMESTAMP, 'bench', TRUE)", "bench-" + rows, rows);
        long dataset = jdbc.queryForObject("SELECT MAX(id) FROM datasets", Long.class);
        EventIndex index = new EventIndex(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Random rnd = new Random(2014);
        LocalDate first = LocalDate.of(2014, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        List<EventRow> chunk = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            Place p = settlements.get(rnd.nextInt(settlements.size()));
            String[] sides = SIDES[rnd.nextInt(SIDES.length)];
            LocalDate start = first.plusDays(rnd.nextInt(days));
            LocalDate end = start;
            DatePrecision datePrecision = DatePrecision.DAY;
            if (rnd.nextInt(20) == 0) { // a month now and then
                datePrecision = DatePrecision.MONTH;
                start = start.withDayOfMonth(1);
                end = start.withDayOfMonth(start.lengthOfMonth());
            }
            // UCDP's where_prec as ScaleBench draws it, mapped as the importer maps it
            int precision = switch (1 + Math.min(6, (int) Math.abs(rnd.nextGaussian() * 2))) {
                case 1 -> 1;
                case 4 -> 3;
                case 6, 7 -> 4;
                default -> 2;
            };
            String text = "Fighting near " + p.name() + ", " + rnd.nextInt(20) + " killed";
            EventRow r = new EventRow(0, null, null, null, null, dataset, "r" + i, TYPES[rnd.nextInt(TYPES.length)], start,
                    end, datePrecision, p.name(), p.country(), null, p.admin1(), p.lat(), p.lon(), null, precision, sides[0], sides[1],
                    null, null, "UCDP GED", rnd.nextInt(20), text);
            chunk.add(r);
            if (chunk.size() == 20_000 || i == rows) {
                List<EventRow> write = List.copyOf(chunk);
                tx.executeWithoutResult(s -> index.insertUnpublished(write));
                chunk.clear();
            }
        }
    }
}
