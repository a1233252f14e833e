package org.kharita.fuse;

import java.util.Arrays;
import java.util.Random;

/**
 * What fusing one new article costs when a million reports are held: one million synthetic reports over
 * the Ukraine–Russia theatre (20,000 settlements, two years, the violent types, a third of them retold by a
 * second outlet), then 1,000 articles of ten reports each fused one by one. Measures the fuser in memory
 * (the store adds one SELECT of the article's rows and an UPDATE per report that joins another). Not a
 * test: run {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.fuse.FusionBench}
 * with {@code MAVEN_OPTS=-Xmx2g}.
 */
public final class FusionBench {
    private static final int HELD = 1_000_000;
    private static final int SETTLEMENTS = 20_000;
    private static final int DAYS = 730;
    private static final String[] TYPES = {"battle", "territory_change", "shelling", "air_strike", "drone_strike",
            "missile_strike", "attack_on_civilians"};
    private static final int DAY0 = 19_700;

    public static void main(String[] args) {
        Random r = new Random(11);
        double[][] places = new double[SETTLEMENTS][];
        for (int i = 0; i < SETTLEMENTS; i++) places[i] = new double[]{46 + 6 * r.nextDouble(), 30 + 10 * r.nextDouble()};
        Fuser fuser = new Fuser();
        long id = 1;
        long t0 = System.nanoTime();
        int article = 0;
        while (id <= HELD) {
            article++;
            for (int k = 0; k < 10 && id <= HELD; k++) fuser.add(report(r, places, id++, article));
        }
        double loadS = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("held: %,d reports, fused in %.1f s (%.1f us each); heap in use %,d MB%n", fuser.size(), loadS,
                loadS * 1e6 / fuser.size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        int articles = 1_000;
        long[] ns = new long[articles];
        for (int a = 0; a < articles; a++) {
            article++;
            long s = System.nanoTime();
            for (int k = 0; k < 10; k++) fuser.add(report(r, places, id++, article));
            ns[a] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("one new article of 10 reports: median %.3f ms, p95 %.3f ms, max %.3f ms%n", ns[articles / 2] / 1e6,
                ns[articles * 95 / 100] / 1e6, ns[articles - 1] / 1e6);
    }

    /** A third of reports retell a recent one from another outlet: same place and type, a day either way. */
    private static final int[][] RECENT = new int[4096][];

    private static Report report(Random r, double[][] places, long id, int article) {
        int place = r.nextInt(SETTLEMENTS);
        int day = DAY0 + r.nextInt(DAYS);
        String type = TYPES[r.nextInt(TYPES.length)];
        int[] told = RECENT[r.nextInt(RECENT.length)];
        if (told != null && r.nextInt(3) == 0) {
            place = told[0];
            day = told[1] + r.nextInt(3) - 1;
            type = TYPES[told[2]];
        } else {
            RECENT[(int) (id % RECENT.length)] = new int[]{place, day, java.util.List.of(TYPES).indexOf(type)};
        }
        int precision = r.nextInt(10) == 0 ? 2 : 1;
        return new Report(id, "e" + id + ":m0", "a" + article, "outlet " + (article % 300), type, day, day,
                places[place][0], places[place][1], precision, "UA", null, r.nextInt(4) == 0 ? r.nextInt(50) : null,
                "p" + place);
    }
}
