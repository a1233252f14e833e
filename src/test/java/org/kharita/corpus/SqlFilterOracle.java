package org.kharita.corpus;

import org.kharita.geo.BBox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The viewer's filters answered by SQL over event_points through {@link FilterSql}, as EventIndex
 * answered them before the in-memory snapshot: the reference the snapshot is held to, and the
 * "before" path of ViewerBench.
 */
public final class SqlFilterOracle {
    private final JdbcTemplate jdbc;
    private final Dialect dialect;

    SqlFilterOracle(DataSource ds) {
        this.jdbc = new JdbcTemplate(ds);
        this.dialect = Dialect.of(ds);
    }

    public long count(EventFilter filter) {
        FilterSql f = FilterSql.of(filter, dialect);
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_points WHERE " + f.where, Long.class, f.args());
    }

    public Optional<BBox> extent(EventFilter filter) {
        FilterSql f = FilterSql.of(filter, dialect);
        return jdbc.query("SELECT MIN(lat), MIN(lon), MAX(lat), MAX(lon) FROM event_points WHERE " + f.where,
                (rs, n) -> rs.getObject(1) == null ? null : new BBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4)), f.args()).stream().filter(Objects::nonNull).findFirst();
    }

    public List<DayCount> histogram(EventFilter filter) {
        FilterSql f = FilterSql.of(filter, dialect);
        return jdbc.query("SELECT date_start, COUNT(*) FROM event_points WHERE date_start IS NOT NULL AND " + f.where
                        + " GROUP BY date_start ORDER BY date_start",
                (rs, n) -> new DayCount(rs.getDate(1).toLocalDate(), rs.getLong(2)), f.args());
    }

    public List<EventRow> list(EventFilter filter, int offset, int limit) {
        FilterSql f = FilterSql.of(filter, dialect);
        List<Object> params = new ArrayList<>(f.params);
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT " + EventIndex.COLUMNS + " FROM event_points WHERE " + f.where
                + " ORDER BY date_start DESC NULLS LAST, id DESC LIMIT ? OFFSET ?", (rs, n) -> EventIndex.row(rs), params.toArray());
    }

    public MapData map(EventFilter filter, Viewport view) {
        FilterSql base = FilterSql.of(filter, dialect);
        List<Object> p = new ArrayList<>(base.params);
        p.add(Math.max(-90, view.south()));
        p.add(Math.min(90, view.north()));
        p.add(Math.max(-180, view.west()));
        p.add(Math.min(180, view.east()));
        String where = base.where + " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?";
        Object[] args = p.toArray();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM event_points WHERE " + where, Long.class, args);
        if (total <= EventIndex.POINT_LIMIT) {
            List<MapData.Point> points = jdbc.query("""
                    SELECT id, lat, lon, event_type, location_precision, bbox_min_lat, bbox_min_lon, bbox_max_lat, bbox_max_lon
                    FROM event_points WHERE""" + " " + where + " ORDER BY id", (rs, n) -> new MapData.Point(rs.getLong(1),
                    rs.getDouble(2), rs.getDouble(3), rs.getString(4), rs.getInt(5),
                    rs.getObject(6) == null ? null : new double[]{rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)}),
                    args);
            return new MapData(total, points, List.of());
        }
        double cell = EventIndex.CELL_PIXELS * 360.0 / (256 * Math.pow(2, Math.max(0, view.zoom())));
        Map<Long, double[]> cells = new HashMap<>();
        Map<Long, String> cellType = new HashMap<>();
        jdbc.query("SELECT lat, lon, event_type FROM event_points WHERE " + where, (RowCallbackHandler) rs -> {
            double lat = rs.getDouble(1);
            double lon = rs.getDouble(2);
            long key = (long) Math.floor(lat / cell) * 1_000_003L + (long) Math.floor(lon / cell);
            double[] acc = cells.computeIfAbsent(key, k -> new double[]{0, 0, 0, lat, lat, lon, lon});
            acc[0]++;
            acc[1] += lat;
            acc[2] += lon;
            acc[3] = Math.min(acc[3], lat);
            acc[4] = Math.max(acc[4], lat);
            acc[5] = Math.min(acc[5], lon);
            acc[6] = Math.max(acc[6], lon);
            String type = rs.getString(3);
            String seen = cellType.putIfAbsent(key, type);
            if (seen != null && !seen.equals(type)) cellType.put(key, "mixed");
        }, args);
        List<MapData.Cluster> clusters = new ArrayList<>();
        cells.forEach((key, a) -> clusters.add(new MapData.Cluster(a[1] / a[0], a[2] / a[0], (long) a[0], cellType.get(key),
                a[3] == a[4] && a[5] == a[6])));
        return new MapData(total, List.of(), clusters);
    }

    public List<EventFilter.PlaceChoice> places(String prefix, int limit) {
        String like = FilterSql.fold(prefix).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<EventFilter.PlaceChoice> out = new ArrayList<>(jdbc.query("""
                SELECT MIN(admin1), country, MAX(admin1_code), COUNT(*) AS n FROM event_points
                WHERE LOWER(admin1) LIKE ? ESCAPE '!' GROUP BY LOWER(admin1), country ORDER BY n DESC LIMIT ?""",
                (rs, n) -> new EventFilter.PlaceChoice(true, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                like, limit));
        out.addAll(jdbc.query("""
                SELECT MIN(place_name), country, COUNT(*) AS n FROM event_points
                WHERE LOWER(place_name) LIKE ? ESCAPE '!' GROUP BY LOWER(place_name), country ORDER BY n DESC LIMIT ?""",
                (rs, n) -> new EventFilter.PlaceChoice(false, rs.getString(1), rs.getString(2), null, rs.getLong(3)),
                like, limit));
        out.sort((a, b) -> Long.compare(b.events(), a.events()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
