package org.kharita.ui;

import org.kharita.corpus.Corpus;
import org.kharita.corpus.Corrections;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.ImportGrowthBench;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.TestCorpus;
import org.kharita.corpus.UcdpSample;
import org.kharita.geo.Place;
import org.kharita.geo.index.DefaultGazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded store at scale: a synthetic UCDP GED file of ROWS events (default 1,000,000) at real
 * settlements of the conflict countries' (the default gazetteer's populated places there) and dates from
 * 2014 to 2025, imported as an analyst imports one, then the viewer's reads over it. Prints the import's
 * time and rows/s, the H2 file's peak during the import (sampled every 50 ms), its size after the import,
 * after close and once rewritten ({@code SHUTDOWN COMPACT}), the heap after GC, the snapshot's first build
 * (the fusion of every row included) and its re-reads after small writes, and {@link ViewerBench}'s walk
 * of filter changes: server time p50/p95 and bytes per view. Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.ui.ScaleBench
 * -Dexec.args="1000000 [DIR]"} (DIR, default a temp folder, must hold about 1 GB per million rows).
 */
public final class ScaleBench {
    /** The UCDP GED countries the shared datasets cover, and Russia and Ukraine's war. */
    private static final Set<String> CONFLICT_COUNTRIES = Set.of("UA", "RU", "SY", "IQ", "YE", "SD", "SS", "MM", "AF",
            "SO", "ML", "BF", "NG", "CD", "ET", "LY", "LB", "IL", "PS", "MX", "CF");
    private static final String[][] SIDES = {{"Government of Russia", "Government of Ukraine"},
            {"Government of Syria", "Syrian insurgents"}, {"IS", "Civilians"}, {"RSF", "Government of Sudan"},
            {"Government of Myanmar", "PDF"}, {"Sinaloa Cartel", "Jalisco Cartel New Generation"}};
    private static final String[] WHAT = {"Shelling", "Clashes", "Drone strike", "Air strike", "Attack on a village",
            "Fighting"};

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("kharita-scale");
        Path csv = dir.resolve("synthetic-" + rows + ".csv");
        long t = System.nanoTime();
        int places = write(csv, rows);
        System.out.printf(Locale.ROOT, "wrote %s: %d rows at %d settlements, %.0f MB, in %.0f s%n", csv.getFileName(), rows,
                places, Files.size(csv) / 1e6, secondsSince(t));

        Path data = dir.resolve("data");
        TestCorpus c = TestCorpus.openAsTheApp(data, FakeEngine.analyzer());
        Runtime rt = Runtime.getRuntime();
        long peak;
        try (Connection held = c.connection()) {
            AtomicLong biggest = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    biggest.accumulateAndGet(ImportGrowthBench.size(data), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            t = System.nanoTime();
            DatasetImporter.Result r = c.importer().importFile(csv, "bench", p -> { });
            double s = secondsSince(t);
            sampler.interrupt();
            sampler.join();
            peak = Math.max(biggest.get(), ImportGrowthBench.size(data));
            System.out.printf(Locale.ROOT, "import: %d rows in %.0f s, %.0f rows/s; H2 file peak %.0f MB, after the import %.0f MB%n",
                    r.rows(), s, r.rows() / s, peak / 1e6, ImportGrowthBench.size(data) / 1e6);

            long heapBefore = ViewerBench.usedHeap(rt);
            Corpus corpus = c.corpus();
            t = System.nanoTime();
            long total = corpus.count(EventFilter.NONE);
            System.out.printf(Locale.ROOT, "snapshot first build (fusing every row included): %.2f s for %d events%n",
                    secondsSince(t), total);
            long heapAfter = ViewerBench.usedHeap(rt);
            System.out.printf(Locale.ROOT, "heap after GC: %.0f MB (snapshot and fusion %.0f MB)%n", heapAfter / 1e6,
                    (heapAfter - heapBefore) / 1e6);

            ViewerBench.walk(ViewerBench.snapshotReads(corpus), ViewerBench.typeAhead(corpus));

            long article = c.ingest().ingest(IngestRequest.of("Plekhovo was shelled on Monday. Fighting near Kyiv.",
                    LocalDate.of(2024, 8, 14))).articleId();
            timeNextRead(corpus, "an article ingested");
            c.corrections().correct(article, 0, Corrections.pin("Plekhovo", 51.10, 35.33), "bench");
            timeNextRead(corpus, "a correction");
            c.importText(UcdpSample.small(), "four-rows.csv");
            timeNextRead(corpus, "a 4-row dataset imported");
        }
        long closed = ImportGrowthBench.size(data);
        try (Connection again = c.connection()) {
            again.createStatement().execute("SHUTDOWN COMPACT");
        }
        long compacted = ImportGrowthBench.size(data);
        System.out.printf(Locale.ROOT, "H2 file after close %.0f MB, rewritten (SHUTDOWN COMPACT) %.0f MB; peak / after close %.1f,"
                + " peak / rewritten %.1f%n", closed / 1e6, compacted / 1e6, peak / (double) closed, peak / (double) compacted);
        System.out.println("data left in " + dir);
    }

    private static void timeNextRead(Corpus corpus, String after) {
        long t = System.nanoTime();
        long n = corpus.count(EventFilter.NONE);
        System.out.printf(Locale.ROOT, "snapshot re-read after %s: %.0f ms (%d events)%n", after, (System.nanoTime() - t) / 1e6, n);
    }

    /** The rows, each at a settlement of a conflict country; returns how many settlements. */
    private static int write(Path csv, int rows) throws IOException {
        List<Place> settlements = DefaultGazetteer.load().places().stream()
                .filter(p -> p.featureClass() == 'P' && CONFLICT_COUNTRIES.contains(p.country())).toList();
        Random rnd = new Random(2014);
        LocalDate first = LocalDate.of(2014, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write(UcdpSample.HEADER);
            for (int i = 1; i <= rows; i++) {
                Place p = settlements.get(rnd.nextInt(settlements.size()));
                String[] sides = SIDES[rnd.nextInt(SIDES.length)];
                LocalDate start = first.plusDays(rnd.nextInt(days));
                int datePrec = rnd.nextInt(20) == 0 ? 4 : 1; // a month now and then
                LocalDate end = datePrec == 4 ? start.withDayOfMonth(start.lengthOfMonth()) : start;
                if (datePrec == 4) start = start.withDayOfMonth(1);
                int where = 1 + Math.min(6, (int) Math.abs(rnd.nextGaussian() * 2)); // mostly the place itself
                String country = new Locale("", p.country()).getDisplayCountry(Locale.ENGLISH);
                w.write(UcdpSample.row(i, 1 + rnd.nextInt(3), sides[0], sides[1],
                        WHAT[rnd.nextInt(WHAT.length)] + " near " + p.name() + ", " + rnd.nextInt(20) + " killed", where,
                        p.name(), p.admin1() == null ? "" : p.admin1(), p.lat(), p.lon(), country, datePrec, start.toString(),
                        end.toString(), rnd.nextInt(20)));
            }
        }
        return settlements.size();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
