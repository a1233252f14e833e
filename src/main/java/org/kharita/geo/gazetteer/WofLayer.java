package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Villages, camps and city quarters from Who's On First (geodata/wof/XX.tsv.gz, made by
 * geodata/wof/extract_wof.py from the WOF admin repositories): the front-line villages of Donetsk or
 * Zaporizhzhia, Idlib's and Darfur's, that GeoNames cities500 lacks because fewer than 500 people live
 * there or nobody counted them. A row whose GeoNames id cities500 also holds is one place: its names join
 * the cities500 row ({@link #mergeInto}) instead of standing beside it as a twin that would split the
 * resolver's vote. The rest become places {@code wof:<id>}; they are bulk rows, not curated ones.
 */
public final class WofLayer {
    static final List<String> COUNTRIES = List.of("UA", "SY", "LB", "PS", "YE", "SD", "MM", "IL", "IQ", "LY", "CF", "BF", "ML", "NE");
    public static final String ID_PREFIX = "wof:";

    record Row(Place place, List<String> names, String geonamesId, String wikidataId) {
    }

    private final List<Row> rows;
    private final Map<String, List<Row>> byGeonamesId = new HashMap<>();
    private final Set<Row> merged = Collections.newSetFromMap(new IdentityHashMap<>());

    private WofLayer(List<Row> all) {
        this.rows = oneRowPerGeonamesPlace(all);
        for (Row r : rows) {
            if (!r.geonamesId().isEmpty()) byGeonamesId.computeIfAbsent("geonames:" + r.geonamesId(), k -> new ArrayList<>()).add(r);
        }
    }

    /** Rows this far apart are not one place whatever their concordances say. */
    static final double SAME_PLACE_KM = 10;

    /**
     * WOF holds many Ukrainian villages twice (an early import named in Ukrainian, a later one from GeoNames
     * in Latin) under one GeoNames id: one row keeps both rows' names, the one with more of them.
     */
    private static List<Row> oneRowPerGeonamesPlace(List<Row> all) {
        Map<String, Integer> at = new HashMap<>();
        List<Row> out = new ArrayList<>(all.size());
        for (Row r : all) {
            Integer k = r.geonamesId().isEmpty() ? null : at.get(r.geonamesId());
            Row o = k == null ? null : out.get(k);
            if (o == null || o.place().kmTo(r.place().lat(), r.place().lon()) > SAME_PLACE_KM) {
                if (k == null && !r.geonamesId().isEmpty()) at.put(r.geonamesId(), out.size());
                out.add(r);
                continue;
            }
            Row keep = r.names().size() > o.names().size() ? r : o, other = keep == r ? o : r;
            Set<String> names = new LinkedHashSet<>(keep.names());
            names.addAll(other.names());
            Place p = keep.place();
            if (p.population() == 0 && other.place().population() > 0) {
                p = new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(), p.country(), p.admin1Code(),
                        p.admin1(), other.place().population(), p.bbox());
            }
            out.set(k, new Row(p, List.copyOf(names), keep.geonamesId(), keep.wikidataId().isEmpty() ? other.wikidataId() : keep.wikidataId()));
        }
        return out;
    }

    static String file(String country) {
        return "wof/" + country + ".tsv.gz";
    }

    /** Every country file geodata holds; a checkout without geodata/wof simply has no such layer. */
    public static WofLayer read(GeodataFiles files) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String cc : COUNTRIES) {
            if (!files.exists(file(cc))) continue;
            try (InputStream in = new GZIPInputStream(files.open(file(cc)), 1 << 16)) {
                readRows(in, rows);
            }
        }
        return new WofLayer(rows);
    }

    private static void readRows(InputStream in, List<Row> out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = r.readLine();
        if (header == null) return;
        Map<String, Integer> col = new HashMap<>();
        String[] cols = header.split("\t", -1);
        for (int i = 0; i < cols.length; i++) col.put(cols[i], i);
        int id = col.get("wof_id"), type = col.get("placetype"), name = col.get("name"), lat = col.get("lat"), lon = col.get("lon"),
                country = col.get("country"), a1 = col.get("admin1_code"), pop = col.get("population"), gn = col.get("gn_id"),
                wd = col.get("wd_id"), names = col.get("names");
        Map<String, String> interned = new HashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            Place p = new Place(ID_PREFIX + c[id], c[name], Double.parseDouble(c[lat]), Double.parseDouble(c[lon]), 'P',
                    interned.computeIfAbsent(c[type], s -> s), interned.computeIfAbsent(c[country], s -> s),
                    interned.computeIfAbsent(c[a1], s -> s), "", c[pop].isEmpty() ? 0 : Long.parseLong(c[pop]), null);
            Set<String> all = new LinkedHashSet<>();
            all.add(withoutSettlementNoun(c[name]));
            for (String n : Tsv.list(c[names])) all.add(withoutSettlementNoun(n));
            out.add(new Row(p, List.copyOf(all), c[gn], c[wd]));
        }
    }

    /**
     * Arabic writes the kind of place before its name (مخيم جباليا, حي الدهيني); the finder reads that noun as a cue
     * and the name after it as the span, so a WOF name that keeps the noun would swallow the cue into the span.
     */
    private static final List<String> SETTLEMENT_NOUNS = List.of("مخيم ", "حي ", "قرية ", "بلدة ", "مدينة ");

    static String withoutSettlementNoun(String name) {
        for (String noun : SETTLEMENT_NOUNS) {
            if (name.startsWith(noun) && name.length() > noun.length() + 1) return name.substring(noun.length());
        }
        return name;
    }

    public int size() {
        return rows.size();
    }

    /** Rows per country after the in-layer merge, for the build's report and the tests. */
    public Map<String, Integer> countsByCountry() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (Row r : rows) out.merge(r.place().country(), 1, Integer::sum);
        return out;
    }

    /** The cities500 record with the names of its WOF twins (same GeoNames id) added, or the record itself. */
    public GazetteerRecord mergeInto(GazetteerRecord r) {
        List<Row> twins = byGeonamesId.get(r.place().id());
        if (twins == null) return r;
        Set<String> names = new LinkedHashSet<>(r.names());
        for (Row t : twins) {
            names.addAll(t.names());
            merged.add(t);
        }
        return new GazetteerRecord(r.place(), List.copyOf(names), r.curated());
    }

    /** The rows no earlier layer held, as places of their own; call after every {@link #mergeInto}. */
    public void forEachUnmerged(Consumer<GazetteerRecord> sink) {
        for (Row r : rows) {
            if (!merged.contains(r)) sink.accept(new GazetteerRecord(r.place(), List.copyOf(r.names()), false));
        }
    }

    /** How many rows joined a cities500 place: the build reports it, a test checks the merge happens. */
    public int mergedCount() {
        return merged.size();
    }
}
