package org.kharita.basemap;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The settlement names the offline basemap prints: for a view (box and zoom), the biggest places in
 * it, as many as a screen can hold, each by its name in the UI language. Read once from
 * {@code basemap/labels.tsv.gz} (made at build time by {@link BuildPlaceLabels}); a spatial index per
 * population tier keeps a country-wide view from walking every village.
 */
public final class PlaceLabels {
    public static final String RESOURCE = "/basemap/labels.tsv.gz";
    /** More than fits on a 1280 px map once labels that collide are dropped in the browser. */
    public static final int MAX_PER_VIEW = 300;
    /** Population tiers, biggest first; a view asks the tier its zoom needs (see {@link #minPopulation}). */
    private static final long[] TIERS = {500_000, 100_000, 20_000, 5_000, 1_000, 0};

    /** One label: where, how big (for the font), and its names. */
    public record Label(double lat, double lon, long population, boolean capital, String en, String ar) {
        public String name(String lang) {
            return "ar".equals(lang) && !ar.isEmpty() ? ar : en;
        }
    }

    private final STRtree[] trees = new STRtree[TIERS.length];
    private final int size;

    PlaceLabels(List<Label> all) {
        List<Label> labels = merged(all);
        for (int t = 0; t < TIERS.length; t++) trees[t] = new STRtree();
        for (Label l : labels) {
            for (int t = 0; t < TIERS.length; t++) {
                if (rankOf(l) >= TIERS[t]) trees[t].insert(new Envelope(l.lon(), l.lon(), l.lat(), l.lat()), l);
            }
        }
        for (STRtree t : trees) t.build();
        size = labels.size();
    }

    /**
     * One label per place: a curated village (Arabic name, no population) and its GeoNames row (population,
     * often no Arabic name) are the same place, a few hundred metres apart at most, under the same name.
     */
    static List<Label> merged(List<Label> all) {
        java.util.Map<String, Label> byKey = new java.util.LinkedHashMap<>();
        for (Label l : all) {
            String key = l.en() + "|" + Math.round(l.lat() * 50) + "|" + Math.round(l.lon() * 50);
            byKey.merge(key, l, (a, b) -> new Label(a.lat(), a.lon(), Math.max(a.population(), b.population()),
                    a.capital() || b.capital(), a.en(), a.ar().isEmpty() ? b.ar() : a.ar()));
        }
        return new ArrayList<>(byKey.values());
    }

    private static volatile PlaceLabels instance;

    /** Loaded once per JVM, at the first request (about a second), not at start-up. */
    public static PlaceLabels load() {
        PlaceLabels p = instance;
        if (p != null) return p;
        synchronized (PlaceLabels.class) {
            if (instance == null) {
                try (InputStream in = PlaceLabels.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath: build with `mvn package`");
                    instance = read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }

    static PlaceLabels read(InputStream gz) throws IOException {
        List<Label> labels = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 6) continue;
                labels.add(new Label(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
                        f[3].equals("PPLA") || f[3].equals("PPLC"), f[4], f[5]));
            }
        }
        return new PlaceLabels(labels);
    }

    public int size() {
        return size;
    }

    /**
     * The smallest settlement worth a name at a zoom: cities at country scale, towns at oblast scale,
     * every village from zoom 10 (a ~40 km wide view), where analysts read front-line reports.
     */
    static long minPopulation(int zoom) {
        if (zoom <= 5) return TIERS[0];
        if (zoom == 6) return TIERS[1];
        if (zoom == 7) return TIERS[2];
        if (zoom == 8) return TIERS[3];
        if (zoom == 9) return TIERS[4];
        return 0;
    }

    /** The labels of a view, biggest first, at most {@link #MAX_PER_VIEW}. */
    public List<Label> inView(double south, double west, double north, double east, int zoom) {
        long min = minPopulation(zoom);
        int tier = 0;
        while (TIERS[tier] > min) tier++;
        @SuppressWarnings("unchecked")
        List<Label> hits = trees[tier].query(new Envelope(west, east, south, north));
        List<Label> in = new ArrayList<>(hits.size());
        for (Label l : hits) {
            if (l.lat() >= south && l.lat() <= north && l.lon() >= west && l.lon() <= east) in.add(l);
        }
        in.sort(Comparator.comparingLong(PlaceLabels::rankOf).reversed());
        return in.size() > MAX_PER_VIEW ? in.subList(0, MAX_PER_VIEW) : in;
    }

    /** A regional capital stands out among towns of its size: it is what reports orient by. */
    static long rankOf(Label l) {
        return l.capital() ? Math.max(l.population(), 50_000) : l.population();
    }
}
