package org.kharita.ui;

import org.kharita.corpus.Corpus;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.DayCount;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.MapData;
import org.kharita.corpus.SqlFilterOracle;
import org.kharita.corpus.TestCorpus;
import org.kharita.corpus.UcdpSample;
import org.kharita.corpus.Viewport;
import org.kharita.geo.BBox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Server time of a filter change and bytes sent per view, on the real UCDP files in
 * ../shared/events-real plus synthetic UCDP rows up to a total (default 100,000). Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.ui.ViewerBench
 * [-Dexec.args="100000 [sql] [no-pool]"]}.
 *
 * <p>A "filter change" is what MainView.refresh() asks the corpus for: the count (twice: label and
 * list size), the first page of the list, the histogram under the other filters, the timeline's
 * rows when few enough, and the map data for the viewport. The changes are a seeded walk of an
 * analyst's session: dates brushed, types, actors, sources, sentence text, places and regions from
 * the type-ahead, a drawn rectangle, precisions, zoom and pan, and clearing.
 *
 * <p>{@code sql} measures the filters answered by SQL over the table (the viewer before the
 * in-memory snapshot); {@code no-pool} lets the embedded database close between queries, as this
 * benchmark ran before (the app keeps it open through its connection pool).
 */
public final class ViewerBench {
    private static final int CHANGES = 240;
    private static final int WARM_UP = 40;

    /** The corpus reads a filter change makes, answered either way. */
    record Reads(ToLongFunction<EventFilter> count, Page events, Function<EventFilter, List<DayCount>> histogram,
                         BiFunction<EventFilter, Viewport, MapData> map) {
    }

    interface Page {
        List<EventRow> of(EventFilter f, int offset, int limit);
    }

    public static void main(String[] args) throws IOException, SQLException {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Set<String> options = Set.of(args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0]);
        Path dir = Files.createTempDirectory("kharita-bench");
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        Connection pool = options.contains("no-pool") ? null : c.connection();
        long real = load(c, target);

        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedHeap(rt);
        long t0 = System.nanoTime();
        long total = c.corpus().count(EventFilter.NONE);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long heapAfter = usedHeap(rt);
        System.out.printf("events: %d (%d real UCDP and GDELT, %d synthetic)%n", total, real, total - real);
        System.out.printf("first filter (reads the snapshot): %.0f ms; heap held by the snapshot ≈ %.1f MB%n", loadMs,
                (heapAfter - heapBefore) / 1e6);

        Corpus corpus = c.corpus();
        SqlFilterOracle sql = c.sql();
        Reads reads = options.contains("sql") ? new Reads(sql::count, sql::list, sql::histogram, sql::map)
                : snapshotReads(corpus);
        System.out.println(options.contains("sql") ? "path: SQL over event_points (before)" : "path: in-memory snapshot");
        System.out.println(pool == null ? "database closed between queries (no pool)" : "database held open (as by the pool)");

        walk(reads, typeAhead(corpus));

        if (!options.contains("sql")) {
            // a write: the next filter change reads only what changed into a new snapshot
            byte[] csv = UcdpSample.small().getBytes(StandardCharsets.UTF_8);
            c.importer().importUcdp(new ByteArrayInputStream(csv), csv.length, "after-write", "bench", p -> { });
            long t = System.nanoTime();
            long after = corpus.count(EventFilter.NONE);
            System.out.printf("first filter after importing 4 rows: %.0f ms (%d -> %d events)%n",
                    (System.nanoTime() - t) / 1e6, total, after);
        }
        if (pool != null) pool.close();
    }

    /** The place type-ahead's answers to a dozen prefixes, timed: the places and regions the walk then filters by. */
    static List<EventFilter.PlaceChoice> typeAhead(Corpus corpus) {
        List<EventFilter.PlaceChoice> places = new ArrayList<>();
        List<Double> typeAhead = new ArrayList<>();
        for (String prefix : List.of("don", "kh", "al", "id", "lu", "ra", "da", "region 1", "place 12", "ho", "ma", "sa")) {
            long t = System.nanoTime();
            places.addAll(corpus.places(prefix, 20));
            typeAhead.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("place type-ahead: p50 %.0f ms, max %.0f ms%n", pct(typeAhead, 0.5), pct(typeAhead, 1));
        return places;
    }

    /**
     * A seeded walk of {@value #CHANGES} filter changes after {@value #WARM_UP} to warm up, each read as
     * MainView.refresh() reads it; prints server time per change and bytes per view.
     */
    static void walk(Reads reads, List<EventFilter.PlaceChoice> places) {
        Random rnd = new Random(42);
        EventFilter f = EventFilter.NONE;
        Viewport v = Viewport.WORLD;
        List<Double> times = new ArrayList<>();
        List<Integer> mapBytes = new ArrayList<>();
        List<Integer> histogramBytes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Double>[] parts = new List[]{new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};
        int empty = 0;
        long lastCount = -1;
        for (int k = 0; k < WARM_UP + CHANGES; k++) {
            if (rnd.nextInt(4) == 0) v = viewport(rnd);
            else f = change(lastCount == 0 ? EventFilter.NONE : f, rnd, places); // nothing left: start over
            long t = System.nanoTime();
            long n = reads.count().applyAsLong(f);
            reads.count().applyAsLong(f);
            long t1 = System.nanoTime();
            reads.events().of(f, 0, 50);
            if (n <= MainView.TIMELINE_ITEMS) reads.events().of(f, 0, MainView.TIMELINE_ITEMS);
            long t2 = System.nanoTime();
            List<DayCount> h = reads.histogram().apply(f.withoutDates());
            String histogramJson = ClientBatch.toJson(TimeHistogram.bin(h));
            long t3 = System.nanoTime();
            MapData m = reads.map().apply(f, v);
            String mapJson = ClientBatch.toJson(List.of(LeafletMap.dataOp(m)));
            long t4 = System.nanoTime();
            double ms = (t4 - t) / 1e6;
            if (n == 0) empty++;
            lastCount = n;
            if (k >= WARM_UP) { // the first changes warm the JIT and the database's caches
                times.add(ms);
                parts[0].add((t1 - t) / 1e6);
                parts[1].add((t2 - t1) / 1e6);
                parts[2].add((t3 - t2) / 1e6);
                parts[3].add((t4 - t3) / 1e6);
                mapBytes.add(mapJson.getBytes(StandardCharsets.UTF_8).length);
                histogramBytes.add(histogramJson.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        System.out.printf("filter change, server time over %d changes: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                times.size(), pct(times, 0.5), pct(times, 0.95), pct(times, 1));
        System.out.printf("  of which p95: counts %.1f ms, list %.1f ms, histogram %.1f ms, map %.1f ms; %d of %d changes matched nothing%n",
                pct(parts[0], 0.95), pct(parts[1], 0.95), pct(parts[2], 0.95), pct(parts[3], 0.95), empty, WARM_UP + CHANGES);
        System.out.printf("map payload per view: p50 %.0f B, p95 %.0f B, max %.0f B%n", pct(mapBytes, 0.5),
                pct(mapBytes, 0.95), pct(mapBytes, 1));
        System.out.printf("histogram payload per view: p50 %.0f B, p95 %.0f B, max %.0f B%n", pct(histogramBytes, 0.5),
                pct(histogramBytes, 0.95), pct(histogramBytes, 1));
    }

    /** The reads answered from the in-memory snapshot, as the viewer answers them. */
    static Reads snapshotReads(Corpus corpus) {
        return new Reads(corpus::count, corpus::events, corpus::histogram, corpus::map);
    }

    private static long load(TestCorpus c, int target) throws IOException {
        long real = 0;
        Path shared = Path.of("../shared/events-real");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> s = Files.list(shared)) {
                // every real dataset there: UCDP CSV and GeoJSON, GDELT
                for (Path f : s.filter(DatasetImporter::importable).sorted().toList()) {
                    long t = System.nanoTime();
                    DatasetImporter.Result r = c.importer().importFile(f, "bench", p -> { });
                    if (!r.overlay()) real += r.rows();
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
        return real;
    }

    private static final String[] TYPES = {"battle", "attack_on_civilians", "one_sided_violence", "shelling"};
    private static final String[] ACTORS = {"government", "ukraine", "russia", "side 1", "isis", "syria", "dpr", "cartel"};
    private static final String[] SOURCES = {"reuters", "afp", "office", "bbc", "wire"};
    private static final String[] TEXTS = {"killed", "shelling", "village", "drone", "synthetic event 12", "civilians",
            "army", "clash"};

    /** One step of an analyst's session: change one part of the filter, now and then clear it all. */
    static EventFilter change(EventFilter f, Random rnd, List<EventFilter.PlaceChoice> places) {
        return switch (rnd.nextInt(10)) {
            case 0 -> {
                LocalDate from = LocalDate.of(1990 + rnd.nextInt(34), 1 + rnd.nextInt(12), 1);
                yield f.withDates(from, from.plusDays(7 + rnd.nextInt(rnd.nextBoolean() ? 60 : 1500)));
            }
            case 1 -> f.withDates(null, null);
            case 2 -> new EventFilter(f.from(), f.to(), rnd.nextBoolean() ? Set.of() : Set.of(pick(rnd, TYPES)), f.actor(),
                    f.source(), f.precisions(), f.text(), f.place(), f.area());
            case 3 -> new EventFilter(f.from(), f.to(), f.types(), f.actor() == null ? pick(rnd, ACTORS) : null, f.source(),
                    f.precisions(), f.text(), f.place(), f.area());
            case 4 -> new EventFilter(f.from(), f.to(), f.types(), f.actor(), f.source() == null ? pick(rnd, SOURCES) : null,
                    f.precisions(), f.text(), f.place(), f.area());
            case 5 -> new EventFilter(f.from(), f.to(), f.types(), f.actor(), f.source(), f.precisions(),
                    f.text() == null ? pick(rnd, TEXTS) : null, f.place(), f.area());
            case 6 -> f.withPlace(f.place() != null || places.isEmpty() ? null : places.get(rnd.nextInt(places.size())));
            case 7 -> {
                double lat = 10 + rnd.nextDouble() * 45, lon = 20 + rnd.nextDouble() * 30;
                yield f.withArea(f.area() != null ? null : new BBox(lat, lon, lat + 1 + rnd.nextDouble() * 5,
                        lon + 1 + rnd.nextDouble() * 5));
            }
            case 8 -> {
                Set<Integer> p = new HashSet<>();
                if (rnd.nextBoolean()) p.add(1 + rnd.nextInt(4));
                yield new EventFilter(f.from(), f.to(), f.types(), f.actor(), f.source(), p, f.text(), f.place(), f.area());
            }
            default -> EventFilter.NONE;
        };
    }

    /** A zoom from the world (2) to a town (12), centred on the data's regions. */
    static Viewport viewport(Random rnd) {
        int zoom = 2 + rnd.nextInt(11);
        if (zoom <= 2) return Viewport.WORLD;
        double[][] centres = {{48, 37}, {36, 38}, {20, 96}, {23, -102}, {50.5, 35.5}};
        double[] at = centres[rnd.nextInt(centres.length)];
        double halfLon = 180 / Math.pow(2, zoom - 1) * 1.5, halfLat = halfLon * 0.6;
        return new Viewport(at[0] - halfLat, at[1] - halfLon, at[0] + halfLat, at[1] + halfLon, zoom);
    }

    private static <T> T pick(Random rnd, T[] pool) {
        return pool[rnd.nextInt(pool.length)];
    }

    static double pct(List<? extends Number> values, double p) {
        double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return v[Math.min(v.length - 1, (int) (v.length * p))];
    }

    static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
