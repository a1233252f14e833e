package org.kharita.ui;

import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.DayCount;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.MapData;
import org.kharita.corpus.TestCorpus;
import org.kharita.corpus.UcdpSample;
import org.kharita.corpus.Viewport;
import org.kharita.geo.BBox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Server time of a filter change and bytes sent per view, on the real UCDP files in
 * ../shared/events-real plus synthetic UCDP rows up to a total (default 100,000). Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.ui.ViewerBench [-Dexec.args=100000]}.
 *
 * <p>A "filter change" is what MainView.refresh() asks the corpus for: the count, the first page of
 * the list, the histogram under the other filters, and the map data for the viewport.
 */
public final class ViewerBench {
    public static void main(String[] args) throws IOException {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("kharita-bench");
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        long real = 0;
        Path shared = Path.of("../shared/events-real");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> s = Files.list(shared)) {
                for (Path f : s.filter(p -> p.getFileName().toString().matches("ucdp_ged.*\\.csv")).sorted().toList()) {
                    long t = System.nanoTime();
                    DatasetImporter.Result r = c.importer().importUcdp(f, "bench", p -> { });
                    real += r.rows();
                    System.out.printf("imported %s: %d rows in %.1f s%n", f.getFileName(), r.rows(), (System.nanoTime() - t) / 1e9);
                }
            }
        }
        long synthetic = Math.max(0, target - real);
        Random rnd = new Random(42);
        for (long done = 0; done < synthetic; ) {
            int n = (int) Math.min(20_000, synthetic - done);
            StringBuilder csv = new StringBuilder(UcdpSample.HEADER);
            for (int i = 0; i < n; i++) {
                LocalDate d = LocalDate.of(2014, 1, 1).plusDays(rnd.nextInt(3650));
                csv.append(UcdpSample.row(1_000_000 + (int) done + i, 1 + rnd.nextInt(3), "Side " + rnd.nextInt(30),
                        "Side " + rnd.nextInt(30), "Synthetic event " + rnd.nextInt(100_000), 1 + rnd.nextInt(6),
                        "Place " + rnd.nextInt(2000), "Region " + rnd.nextInt(40), 44 + rnd.nextDouble() * 8,
                        30 + rnd.nextDouble() * 10, "Ukraine", 1, d.toString(), d.toString(), rnd.nextInt(5)));
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            c.importer().importUcdp(new ByteArrayInputStream(bytes), bytes.length, "synthetic-" + done, "bench", p -> { });
            done += n;
        }
        long total = c.corpus().count(EventFilter.NONE);
        System.out.printf("events: %d (%d real UCDP, %d synthetic)%n", total, real, total - real);

        List<EventFilter> filters = List.of(EventFilter.NONE,
                EventFilter.NONE.withDates(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
                new EventFilter(null, null, Set.of("attack_on_civilians"), null, null, Set.of(), null, null, null),
                new EventFilter(null, null, Set.of(), "government", null, Set.of(1), null, null, null),
                new EventFilter(null, null, Set.of(), null, null, Set.of(), "killed", null, null),
                EventFilter.NONE.withPlace(new EventFilter.PlaceChoice(true, "Donetsk oblast", null, null, 0)),
                EventFilter.NONE.withArea(new BBox(47, 36, 49, 39)).withDates(LocalDate.of(2014, 6, 1), LocalDate.of(2015, 6, 1)));
        List<Viewport> views = List.of(Viewport.WORLD, new Viewport(44, 28, 53, 42, 6), new Viewport(47.9, 37.6, 48.2, 38.0, 12));
        List<Double> times = new ArrayList<>();
        List<Integer> bytes = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (EventFilter f : filters) {
                for (Viewport v : views) {
                    long t = System.nanoTime();
                    c.corpus().count(f);
                    long t1 = System.nanoTime();
                    c.corpus().events(f, 0, 50);
                    long t2 = System.nanoTime();
                    List<DayCount> h = c.corpus().histogram(f.withoutDates());
                    TimeHistogram.bin(h);
                    long t3 = System.nanoTime();
                    MapData m = c.corpus().map(f, v);
                    if (round == 5 && v == Viewport.WORLD) {
                        System.out.printf("  count %.0f ms, list %.0f ms, histogram %.0f ms, map %.0f ms%n", (t1 - t) / 1e6,
                                (t2 - t1) / 1e6, (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6);
                    }
                    String payload = ClientBatch.toJson(List.of(LeafletMap.dataOp(m)));
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (round > 0) { // the first round warms the JIT and H2's caches
                        times.add(ms);
                        bytes.add(payload.getBytes(StandardCharsets.UTF_8).length);
                    }
                }
            }
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int[] b = bytes.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf("filter change, server time over %d changes: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                t.length, t[t.length / 2], t[(int) (t.length * 0.95)], t[t.length - 1]);
        System.out.printf("map payload per view: p50 %d B, p95 %d B, max %d B%n", b[b.length / 2],
                b[(int) (b.length * 0.95)], b[b.length - 1]);
    }
}
