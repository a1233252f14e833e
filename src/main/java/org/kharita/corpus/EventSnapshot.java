package org.kharita.corpus;

import org.kharita.geo.ArabicNames;
import org.kharita.geo.BBox;
import org.kharita.geo.names.ArabicNamePrefix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * An immutable, columnar copy of event_points held in memory, so that a filter change is a scan of
 * primitive arrays (a few milliseconds for 100k rows) rather than four SQL queries over the table.
 * The database stays the store of record: the list's and the exports' full rows are read from it by
 * id, and {@link EventIndex} replaces the snapshot after every write.
 *
 * <p>Every filter here means exactly what {@link FilterSql} means over the table (a NULL never
 * matches, {@code LOWER(x) LIKE '%y%'} is a substring of the lower-cased value, BETWEEN includes its
 * ends); EventSnapshotTest holds the two paths to the same answers on random filters.
 */
final class EventSnapshot implements FilterAnswers {
    static final int NO_DAY = Integer.MIN_VALUE;
    private static final int NULL = -1;
    private static final int CACHED_FILTERS = 16;

    /** Row ids ascending; every other per-row array is indexed by the row's position here. */
    private final long[] ids;
    private final int[] start;
    private final int[] end;
    private final double[] lat;
    private final double[] lon;
    /** Offset into {@link #areas} (4 values each) for region-level rows, {@link #NULL} for points. */
    private final int[] areaAt;
    private final double[] areas;
    private final int[] precision;
    private final Column type, actor1, actor2, claimedBy, reportedVia, source, country, admin1Code, admin1, placeName,
            searchText;
    /** Row positions in list order: date_start descending with undated rows last, then id descending. */
    private final int[] listOrder;
    /** Distinct start days ascending, and each row's index in it ({@link #NULL} when undated). */
    private final int[] days;
    private final int[] dayIndex;
    /**
     * Each row's fused event as a dense index (rows of one fused event share it), and per fused event
     * its id, independent sources and whether its reports disagree: counts by fused event are a count of
     * distinct indexes among the matching rows.
     */
    private final int[] fusedAt;
    private final long[] fusedIds;
    private final int[] fusedSources;
    private final boolean[] fusedContested;
    /** (name, country) pair to its Arabic name, per column; see {@link #arabicNames}. */
    private volatile Map<Long, String> arabicAdmin1, arabicPlaceNames;
    /** The last few filters' matching rows: one filter change asks for count, list and map of the same filter. */
    private final Map<EventFilter, long[]> matches = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_FILTERS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<EventFilter, long[]> eldest) {
                    return size() > CACHED_FILTERS;
                }
            });

    private EventSnapshot(Builder b, java.util.function.Function<long[], FusionStore.FusedColumns> fusion) {
        int n = b.size;
        int[] byId = idOrder(b.ids, n);
        ids = new long[n];
        start = new int[n];
        end = new int[n];
        lat = new double[n];
        lon = new double[n];
        areaAt = new int[n];
        precision = new int[n];
        for (int k = 0; k < n; k++) {
            int i = byId[k];
            ids[k] = b.ids[i];
            start[k] = b.start[i];
            end[k] = b.end[i];
            lat[k] = b.lat[i];
            lon[k] = b.lon[i];
            areaAt[k] = b.areaAt[i];
            precision[k] = b.precision[i];
        }
        areas = Arrays.copyOf(b.areas, b.areaCount);
        FusionStore.FusedColumns fused = fusion.apply(ids);
        fusedAt = new int[n];
        // A fused event is named by one of its rows' ids, nearly always a row held here: its position stands
        // for it, so the dense index is found with arrays (a map of a million boxed ids cost seconds in GC).
        int[] denseOfRow = new int[n];
        Arrays.fill(denseOfRow, NULL);
        Map<Long, Integer> elsewhere = new HashMap<>();
        long[] denseIds = new long[Math.max(16, n / 4)];
        int[] denseRow = new int[denseIds.length];
        int dense = 0;
        for (int i = 0; i < n; i++) {
            long f = fused.fused()[i];
            int row = f == ids[i] ? i : Arrays.binarySearch(ids, f);
            int at = row >= 0 ? denseOfRow[row] : elsewhere.getOrDefault(f, NULL);
            if (at == NULL) {
                at = dense++;
                if (row >= 0) denseOfRow[row] = at;
                else elsewhere.put(f, at);
                if (at == denseIds.length) {
                    denseIds = Arrays.copyOf(denseIds, at * 2);
                    denseRow = Arrays.copyOf(denseRow, at * 2);
                }
                denseIds[at] = f;
                denseRow[at] = i;
            }
            fusedAt[i] = at;
        }
        fusedIds = Arrays.copyOf(denseIds, dense);
        fusedSources = new int[dense];
        fusedContested = new boolean[dense];
        for (int f = 0; f < dense; f++) {
            fusedSources[f] = fused.sources()[denseRow[f]];
            fusedContested[f] = fused.contested()[denseRow[f]];
        }
        type = b.type.build(byId);
        actor1 = b.actor1.build(byId);
        actor2 = b.actor2.build(byId);
        claimedBy = b.claimedBy.build(byId);
        reportedVia = b.reportedVia.build(byId);
        source = b.source.build(byId);
        country = b.country.build(byId);
        admin1Code = b.admin1Code.build(byId);
        admin1 = b.admin1.build(byId);
        placeName = b.placeName.build(byId);
        searchText = b.searchText.build(byId);

        days = distinctDays(start);
        dayIndex = new int[n];
        for (int i = 0; i < n; i++) dayIndex[i] = start[i] == NO_DAY ? NULL : Arrays.binarySearch(days, start[i]);
        // Sorted as one long per row: (day rank, latest first, undated last) * n + (position, highest first).
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = dayIndex[i] == NULL ? days.length : days.length - 1 - dayIndex[i];
            keys[i] = rank * n + (n - 1 - i);
        }
        Arrays.sort(keys);
        listOrder = new int[n];
        for (int k = 0; k < n; k++) listOrder[k] = n - 1 - (int) (keys[k] % n);
    }

    /** Positions of the collected rows in id order: a full load reads them so, a sync appends new ones after the kept. */
    private static int[] idOrder(long[] ids, int n) {
        boolean ascending = true;
        for (int i = 1; i < n && ascending; i++) ascending = ids[i - 1] < ids[i];
        if (ascending) return java.util.stream.IntStream.range(0, n).toArray();
        // sorted as one long per row, (id rank, position): ids are unique, so their order alone decides
        long[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = (long) Arrays.binarySearch(sorted, ids[i]) * n + i;
        Arrays.sort(keys);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) out[k] = (int) (keys[k] % n);
        return out;
    }

    /** The distinct days of the column, ascending, undated left out; sorted once, copied without repeats. */
    private static int[] distinctDays(int[] start) {
        int[] sorted = start.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int d : sorted) if (d != NO_DAY && (n == 0 || sorted[n - 1] != d)) sorted[n++] = d;
        return Arrays.copyOf(sorted, n);
    }

    static EventSnapshot empty() {
        return new Builder().build();
    }

    /** The fused event a row belongs to (its own id when alone), or empty when the row is not held. */
    java.util.OptionalLong fusedIdOf(long rowId) {
        int i = Arrays.binarySearch(ids, rowId);
        return i < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(fusedIds[fusedAt[i]]);
    }

    /** Whether the fused event of a row passes the filter's fused-event parts (sources, contested). */
    boolean passesFusion(EventFilter f, long rowId) {
        int i = Arrays.binarySearch(ids, rowId);
        return i >= 0 && fusedPasses(f, fusedAt[i]);
    }

    private boolean fusedPasses(EventFilter f, int fused) {
        return fusedSources[fused] >= f.minSources() && (!f.contested() || fusedContested[fused]);
    }

    /**
     * Whether a matching row is counted: every one when counting reports; else the first matching row of
     * each fused event (rows are visited in one order per call, so "first" is that order's).
     */
    private static boolean firstOfFused(EventFilter f, long[] seen, int fused) {
        if (f.reports()) return true;
        if ((seen[fused >>> 6] & (1L << fused)) != 0) return false;
        seen[fused >>> 6] |= 1L << fused;
        return true;
    }

    private long[] fusedBits(EventFilter f) {
        return f.reports() ? null : new long[(fusedIds.length + 63) >>> 6];
    }

    int size() {
        return ids.length;
    }

    boolean holds(long id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** The largest row id held, 0 when empty: with {@link #size()}, what the table looked like when read. */
    long maxId() {
        return ids.length == 0 ? 0 : ids[ids.length - 1];
    }

    // ---- reads ----

    /** Fused events (or reports, as the filter says) with at least one matching report. */
    @Override
    public long count(EventFilter filter) {
        long[] bits = matching(filter);
        long n = 0;
        if (filter.reports()) {
            for (long word : bits) n += Long.bitCount(word);
            return n;
        }
        long[] seen = fusedBits(filter);
        for (int i = next(bits, 0); i >= 0; i = next(bits, i + 1)) if (firstOfFused(filter, seen, fusedAt[i])) n++;
        return n;
    }

    @Override
    public Optional<BBox> extent(EventFilter filter) {
        long[] bits = matching(filter);
        double minLat = Double.POSITIVE_INFINITY, minLon = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int i = next(bits, 0); i >= 0; i = next(bits, i + 1)) {
            any = true;
            minLat = Math.min(minLat, lat[i]);
            maxLat = Math.max(maxLat, lat[i]);
            minLon = Math.min(minLon, lon[i]);
            maxLon = Math.max(maxLon, lon[i]);
        }
        return any ? Optional.of(new BBox(minLat, minLon, maxLat, maxLon)) : Optional.empty();
    }

    /**
     * Events per start day, undated events left out, days ascending. A fused event counts once, on the
     * earliest start day of its matching reports.
     */
    @Override
    public List<DayCount> histogram(EventFilter filter) {
        long[] bits = matching(filter);
        int[] perDay = new int[days.length];
        if (filter.reports()) {
            for (int i = next(bits, 0); i >= 0; i = next(bits, i + 1)) {
                if (dayIndex[i] != NULL) perDay[dayIndex[i]]++;
            }
        } else {
            int[] earliest = new int[fusedIds.length];
            Arrays.fill(earliest, Integer.MAX_VALUE);
            for (int i = next(bits, 0); i >= 0; i = next(bits, i + 1)) {
                if (dayIndex[i] != NULL) earliest[fusedAt[i]] = Math.min(earliest[fusedAt[i]], dayIndex[i]);
            }
            for (int d : earliest) if (d != Integer.MAX_VALUE) perDay[d]++;
        }
        List<DayCount> out = new ArrayList<>();
        for (int d = 0; d < days.length; d++) {
            if (perDay[d] > 0) out.add(new DayCount(LocalDate.ofEpochDay(days[d]), perDay[d]));
        }
        return out;
    }

    /** Row ids of one page of the list (newest first). */
    @Override
    public List<Long> page(EventFilter filter, int offset, int limit) {
        long[] bits = matching(filter);
        long[] seen = fusedBits(filter);
        List<Long> out = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        int skipped = 0;
        for (int k = 0; k < listOrder.length && out.size() < limit; k++) {
            int i = listOrder[k];
            if (!isSet(bits, i) || !firstOfFused(filter, seen, fusedAt[i])) continue;
            if (skipped++ < offset) continue;
            out.add(ids[i]);
        }
        return out;
    }

    /**
     * The filter's events in the viewport (longitudes clamped: Leaflet reports beyond ±180 when
     * panned): one by one in id order when few, else summed into grid cells of the zoom's size.
     */
    @Override
    public MapData map(EventFilter filter, Viewport view) {
        long[] bits = matching(filter);
        double south = Math.max(-90, view.south()), north = Math.min(90, view.north());
        double west = Math.max(-180, view.west()), east = Math.min(180, view.east());
        int[] inView = new int[Math.min(ids.length, 4096)];
        int total = 0;
        long[] seen = fusedBits(filter);
        for (int i = next(bits, 0); i >= 0; i = next(bits, i + 1)) {
            if (lat[i] < south || lat[i] > north || lon[i] < west || lon[i] > east) continue;
            if (!firstOfFused(filter, seen, fusedAt[i])) continue;
            if (total == inView.length) inView = Arrays.copyOf(inView, total * 2);
            inView[total++] = i;
        }
        if (total <= EventIndex.POINT_LIMIT) {
            List<MapData.Point> points = new ArrayList<>(total);
            for (int k = 0; k < total; k++) {
                int i = inView[k];
                double[] area = areaAt[i] == NULL ? null : Arrays.copyOfRange(areas, areaAt[i], areaAt[i] + 4);
                int f = fusedAt[i];
                points.add(new MapData.Point(ids[i], lat[i], lon[i], type.value(i), precision[i], area,
                        filter.reports() ? 1 : fusedSources[f], !filter.reports() && fusedContested[f]));
            }
            return new MapData(total, points, List.of());
        }
        double cell = EventIndex.CELL_PIXELS * 360.0 / (256 * Math.pow(2, Math.max(0, view.zoom())));
        Map<Long, Cell> cells = new HashMap<>();
        for (int k = 0; k < total; k++) {
            int i = inView[k];
            long key = (long) Math.floor(lat[i] / cell) * 1_000_003L + (long) Math.floor(lon[i] / cell);
            Cell c = cells.get(key);
            if (c == null) cells.put(key, new Cell(lat[i], lon[i], type.codes[i]));
            else c.add(lat[i], lon[i], type.codes[i]);
        }
        List<MapData.Cluster> clusters = new ArrayList<>(cells.size());
        for (Cell c : cells.values()) {
            clusters.add(new MapData.Cluster(c.sumLat / c.n, c.sumLon / c.n, c.n,
                    c.type == NULL ? "mixed" : type.values[c.type], c.minLat == c.maxLat && c.minLon == c.maxLon));
        }
        return new MapData(total, List.of(), clusters);
    }

    private static final class Cell {
        long n = 1;
        double sumLat, sumLon, minLat, maxLat, minLon, maxLon;
        /** The one type of every event in the cell, {@link #NULL} once two differ. */
        int type;

        Cell(double lat, double lon, int type) {
            sumLat = minLat = maxLat = lat;
            sumLon = minLon = maxLon = lon;
            this.type = type;
        }

        void add(double lat, double lon, int type) {
            n++;
            sumLat += lat;
            sumLon += lon;
            minLat = Math.min(minLat, lat);
            maxLat = Math.max(maxLat, lat);
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
            if (type != this.type) this.type = NULL;
        }
    }

    /**
     * Regions and places whose lower-cased name starts with the prefix, grouped by lower-cased name
     * and country as the SQL type-ahead grouped them (the smallest spelling shown, the largest region
     * code kept), most events first, regions before places of as many events. A prefix in Arabic script
     * is matched against the places' Arabic names instead, the ones the Arabic UI shows for them: rows
     * keep the English name, and a reader of that UI types what they read.
     */
    @Override
    public List<EventFilter.PlaceChoice> places(String prefix, int limit) {
        Optional<ArabicNamePrefix> arabic = ArabicNamePrefix.of(prefix);
        List<EventFilter.PlaceChoice> out = new ArrayList<>();
        if (arabic.isPresent()) {
            out.addAll(choices(true, admin1, arabicMatches(true, arabic.get()), limit));
            out.addAll(choices(false, placeName, arabicMatches(false, arabic.get()), limit));
        } else {
            String folded = FilterSql.fold(prefix);
            out.addAll(choices(true, admin1, englishMatches(admin1, folded), limit));
            out.addAll(choices(false, placeName, englishMatches(placeName, folded), limit));
        }
        out.sort((a, b) -> Long.compare(b.events(), a.events()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Which (name, country) pairs of a column the type-ahead offers: by name code, then by (name, country) key. */
    private record NameMatch(boolean[] names, java.util.Set<Long> pairs) {
        boolean row(long pair) {
            return pairs == null || pairs.contains(pair);
        }
    }

    private long pair(int name, int row) {
        return (long) name * (country.values.length + 1) + country.codes[row] + 1;
    }

    private static NameMatch englishMatches(Column names, String prefix) {
        return new NameMatch(names.matching(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith(prefix)), null);
    }

    private NameMatch arabicMatches(boolean region, ArabicNamePrefix prefix) {
        boolean[] names = new boolean[(region ? admin1 : placeName).values.length];
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        arabicNames(region).forEach((pair, ar) -> {
            if (!prefix.matches(ar)) return;
            pairs.add(pair);
            names[(int) (pair / (country.values.length + 1))] = true;
        });
        return new NameMatch(names, pairs);
    }

    /**
     * The Arabic name of every (name, country) pair the column's rows hold, looked up as the UI labels the
     * choice ({@link ArabicNames#byName}); built at the first Arabic query and kept, the snapshot being
     * immutable. A few thousand pairs at most, where the names file has fifty thousand places.
     */
    private Map<Long, String> arabicNames(boolean region) {
        Map<Long, String> m = region ? arabicAdmin1 : arabicPlaceNames;
        if (m != null) return m;
        Column names = region ? admin1 : placeName;
        ArabicNames lookup = ArabicNames.load();
        Map<Long, String> built = new HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            int name = names.codes[i];
            if (name == NULL) continue;
            long key = pair(name, i);
            if (seen.add(key)) lookup.byName(names.values[name], country.value(i)).ifPresent(ar -> built.put(key, ar));
        }
        m = Map.copyOf(built);
        if (region) arabicAdmin1 = m;
        else arabicPlaceNames = m;
        return m;
    }

    private List<EventFilter.PlaceChoice> choices(boolean region, Column names, NameMatch match, int limit) {
        // one group per lower-cased spelling: several dictionary entries (Kursk Oblast, Kursk oblast) may share it
        int[] group = new int[names.values.length];
        Map<String, Integer> groups = new HashMap<>();
        for (int c = 0; c < group.length; c++) {
            String lower = names.values[c].toLowerCase(java.util.Locale.ROOT);
            group[c] = match.names()[c] ? groups.computeIfAbsent(lower, k -> groups.size()) : NULL;
        }
        if (groups.isEmpty()) return List.of();
        Map<Long, long[]> found = new LinkedHashMap<>(); // (group, country) -> count, smallest spelling, largest code
        for (int i = 0; i < ids.length; i++) {
            int name = names.codes[i];
            if (name == NULL || group[name] == NULL || !match.row(pair(name, i))) continue;
            long key = (long) group[name] * (country.values.length + 1) + country.codes[i] + 1;
            long[] acc = found.get(key);
            if (acc == null) {
                found.put(key, new long[]{1, name, admin1Code.codes[i], i});
                continue;
            }
            acc[0]++;
            if (names.values[name].compareTo(names.values[(int) acc[1]]) < 0) acc[1] = name;
            int code = admin1Code.codes[i];
            if (code != NULL && (acc[2] == NULL || admin1Code.values[code].compareTo(admin1Code.values[(int) acc[2]]) > 0)) {
                acc[2] = code;
            }
        }
        List<EventFilter.PlaceChoice> out = new ArrayList<>(found.size());
        for (long[] acc : found.values()) {
            int row = (int) acc[3];
            out.add(new EventFilter.PlaceChoice(region, names.values[(int) acc[1]], country.value(row),
                    region && acc[2] != NULL ? admin1Code.values[(int) acc[2]] : null, acc[0]));
        }
        out.sort((a, b) -> Long.compare(b.events(), a.events()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    // ---- the scan ----

    /** The rows matching the filter as a bitset over row positions; cached for the last few filters. */
    private long[] matching(EventFilter f) {
        long[] cached = matches.get(f);
        if (cached != null) return cached;
        long[] bits = scan(f);
        matches.put(f, bits);
        return bits;
    }

    private long[] scan(EventFilter f) {
        int n = ids.length;
        long[] bits = new long[(n + 63) >>> 6];
        int from = f.from() == null ? NO_DAY : (int) f.from().toEpochDay();
        int to = f.to() == null ? NO_DAY : (int) f.to().toEpochDay();
        boolean[] types = f.types().isEmpty() ? null : type.matching(f.types()::contains);
        int[] precisions = f.precisions().stream().mapToInt(Integer::intValue).toArray();
        // actor1/actor2 share one dictionary, as do claimant, outlet and source
        boolean[] actors = f.actor() == null ? null : actor1.matching(contains(f.actor()));
        boolean[] sources = f.source() == null ? null : claimedBy.matching(contains(f.source()));
        boolean[] texts = null;
        if (f.text() != null) {
            String needle = FilterSql.fold(f.text());
            texts = searchText.matching(s -> s.contains(needle)); // search_text is stored folded
        }
        PlaceTest place = f.place() == null ? null : new PlaceTest(f.place());
        BBox area = f.area();
        boolean byFused = f.byFusedEvent();
        for (int i = 0; i < n; i++) {
            if (from != NO_DAY && (end[i] == NO_DAY || end[i] < from)) continue;
            if (to != NO_DAY && (start[i] == NO_DAY || start[i] > to)) continue;
            if (types != null && !types[type.codes[i]]) continue;
            if (precisions.length > 0 && !contains(precisions, precision[i])) continue;
            if (area != null && !(lat[i] >= area.minLat() && lat[i] <= area.maxLat()
                    && lon[i] >= area.minLon() && lon[i] <= area.maxLon())) continue;
            if (actors != null && !(actor1.is(actors, i) || actor2.is(actors, i))) continue;
            if (sources != null && !(claimedBy.is(sources, i) || reportedVia.is(sources, i) || source.is(sources, i))) continue;
            if (place != null && !place.test(i)) continue;
            if (texts != null && !searchText.is(texts, i)) continue;
            if (byFused && !fusedPasses(f, fusedAt[i])) continue;
            bits[i >>> 6] |= 1L << i;
        }
        return bits;
    }

    /** A place or region choice, with its names compared once per distinct value rather than per row. */
    private final class PlaceTest {
        private final boolean region;
        private final boolean[] names;
        private final int countryCode;
        private final int admin1CodeCode;
        private final boolean byCode;

        PlaceTest(EventFilter.PlaceChoice p) {
            String name = FilterSql.fold(p.name());
            Predicate<String> sameName = v -> name != null && v.toLowerCase(java.util.Locale.ROOT).equals(name);
            region = p.region();
            names = region ? admin1.matching(sameName) : placeName.matching(sameName);
            byCode = region && p.admin1Code() != null && !p.admin1Code().isBlank();
            // A NULL country in the choice means "country IS NULL" for a place, "matches nothing" for a region's code.
            countryCode = p.country() == null ? (region ? Integer.MIN_VALUE : NULL) : country.code(p.country());
            admin1CodeCode = byCode ? admin1Code.code(p.admin1Code()) : Integer.MIN_VALUE;
        }

        boolean test(int i) {
            if (!region) return placeName.is(names, i) && country.codes[i] == countryCode;
            if (admin1.is(names, i)) return true;
            return byCode && countryCode >= 0 && admin1CodeCode >= 0
                    && country.codes[i] == countryCode && admin1Code.codes[i] == admin1CodeCode;
        }
    }

    private static Predicate<String> contains(String userText) {
        String needle = FilterSql.fold(userText);
        return v -> v.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) if (x == v) return true;
        return false;
    }

    private static boolean isSet(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    /** The first set position at or after i, -1 when none. */
    private static int next(long[] bits, int i) {
        int w = i >>> 6;
        if (w >= bits.length) return -1;
        long word = bits[w] & (-1L << i);
        while (true) {
            if (word != 0) return (w << 6) + Long.numberOfTrailingZeros(word);
            if (++w == bits.length) return -1;
            word = bits[w];
        }
    }

    // ---- building ----

    /**
     * One string column, dictionary-encoded: a substring or equality filter is tested once per
     * distinct value (a few thousand actors) and then looked up per row.
     */
    private static final class Column {
        final int[] codes;
        final String[] values;

        Column(int[] codes, String[] values) {
            this.codes = codes;
            this.values = values;
        }

        String value(int row) {
            return codes[row] == NULL ? null : values[codes[row]];
        }

        /** Per distinct value, whether it passes; NULL values never do. */
        boolean[] matching(Predicate<String> test) {
            boolean[] out = new boolean[values.length];
            for (int c = 0; c < values.length; c++) out[c] = test.test(values[c]);
            return out;
        }

        boolean is(boolean[] matching, int row) {
            return codes[row] != NULL && matching[codes[row]];
        }

        /** The code of a value, -2 when no row holds it. */
        int code(String value) {
            for (int c = 0; c < values.length; c++) if (values[c].equals(value)) return c;
            return -2;
        }
    }

    private static final class ColumnBuilder {
        /** Value to code; null for a column of (nearly) one value per row, which is not worth a dictionary. */
        private final Map<String, Integer> index;
        private final List<String> values;
        private int[] codes = new int[1024];

        /** Columns built with the same dictionary share it (actor1 and actor2 are looked up together). */
        ColumnBuilder(ColumnBuilder sharing) {
            index = sharing == null ? new HashMap<>() : sharing.index;
            values = sharing == null ? new ArrayList<>() : sharing.values;
        }

        /**
         * Continuing an older snapshot's column with its dictionary, so that its rows are kept by code;
         * a value no row holds any more stays in the dictionary (it matches no row).
         */
        ColumnBuilder(Column old, ColumnBuilder sharing) {
            if (sharing != null) {
                index = sharing.index;
                values = sharing.values;
            } else {
                values = new ArrayList<>(Arrays.asList(old.values));
                index = new HashMap<>(values.size() * 2);
                for (int c = 0; c < values.size(); c++) index.put(values.get(c), c);
            }
        }

        private ColumnBuilder() {
            index = null;
            values = new ArrayList<>();
        }

        /**
         * A column whose values rarely repeat (the folded sentence of search_text): each row keeps its own
         * string, where a dictionary would hash every one of a million strings into a map as large.
         */
        static ColumnBuilder perRow() {
            return new ColumnBuilder();
        }

        void set(int row, String value) {
            if (row == codes.length) codes = Arrays.copyOf(codes, row * 2);
            if (value == null) {
                codes[row] = NULL;
                return;
            }
            Integer code = index == null ? null : index.get(value);
            if (code == null) {
                code = values.size();
                if (index != null) index.put(value, code);
                values.add(value);
            }
            codes[row] = code;
        }

        /** A row of the older snapshot whose dictionary this one continues. */
        void keep(int row, Column old, int i) {
            if (index == null) {
                set(row, old.value(i));
                return;
            }
            if (row == codes.length) codes = Arrays.copyOf(codes, row * 2);
            codes[row] = old.codes[i];
        }

        Column build(int[] order) {
            int[] out = new int[order.length];
            for (int k = 0; k < order.length; k++) out[k] = codes[order[k]];
            return new Column(out, values.toArray(String[]::new));
        }
    }

    /** Collects rows (a full load, or the kept rows of the last snapshot plus new ones) into a snapshot. */
    static final class Builder {
        private int size;
        private long[] ids = new long[1024];
        private int[] start = new int[1024], end = new int[1024], areaAt = new int[1024], precision = new int[1024];
        private double[] lat = new double[1024], lon = new double[1024];
        private double[] areas = new double[64];
        private int areaCount;
        private final ColumnBuilder type, actor1, actor2, claimedBy, reportedVia, source, country, admin1Code, admin1,
                placeName, searchText;

        Builder() {
            type = new ColumnBuilder(null);
            actor1 = new ColumnBuilder(null);
            actor2 = new ColumnBuilder(actor1);
            claimedBy = new ColumnBuilder(null);
            reportedVia = new ColumnBuilder(claimedBy);
            source = new ColumnBuilder(claimedBy);
            country = new ColumnBuilder(null);
            admin1Code = new ColumnBuilder(null);
            admin1 = new ColumnBuilder(null);
            placeName = new ColumnBuilder(null);
            searchText = ColumnBuilder.perRow();
        }

        private Builder(EventSnapshot old) {
            type = new ColumnBuilder(old.type, null);
            actor1 = new ColumnBuilder(old.actor1, null);
            actor2 = new ColumnBuilder(old.actor2, actor1);
            claimedBy = new ColumnBuilder(old.claimedBy, null);
            reportedVia = new ColumnBuilder(old.reportedVia, claimedBy);
            source = new ColumnBuilder(old.source, claimedBy);
            country = new ColumnBuilder(old.country, null);
            admin1Code = new ColumnBuilder(old.admin1Code, null);
            admin1 = new ColumnBuilder(old.admin1, null);
            placeName = new ColumnBuilder(old.placeName, null);
            searchText = ColumnBuilder.perRow();
            int n = old.ids.length + 1024;
            ids = new long[n];
            start = new int[n];
            end = new int[n];
            areaAt = new int[n];
            precision = new int[n];
            lat = new double[n];
            lon = new double[n];
        }

        /**
         * The rows of an older snapshot whose ids pass (those still in the table), copied by their codes:
         * after a small write the new snapshot is built without decoding or looking up a million values again.
         */
        static Builder keeping(EventSnapshot old, LongPredicate id) {
            Builder b = new Builder(old);
            for (int i = 0; i < old.ids.length; i++) if (id.test(old.ids[i])) b.keep(old, i);
            return b;
        }

        private void keep(EventSnapshot s, int i) {
            int row = grow();
            ids[row] = s.ids[i];
            start[row] = s.start[i];
            end[row] = s.end[i];
            lat[row] = s.lat[i];
            lon[row] = s.lon[i];
            precision[row] = s.precision[i];
            area(row, s.areaAt[i] == NULL ? null : s.areas, s.areaAt[i]);
            type.keep(row, s.type, i);
            actor1.keep(row, s.actor1, i);
            actor2.keep(row, s.actor2, i);
            claimedBy.keep(row, s.claimedBy, i);
            reportedVia.keep(row, s.reportedVia, i);
            source.keep(row, s.source, i);
            country.keep(row, s.country, i);
            admin1Code.keep(row, s.admin1Code, i);
            admin1.keep(row, s.admin1, i);
            placeName.keep(row, s.placeName, i);
            searchText.keep(row, s.searchText, i);
            size++;
        }

        /** One row as the table holds it: days as epoch days ({@link #NO_DAY} when undated), {@code area} null for a point. */
        void add(long id, int startDay, int endDay, double lat, double lon, double[] area, int precision,
                 String type, String actor1, String actor2, String claimedBy, String reportedVia, String source,
                 String country, String admin1Code, String admin1, String placeName, String searchText) {
            int row = grow();
            ids[row] = id;
            start[row] = startDay;
            end[row] = endDay;
            this.lat[row] = lat;
            this.lon[row] = lon;
            this.precision[row] = precision;
            area(row, area, 0);
            this.type.set(row, type);
            this.actor1.set(row, actor1);
            this.actor2.set(row, actor2);
            this.claimedBy.set(row, claimedBy);
            this.reportedVia.set(row, reportedVia);
            this.source.set(row, source);
            this.country.set(row, country);
            this.admin1Code.set(row, admin1Code);
            this.admin1.set(row, admin1);
            this.placeName.set(row, placeName);
            this.searchText.set(row, searchText);
            size++;
        }

        /** The row's extent, four values of {@code from} at {@code at}; none (a point) when {@code from} is null. */
        private void area(int row, double[] from, int at) {
            if (from == null) {
                areaAt[row] = NULL;
                return;
            }
            if (areaCount + 4 > areas.length) areas = Arrays.copyOf(areas, areas.length * 2);
            System.arraycopy(from, at, areas, areaCount, 4);
            areaAt[row] = areaCount;
            areaCount += 4;
        }

        private int grow() {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                areaAt = Arrays.copyOf(areaAt, n);
                precision = Arrays.copyOf(precision, n);
                lat = Arrays.copyOf(lat, n);
                lon = Arrays.copyOf(lon, n);
            }
            return size;
        }

        /** Every row its own fused event. */
        EventSnapshot build() {
            return new EventSnapshot(this, FusionStore.FusedColumns::alone);
        }

        /** @param fusion per row id (ascending), its fused event */
        EventSnapshot build(java.util.function.Function<long[], FusionStore.FusedColumns> fusion) {
            return new EventSnapshot(this, fusion);
        }
    }
}
