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

    static void copy(DataSource dataSource, List<EventRow> rows) {
        if (rows.isEmpty()) return;
        StringBuilder csv = new StringBuilder(rows.size() * 400);
        for (EventRow r : rows) line(csv, r);
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
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

    static void line(StringBuilder out, EventRow r) {
        BBox b = r.area();
        String text = EventIndex.clip(r.text() == null ? "" : r.text(), 8000);
        Object[] values = {r.eventId(), r.articleId(), r.mentionIndex(), r.sentenceIndex(), r.datasetId(),
                r.externalId(), r.type(), r.dateStart(), r.dateEnd(), r.datePrecision() == null ? null : r.datePrecision().name(),
                EventIndex.clip(r.placeName(), 500), EventIndex.clip(r.country(), 100), r.admin1Code(),
                EventIndex.clip(r.admin1(), 500), r.lat(), r.lon(), b == null ? null : b.minLat(), b == null ? null : b.minLon(),
                b == null ? null : b.maxLat(), b == null ? null : b.maxLon(), r.locationPrecision(),
                EventIndex.clip(r.actor1(), 500), EventIndex.clip(r.actor2(), 500), EventIndex.clip(r.claimedBy(), 500),
                EventIndex.clip(r.reportedVia(), 500), EventIndex.clip(r.source(), 1000), r.fatalities(), text,
                EventIndex.clip(EventIndex.searchText(r, text), 8000)};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            field(out, values[i]);
        }
        out.append('\n');
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, so every string is quoted (an empty one too). */
    private static void field(StringBuilder out, Object v) {
        if (v == null) return;
        if (v instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') out.append('"');
                out.append(ch);
            }
            out.append('"');
        } else {
            out.append(v); // numbers and ISO dates, as PostgreSQL reads them
        }
    }
}
