package org.kharita.geo;

import org.kharita.geo.index.DefaultGazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Build time of the dropped-pin index over the default gazetteer and the time of one lookup, at
 * random points over the land where the corpus's events are (Eastern Europe and the Middle East)
 * and at random points anywhere (mostly sea: the empty answer). Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.geo.NearestPlacesBench}.
 */
public final class NearestPlacesBench {
    private static final int LOOKUPS = 200_000;

    public static void main(String[] args) {
        List<Place> places = DefaultGazetteer.load().places();
        long t0 = System.nanoTime();
        NearestPlaces index = NearestPlaces.of(places);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("index: %,d settlements of %,d places, built in %.0f ms%n", index.size(), places.size(), buildMs);
        run(index, "theatres (29-56 N, 22-50 E)", r -> new double[]{29 + 27 * r.nextDouble(), 22 + 28 * r.nextDouble()});
        run(index, "anywhere (60 S-75 N)", r -> new double[]{-60 + 135 * r.nextDouble(), -180 + 360 * r.nextDouble()});
    }

    private static void run(NearestPlaces index, String label, java.util.function.Function<Random, double[]> point) {
        Random r = new Random(7);
        double[][] pts = new double[LOOKUPS][];
        for (int i = 0; i < LOOKUPS; i++) pts[i] = point.apply(r);
        long found = 0;
        for (int i = 0; i < LOOKUPS / 4; i++) found += index.nearest(pts[i][0], pts[i][1]).isPresent() ? 1 : 0; // warm-up
        long[] ns = new long[LOOKUPS];
        found = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long s = System.nanoTime();
            found += index.nearest(pts[i][0], pts[i][1]).isPresent() ? 1 : 0;
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("%s: %,d lookups, %.0f%% found a settlement within %.0f km; median %.1f µs, p95 %.1f µs, p99 %.1f µs, max %.2f ms%n",
                label, LOOKUPS, 100.0 * found / LOOKUPS, NearestPlaces.DEFAULT_MAX_KM, ns[LOOKUPS / 2] / 1e3,
                ns[LOOKUPS * 95 / 100] / 1e3, ns[LOOKUPS * 99 / 100] / 1e3, ns[LOOKUPS - 1] / 1e6);
    }
}
