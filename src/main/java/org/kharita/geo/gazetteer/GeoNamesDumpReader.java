package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads the GeoNames dump format (the 19 tab-separated columns of allCountries.txt, cities500.txt
 * or XX.txt) one line at a time. Names come from {@code name}, {@code asciiname} and
 * {@code alternatenames}; rows that are not populated places or areas are skipped since a news
 * geoparser never answers with a hotel or a well.
 *
 * <p>Read from a file, it also uses the companions GeoNames publishes beside it when they are there:
 * {@code alternateNamesV2.txt} (names by language; only ar, ru, uk, en and language-less ones are kept)
 * and {@code admin1CodesASCII.txt} (fills {@link Place#admin1} and yields an ADM1 place for each region
 * the dump has no ADM1 row for). Memory stays bounded on the 12-million-row allCountries: the
 * alternate names are filtered and externally sorted by geonameid on disk ({@link ExternalSort}), then
 * merge-joined with the dump, which GeoNames writes in geonameid order (checked; sorted on disk too if not).
 */
public final class GeoNamesDumpReader implements GazetteerSource {
    static final String ALTERNATES = "alternateNamesV2.txt";
    static final String ADMIN1 = "admin1CodesASCII.txt";
    /** Languages a news geoparser for ar/en/ru/uk text needs; "" is GeoNames' language-less (often transliterated) names. */
    static final Set<String> KEPT_LANGUAGES = Set.of("", "ar", "ru", "uk", "en");
    /** Abbreviations ("RF", "USA") are only kept for countries; elsewhere they collide with common acronyms. */
    static final String ABBREVIATION = "abbr";
    static final int SORT_RUN = 200_000;

    private final Supplier<InputStream> input;
    private final String label;
    private final Path alternates;
    private final Path admin1Codes;

    public GeoNamesDumpReader(Path file) {
        this(open(file), file.toString(), companion(file, ALTERNATES), companion(file, ADMIN1));
    }

    public GeoNamesDumpReader(Supplier<InputStream> input, String label) {
        this(input, label, null, null);
    }

    GeoNamesDumpReader(Supplier<InputStream> input, String label, Path alternates, Path admin1Codes) {
        this.input = input;
        this.label = label;
        this.alternates = alternates;
        this.admin1Codes = admin1Codes;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        Map<String, String[]> admin1 = admin1Codes == null ? Map.of() : readAdmin1Codes(admin1Codes);
        Cities500Extents extents = admin1.isEmpty() ? null : new Cities500Extents();
        Set<String> admin1Seen = new HashSet<>();
        Path work = alternates == null ? null : Files.createTempDirectory("kharita-geonames");
        try {
            NameCursor names = work == null ? NameCursor.NONE : new NameCursor(sortedAlternates(work));
            Supplier<InputStream> rows = input;
            if (work != null && !sortedById(input)) {
                Path sortedDump = ExternalSort.sort(sink2 -> lines(input, sink2), Files.createDirectory(work.resolve("dump")), SORT_RUN);
                rows = open(sortedDump);
            }
            try (names; BufferedReader r = reader(rows.get())) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') continue;
                    if (extents != null) extents.accept(line);
                    GazetteerRecord rec = parse(line);
                    if (rec == null) continue;
                    rec = enrich(rec, names, admin1);
                    if (rec.place().isAdmin1()) admin1Seen.add(rec.place().country() + "." + rec.place().admin1Code());
                    sink.accept(rec);
                }
            }
            if (extents != null) emitMissingAdmin1(admin1, admin1Seen, extents, sink);
        } catch (RuntimeException e) {
            throw new IOException(label + ": " + e.getMessage(), e);
        } finally {
            if (work != null) deleteTree(work);
        }
    }

    /** One dump row, or null for rows a geoparser never answers with (or that are malformed). */
    static GazetteerRecord parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 15) return null;
        char fclass = c[6].isEmpty() ? ' ' : c[6].charAt(0);
        if (fclass != 'P' && fclass != 'A') return null;
        double lat, lon;
        try {
            lat = Double.parseDouble(c[4]);
            lon = Double.parseDouble(c[5]);
        } catch (NumberFormatException e) {
            return null;
        }
        long population = 0;
        if (!c[14].isEmpty()) {
            try {
                population = Long.parseLong(c[14]);
            } catch (NumberFormatException ignored) {
                population = 0;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(c[1]);
        if (!c[2].isEmpty()) names.add(c[2]);
        if (!c[3].isEmpty()) {
            for (String alt : c[3].split(",")) {
                if (!alt.isBlank()) names.add(alt.trim());
            }
        }
        Place p = new Place("geonames:" + c[0], c[1], lat, lon, fclass, c[7], c[8], c[10], "", population, null);
        return new GazetteerRecord(p, new ArrayList<>(names), false);
    }


    private static GazetteerRecord enrich(GazetteerRecord rec, NameCursor cursor, Map<String, String[]> admin1) throws IOException {
        Place p = rec.place();
        long id = Long.parseLong(p.id().substring("geonames:".length()));
        List<String[]> extra = cursor.namesOf(id);
        String[] region = admin1.get(p.country() + "." + p.admin1Code());
        if (extra.isEmpty() && region == null) return rec;
        Set<String> names = new LinkedHashSet<>(rec.names());
        for (String[] n : extra) {
            if (ABBREVIATION.equals(n[0]) && !p.isCountry()) continue;
            names.add(n[1]);
        }
        Place enriched = region == null ? p : new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                p.country(), p.admin1Code(), region[0], p.population(), p.bbox());
        return new GazetteerRecord(enriched, new ArrayList<>(names), rec.curated());
    }

    private static void emitMissingAdmin1(Map<String, String[]> admin1, Set<String> seen, Cities500Extents extents,
                                          Consumer<GazetteerRecord> sink) {
        admin1.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
            if (seen.contains(en.getKey())) return;
            String[] cc = en.getKey().split("\\.", 2);
            extents.admin1(cc[0], cc[1]).ifPresent(e -> {
                String[] v = en.getValue();
                Place p = new Place("geonames:" + v[2], v[0], e.pointLat(), e.pointLon(), 'A', "ADM1", cc[0], cc[1], v[0], 0, e.bbox());
                List<String> names = v[1].isEmpty() || v[1].equals(v[0]) ? List.of(v[0]) : List.of(v[0], v[1]);
                sink.accept(new GazetteerRecord(p, names, false));
            });
        });
    }

    /** "RU.41" -> {name, asciiname, geonameid}. */
    static Map<String, String[]> readAdmin1Codes(Path file) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length >= 4) out.put(c[0], new String[]{c[1], c[2], c[3]});
            }
        }
        return out;
    }

    /** Filters alternateNamesV2 to the kept languages and sorts "geonameid \t lang \t name" by geonameid on disk. */
    private Path sortedAlternates(Path work) throws IOException {
        return ExternalSort.sort(sink -> lines(open(alternates), line -> {
            String[] c = line.split("\t", -1);
            if (c.length < 4 || c[3].isBlank()) return;
            String lang = c[2];
            if (!KEPT_LANGUAGES.contains(lang) && !ABBREVIATION.equals(lang)) return;
            if (c[3].startsWith("http")) return;
            sink.accept(c[1] + "\t" + lang + "\t" + c[3].trim());
        }), Files.createDirectory(work.resolve("alternates")), SORT_RUN);
    }

    private static boolean sortedById(Supplier<InputStream> input) throws IOException {
        long previous = Long.MIN_VALUE;
        try (BufferedReader r = reader(input.get())) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                long id = ExternalSort.key(line);
                if (id < previous) return false;
                previous = id;
            }
        }
        return true;
    }

    private static void lines(Supplier<InputStream> in, Consumer<String> sink) throws IOException {
        try (BufferedReader r = reader(in.get())) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isEmpty() && line.charAt(0) != '#') sink.accept(line);
        }
    }

    /** Walks the sorted alternates alongside the sorted dump, handing each geonameid its names. */
    static class NameCursor implements AutoCloseable {
        static final NameCursor NONE = new NameCursor();
        private final BufferedReader r;
        private String pending;

        private NameCursor() {
            r = null;
        }

        NameCursor(Path sorted) throws IOException {
            r = Files.newBufferedReader(sorted, StandardCharsets.UTF_8);
            pending = r.readLine();
        }

        List<String[]> namesOf(long id) throws IOException {
            if (r == null) return List.of();
            List<String[]> out = new ArrayList<>(0);
            while (pending != null) {
                long key = ExternalSort.key(pending);
                if (key > id) break;
                if (key == id) {
                    String[] c = pending.split("\t", 3);
                    out.add(new String[]{c[1], c[2]});
                }
                pending = r.readLine();
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            if (r != null) r.close();
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Path companion(Path file, String name) {
        Path dir = file.toAbsolutePath().getParent();
        Path p = dir == null ? null : dir.resolve(name);
        return p != null && Files.isRegularFile(p) ? p : null;
    }

    private static Supplier<InputStream> open(Path file) {
        return () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
