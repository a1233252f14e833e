package org.kharita.corpus;

import org.kharita.geo.BBox;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows into event_points on PostgreSQL by {@code COPY ... FROM STDIN} (pgjdbc's CopyManager) on the
 * writing transaction's own connection, so an import stays all-or-nothing. Each batch the importer
 * hands over is sent as one CSV stream; the server parses it without planning an INSERT per row. The
 * values are those {@link EventIndex#insert} binds, clipped alike; the PostGIS point is the table's
 * generated column and the other nodes hear of the rows from the table's trigger, as for INSERTs.
 */
final class EventCopy {
    static final String COPY = "COPY event_points (" + EventIndex.WRITTEN_COLUMNS + ") FROM STDIN WITH (FORMAT csv)";

    private EventCopy() {
    }

    /** Characters of CSV sent to the server at a time: the rows of a chunk are never one string in memory. */
    private static final int SEND_CHARS = 1 << 19;

    static void copy(DataSource dataSource, List<EventRow> rows) {
        if (rows.isEmpty()) return;
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder csv = new StringBuilder(SEND_CHARS + 16_384);
                for (EventRow r : rows) {
                    line(csv, r);
                    if (csv.length() >= SEND_CHARS) send(in, csv);
                }
                send(in, csv);
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY into event_points", COPY, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) return;
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    /** One row as CSV, each value appended as it is typed (no array of boxed values per row). */
    static void line(StringBuilder out, EventRow r) {
        BBox b = r.area();
        String text = EventIndex.clip(r.text() == null ? "" : r.text(), 8000);
        value(out, r.eventId()).append(',');
        value(out, r.articleId()).append(',');
        value(out, r.mentionIndex()).append(',');
        value(out, r.sentenceIndex()).append(',');
        value(out, r.datasetId()).append(',');
        string(out, r.externalId()).append(',');
        string(out, r.type()).append(',');
        value(out, r.dateStart()).append(',');
        value(out, r.dateEnd()).append(',');
        string(out, r.datePrecision() == null ? null : r.datePrecision().name()).append(',');
        string(out, EventIndex.clip(r.placeName(), 500)).append(',');
        string(out, EventIndex.clip(r.country(), 100)).append(',');
        string(out, r.admin1Code()).append(',');
        string(out, EventIndex.clip(r.admin1(), 500)).append(',');
        out.append(r.lat()).append(',');
        out.append(r.lon()).append(',');
        if (b != null) out.append(b.minLat());
        out.append(',');
        if (b != null) out.append(b.minLon());
        out.append(',');
        if (b != null) out.append(b.maxLat());
        out.append(',');
        if (b != null) out.append(b.maxLon());
        out.append(',');
        out.append(r.locationPrecision()).append(',');
        string(out, EventIndex.clip(r.actor1(), 500)).append(',');
        string(out, EventIndex.clip(r.actor2(), 500)).append(',');
        string(out, EventIndex.clip(r.claimedBy(), 500)).append(',');
        string(out, EventIndex.clip(r.reportedVia(), 500)).append(',');
        string(out, EventIndex.clip(r.source(), 1000)).append(',');
        value(out, r.fatalities()).append(',');
        string(out, text).append(',');
        string(out, EventIndex.clip(EventIndex.searchText(r, text), 8000));
        out.append('\n');
    }

    /** A number or an ISO date as PostgreSQL reads it; null as an unquoted empty field. */
    private static StringBuilder value(StringBuilder out, Object v) {
        return v == null ? out : out.append(v);
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, so every string is quoted (an empty one too). */
    private static StringBuilder string(StringBuilder out, String s) {
        if (s == null) return out;
        out.append('"');
        int from = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            out.append(s, from, i + 1).append('"');
            from = i + 1;
        }
        return out.append(s, from, s.length()).append('"');
    }
}
