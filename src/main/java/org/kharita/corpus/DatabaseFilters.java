package org.kharita.corpus;

import org.kharita.geo.BBox;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The viewer's filters answered by the database, for a node that holds no in-memory snapshot
 * ({@code kharita.viewer.snapshot=false}): a table larger than a node's heap, or a node that only serves
 * exports. Map clusters are summed by the database (GROUP BY over grid cells, the rectangle read through
 * the GiST index on PostgreSQL), so the node never streams the rows in view.
 *
 * <p>It counts reports, never fused events: which reports are one occurrence is known to the snapshot's
 * fusion, which this node does not build. Rows of a dataset still being imported stay invisible here too
 * ({@link PublishedRows}). Cells and the point/cluster threshold are the snapshot's, so a map drawn from
 * either shows the same clusters.
 */
final class DatabaseFilters implements FilterAnswers {
    /** Rows the viewer may see: not those of a dataset still being imported. */
    private static final String PUBLISHED = PublishedRows.PUBLISHED_SQL;

    private final JdbcTemplate jdbc;
    private final Dialect dialect;

    DatabaseFilters(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = Dialect.of(dataSource);
    }

    private record Where(String sql, Object[] args) {
    }

    /** Without the fusion, a filter on fused events (sources, contested) cannot be answered: it counts reports. */
    private Where where(EventFilter filter) {
        FilterSql f = FilterSql.of(filter.withFusion(0, false).withReports(true), dialect);
        return new Where(PUBLISHED + " AND " + f.where, f.args());
    }

    @Override
    public long count(EventFilter filter) {
        Where w = where(filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_points WHERE " + w.sql, Long.class, w.args);
    }

    @Override
    public Optional<BBox> extent(EventFilter filter) {
        Where w = where(filter);
        return jdbc.query("SELECT MIN(lat), MIN(lon), MAX(lat), MAX(lon) FROM event_points WHERE " + w.sql,
                (rs, n) -> rs.getObject(1) == null ? null : new BBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4)), w.args).stream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public List<DayCount> histogram(EventFilter filter) {
        Where w = where(filter);
        return jdbc.query("SELECT date_start, COUNT(*) FROM event_points WHERE date_start IS NOT NULL AND " + w.sql
                        + " GROUP BY date_start ORDER BY date_start",
                (rs, n) -> new DayCount(rs.getDate(1).toLocalDate(), rs.getLong(2)), w.args);
    }

    /** Row ids of one page of the list, newest first (the snapshot's order: start day, then id, descending). */
    @Override
    public List<Long> page(EventFilter filter, int offset, int limit) {
        Where w = where(filter);
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(w.args));
        args.add(limit);
        args.add(offset);
        return jdbc.queryForList("SELECT id FROM event_points WHERE " + w.sql
                + " ORDER BY date_start DESC NULLS LAST, id DESC LIMIT ? OFFSET ?", Long.class, args.toArray());
    }

    /**
     * The filter's events in the viewport (longitudes clamped, as the snapshot does): one by one when few,
     * else one row per grid cell of the zoom's size, summed by the database.
     */
    @Override
    public MapData map(EventFilter filter, Viewport view) {
        BBox box = new BBox(Math.max(-90, view.south()), Math.max(-180, view.west()), Math.min(90, view.north()),
                Math.min(180, view.east()));
        EventFilter inView = filter.withArea(filter.area() == null ? box : intersection(filter.area(), box));
        if (inView.area() == null) return new MapData(0, List.of(), List.of());
        Where w = where(inView);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM event_points WHERE " + w.sql, Long.class, w.args);
        if (total <= EventIndex.POINT_LIMIT) {
            List<MapData.Point> points = jdbc.query("""
                    SELECT id, lat, lon, event_type, location_precision, bbox_min_lat, bbox_min_lon, bbox_max_lat, bbox_max_lon
                    FROM event_points WHERE""" + " " + w.sql + " ORDER BY id", (rs, n) -> new MapData.Point(rs.getLong(1),
                    rs.getDouble(2), rs.getDouble(3), rs.getString(4), rs.getInt(5),
                    rs.getObject(6) == null ? null : new double[]{rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)}),
                    w.args);
            return new MapData(total, points, List.of());
        }
        double cell = EventIndex.CELL_PIXELS * 360.0 / (256 * Math.pow(2, Math.max(0, view.zoom())));
        List<Object> args = new ArrayList<>();
        args.add(cell);
        args.add(cell);
        args.addAll(java.util.Arrays.asList(w.args));
        // FLOOR of the same double division the snapshot does, so both put an event in the same cell
        List<MapData.Cluster> clusters = jdbc.query("""
                SELECT COUNT(*), AVG(lat), AVG(lon), MIN(event_type), MAX(event_type), MIN(lat), MAX(lat), MIN(lon), MAX(lon)
                FROM (SELECT FLOOR(lat / ?) AS cy, FLOOR(lon / ?) AS cx, lat, lon, event_type FROM event_points WHERE\s"""
                        + w.sql + ") cells GROUP BY cy, cx",
                (rs, n) -> new MapData.Cluster(rs.getDouble(2), rs.getDouble(3), rs.getLong(1),
                        Objects.equals(rs.getString(4), rs.getString(5)) ? rs.getString(4) : "mixed",
                        rs.getDouble(6) == rs.getDouble(7) && rs.getDouble(8) == rs.getDouble(9)),
                args.toArray());
        return new MapData(total, List.of(), clusters);
    }

    private static BBox intersection(BBox a, BBox b) {
        double south = Math.max(a.minLat(), b.minLat()), north = Math.min(a.maxLat(), b.maxLat());
        double west = Math.max(a.minLon(), b.minLon()), east = Math.min(a.maxLon(), b.maxLon());
        return south > north || west > east ? null : new BBox(south, west, north, east);
    }

    /** Every matching row, oldest first, streamed (for exports). */
    void forEach(EventFilter filter, java.util.function.Consumer<EventRow> sink) {
        Where w = where(filter);
        jdbc.query("SELECT " + EventIndex.COLUMNS + " FROM event_points WHERE " + w.sql + " ORDER BY date_start NULLS LAST, id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(EventIndex.row(rs)), w.args);
    }

    /** Places and regions whose name starts with the prefix, most events first (names as written; no Arabic). */
    @Override
    public List<EventFilter.PlaceChoice> places(String prefix, int limit) {
        String like = FilterSql.fold(prefix).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<EventFilter.PlaceChoice> out = new ArrayList<>(jdbc.query("""
                SELECT MIN(admin1), country, MAX(admin1_code), COUNT(*) AS n FROM event_points
                WHERE LOWER(admin1) LIKE ? ESCAPE '!' AND""" + " " + PUBLISHED + """
                 GROUP BY LOWER(admin1), country ORDER BY n DESC LIMIT ?""",
                (rs, n) -> new EventFilter.PlaceChoice(true, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                like, limit));
        out.addAll(jdbc.query("""
                SELECT MIN(place_name), country, COUNT(*) AS n FROM event_points
                WHERE LOWER(place_name) LIKE ? ESCAPE '!' AND""" + " " + PUBLISHED + """
                 GROUP BY LOWER(place_name), country ORDER BY n DESC LIMIT ?""",
                (rs, n) -> new EventFilter.PlaceChoice(false, rs.getString(1), rs.getString(2), null, rs.getLong(3)),
                like, limit));
        out.sort((a, b) -> Long.compare(b.events(), a.events()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
