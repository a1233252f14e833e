package org.kharita.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.BBox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The in-memory snapshot answers every filter as the SQL over event_points does ({@link SqlFilterOracle}),
 * on a generated table holding every awkward case (NULLs, intervals, areas, mixed case, shared
 * coordinates), and sees every write at the next filter.
 */
class EventSnapshotTest {
    static final String[] TYPES = {"battle", "attack_on_civilians", "shelling", "airstrike", "explosion"};
    static final String[] ACTORS = {"Government of Russia", "Government of Ukraine", "DPR", "Civilians", "ИГИЛ",
            "الجيش السوري", "Wagner 100%_group", null};
    static final String[] SOURCES = {"Ministry of Defence", "Reuters https://example.org/a", "ТАСС", "ukrinform", null};
    static final String[] COUNTRIES = {"Russia", "Ukraine", "RU", "UA", null};
    static final String[] CODES = {"41", "05", "14", null};
    static final String[] REGIONS = {"Kursk oblast", "Kursk Oblast", "Donetsk oblast", "Донецкая область", "Idlib", null};
    static final String[] PLACES = {"Sudzha", "sudzha", "Plekhovo", "Donetsk city", "Маріуполь", "Sudzha ", null};
    static final String[] WORDS = {"shelling", "near", "village", "killed", "обстрел", "قصف", "drone", "100%", "a_b",
            "Sudzha", "strike"};

    @TempDir
    static Path dataDir;
    static DataSource ds;
    static EventIndex index;
    static SqlFilterOracle sql;
    /** Held open so the embedded database stays open between queries, as the app's connection pool keeps it. */
    static Connection keepOpen;

    @BeforeAll
    static void generate() throws SQLException {
        ds = TestDatabase.open(dataDir);
        keepOpen = ds.getConnection();
        index = new EventIndex(ds);
        sql = new SqlFilterOracle(ds);
        index.insert(randomRows());
    }

    /** The generated table: 3,000 rows, the same for every test class that reads it. */
    static List<EventRow> randomRows() {
        Random rnd = new Random(7);
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) rows.add(randomRow(rnd));
        return rows;
    }

    @AfterAll
    static void close() throws SQLException {
        keepOpen.close();
    }

    static EventRow randomRow(Random rnd) {
        LocalDate day = rnd.nextInt(15) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(1500));
        DatePrecision precision = day == null ? null : DatePrecision.values()[rnd.nextInt(DatePrecision.values().length)];
        // two thirds at nine shared coordinates (city-level centroids), so grid cells can hold one place only
        boolean shared = rnd.nextInt(3) > 0;
        double lat = shared ? 47 + rnd.nextInt(3) : 30 + rnd.nextDouble() * 25;
        double lon = shared ? 35 + rnd.nextInt(3) : 20 + rnd.nextDouble() * 30;
        BBox area = rnd.nextInt(6) == 0 ? new BBox(lat - 1, lon - 1.5, lat + 1, lon + 1.5) : null;
        StringBuilder text = new StringBuilder();
        for (int w = 1 + rnd.nextInt(6); w > 0; w--) text.append(pick(rnd, WORDS)).append(' ');
        return new EventRow(0, null, null, null, null, null, "X" + rnd.nextInt(), pick(rnd, TYPES),
                DateSpan.start(day, precision), DateSpan.end(day, precision), precision, pick(rnd, PLACES),
                pick(rnd, COUNTRIES), pick(rnd, CODES), pick(rnd, REGIONS), lat, lon, area, 1 + rnd.nextInt(4),
                pick(rnd, ACTORS), pick(rnd, ACTORS), pick(rnd, SOURCES), pick(rnd, SOURCES), pick(rnd, SOURCES),
                rnd.nextInt(10), text.toString().strip());
    }

    @Test
    void every_random_filter_gets_the_answers_the_sql_gives() {
        Random rnd = new Random(11);
        int nonEmpty = 0;
        for (int k = 0; k < 400; k++) {
            EventFilter f = randomFilter(rnd);
            Viewport v = randomViewport(rnd);
            String as = "filter " + k + ": " + f + " in " + v;
            long count = sql.count(f);
            if (count > 0) nonEmpty++;
            assertThat(index.count(f)).as(as).isEqualTo(count);
            assertThat(index.histogram(f)).as(as).isEqualTo(sql.histogram(f));
            assertThat(index.extent(f)).as(as).isEqualTo(sql.extent(f));
            int offset = rnd.nextInt(3) == 0 ? rnd.nextInt(60) : 0;
            int limit = 1 + rnd.nextInt(50);
            assertThat(index.list(f, offset, limit)).as(as).isEqualTo(sql.list(f, offset, limit));
            assertSameMap(index.map(f, v), sql.map(f, v), as);
        }
        assertThat(nonEmpty).as("the random filters are not all empty").isGreaterThan(150);
    }

    @Test
    void the_place_type_ahead_offers_what_the_sql_grouping_offered() {
        for (String prefix : List.of("", "k", "KU", "don", "до", " sud", "sudzha ", "idl", "zz", "100%")) {
            // the order among choices with as many events is not fixed by the SQL: compare as sets, counts in order
            List<EventFilter.PlaceChoice> all = index.places(prefix, 1000);
            assertThat(all).as(prefix).containsExactlyInAnyOrderElementsOf(sql.places(prefix, 1000));
            assertThat(index.places(prefix, 4)).extracting(EventFilter.PlaceChoice::events).as(prefix)
                    .isEqualTo(sql.places(prefix, 4).stream().map(EventFilter.PlaceChoice::events).toList());
        }
        assertThat(index.places("kursk", 10)).as("two spellings, one choice per country")
                .allMatch(c -> c.name().equals("Kursk Oblast") || !c.region());
    }

    @Test
    void the_map_switches_to_clusters_alike_on_both_paths() {
        MapData world = index.map(EventFilter.NONE, Viewport.WORLD);
        assertThat(world.clusters()).isNotEmpty();
        assertSameMap(world, sql.map(EventFilter.NONE, Viewport.WORLD), "whole table");
        Viewport sharedPlaces = new Viewport(46.5, 34.5, 49.5, 37.5, 9);
        MapData close = index.map(EventFilter.NONE, sharedPlaces);
        assertThat(close.clusters()).filteredOn(c -> c.count() > 100).hasSize(9).allMatch(MapData.Cluster::samePlace);
        assertSameMap(close, sql.map(EventFilter.NONE, sharedPlaces), "nine shared places");
    }

    static void assertSameMap(MapData memory, MapData sql, String as) {
        assertThat(memory.total()).as(as).isEqualTo(sql.total());
        assertThat(memory.points()).extracting(EventSnapshotTest::describe).as(as)
                .isEqualTo(sql.points().stream().map(EventSnapshotTest::describe).toList());
        Comparator<MapData.Cluster> byPlace = Comparator.comparingLong((MapData.Cluster c) -> Math.round(c.lat() * 1e6))
                .thenComparingLong(c -> Math.round(c.lon() * 1e6));
        List<MapData.Cluster> a = memory.clusters().stream().sorted(byPlace).toList();
        List<MapData.Cluster> b = sql.clusters().stream().sorted(byPlace).toList();
        assertThat(a).as(as).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            // centroids are sums in scan order: equal up to rounding
            assertThat(a.get(i).lat()).as(as).isCloseTo(b.get(i).lat(), within(1e-9));
            assertThat(a.get(i).lon()).as(as).isCloseTo(b.get(i).lon(), within(1e-9));
            assertThat(a.get(i).count()).as(as).isEqualTo(b.get(i).count());
            assertThat(a.get(i).type()).as(as).isEqualTo(b.get(i).type());
            assertThat(a.get(i).samePlace()).as(as).isEqualTo(b.get(i).samePlace());
        }
    }

    static String describe(MapData.Point p) {
        return p.id() + " " + p.lat() + " " + p.lon() + " " + p.type() + " " + p.precision() + " " + Arrays.toString(p.area());
    }

    static EventFilter randomFilter(Random rnd) {
        LocalDate from = null, to = null;
        if (rnd.nextInt(3) == 0) from = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(1600) - 50);
        if (rnd.nextInt(3) == 0) to = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(1600) - 50);
        Set<String> types = new HashSet<>();
        if (rnd.nextInt(3) == 0) for (int n = 1 + rnd.nextInt(3); n > 0; n--) types.add(rnd.nextInt(8) == 0 ? "unknown_type" : pick(rnd, TYPES));
        Set<Integer> precisions = new HashSet<>();
        if (rnd.nextInt(4) == 0) for (int n = 1 + rnd.nextInt(2); n > 0; n--) precisions.add(1 + rnd.nextInt(5));
        String actor = rnd.nextInt(4) == 0 ? fragment(rnd, ACTORS) : null;
        String source = rnd.nextInt(5) == 0 ? fragment(rnd, SOURCES) : null;
        String text = rnd.nextInt(4) == 0 ? fragment(rnd, WORDS) : null;
        EventFilter.PlaceChoice place = null;
        if (rnd.nextInt(3) == 0) {
            boolean region = rnd.nextBoolean();
            String name = region ? pick(rnd, REGIONS) : pick(rnd, PLACES);
            if (name != null && rnd.nextBoolean()) name = rnd.nextBoolean() ? name.toUpperCase() : " " + name + " ";
            place = new EventFilter.PlaceChoice(region, name, pick(rnd, COUNTRIES), region ? pick(rnd, CODES) : null, 0);
        }
        BBox area = null;
        if (rnd.nextInt(4) == 0) {
            double lat = 30 + rnd.nextDouble() * 25, lon = 20 + rnd.nextDouble() * 30;
            // sometimes edges exactly on the shared coordinates, to test inclusive bounds
            area = rnd.nextBoolean() ? new BBox(lat, lon, lat + rnd.nextDouble() * 10, lon + rnd.nextDouble() * 10)
                    : new BBox(47, 35, 47 + rnd.nextInt(3), 35 + rnd.nextInt(3));
        }
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area);
    }

    static Viewport randomViewport(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> Viewport.WORLD;
            case 1 -> new Viewport(44, 28, 53, 42, 6);
            case 2 -> new Viewport(46.5, 34.5, 49.5, 37.5, 9);
            default -> new Viewport(-120, -400, 120, 400, rnd.nextInt(4));
        };
    }

    /** Part of a pool's value in a random case, or (rarely) something no value holds. */
    static String fragment(Random rnd, String[] pool) {
        String v = pick(rnd, pool);
        if (v == null || rnd.nextInt(10) == 0) return "zz" + rnd.nextInt(9);
        int a = rnd.nextInt(v.length());
        int b = a + 1 + rnd.nextInt(v.length() - a);
        String s = v.substring(a, b);
        return rnd.nextBoolean() ? s.toUpperCase() : s;
    }

    static <T> T pick(Random rnd, T[] pool) {
        return pool[rnd.nextInt(pool.length)];
    }

    @Test
    void a_write_is_seen_by_the_next_filter_and_a_rolled_back_one_never() {
        EventFilter onlyNew = new EventFilter(null, null, Set.of("write_test"), null, null, Set.of(), null, null, null);
        assertThat(index.count(onlyNew)).isZero();
        EventRow row = withType(randomRow(new Random(3)), "write_test");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.executeWithoutResult(s -> {
            index.insert(List.of(row, row));
            s.setRollbackOnly();
        });
        assertThat(index.count(onlyNew)).isZero();
        tx.executeWithoutResult(s -> index.insert(List.of(row, row)));
        assertThat(index.count(onlyNew)).isEqualTo(2);
        assertThat(index.list(onlyNew, 0, 10)).hasSize(2);

        // a write this index did not make (another instance, a cascade): seen by the table's count and last id
        new EventIndex(ds).insert(List.of(row));
        assertThat(index.count(onlyNew)).isEqualTo(3);
        new JdbcTemplate(ds).update("DELETE FROM event_points WHERE event_type = 'write_test' AND id = "
                + "(SELECT MIN(id) FROM event_points WHERE event_type = 'write_test')");
        assertThat(index.count(onlyNew)).isEqualTo(2);
        assertThat(index.count(EventFilter.NONE)).isEqualTo(sql.count(EventFilter.NONE));
        new JdbcTemplate(ds).update("DELETE FROM event_points WHERE event_type = 'write_test'");
        assertThat(index.count(onlyNew)).isZero();
    }

    static EventRow withType(EventRow r, String type) {
        return new EventRow(r.id(), r.eventId(), r.articleId(), r.mentionIndex(), r.sentenceIndex(), r.datasetId(),
                r.externalId(), type, r.dateStart(), r.dateEnd(), r.datePrecision(), r.placeName(), r.country(),
                r.admin1Code(), r.admin1(), r.lat(), r.lon(), r.area(), r.locationPrecision(), r.actor1(), r.actor2(),
                r.claimedBy(), r.reportedVia(), r.source(), r.fatalities(), r.text());
    }
}
