package org.kharita.corpus;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashSet;
import java.util.Set;

/**
 * Which rows of event_points the viewer, the fusion and the exports may see: all but those of a dataset
 * still being imported ({@code datasets.complete} false, see V10__pending_datasets.sql). A dataset's rows
 * are committed in chunks and become visible together when its import publishes them.
 */
final class PublishedRows {
    private PublishedRows() {
    }

    /** The datasets being imported (or left half-imported by a crash), as a query. */
    private static final String PENDING = "SELECT id FROM datasets WHERE complete = FALSE";

    /** The published rows of event_points as a condition, for a query that filters in the database. */
    static final String PUBLISHED_SQL = "(dataset_id IS NULL OR dataset_id NOT IN (" + PENDING + "))";

    /** The datasets being imported (or left half-imported by a crash): their rows are not published. */
    static Set<Long> pendingDatasets(JdbcTemplate jdbc) {
        return new HashSet<>(jdbc.queryForList(PENDING, Long.class));
    }

    static boolean published(Set<Long> pendingDatasets, long datasetId, boolean noDataset) {
        return noDataset || !pendingDatasets.contains(datasetId);
    }

    /**
     * The published part of the table in three numbers read in one statement: row count, largest id and
     * the analysts' fusion decisions. While a dataset is pending its rows are subtracted from the count,
     * and the largest published id is not known cheaply (pending rows interleave with an article's), so it
     * is left out ({@code maxId} -1) and the count alone says whether the table moved.
     */
    record Stamp(long rows, long maxId, long decisions) {
        static Stamp read(JdbcTemplate jdbc) {
            return jdbc.queryForObject("""
                    SELECT (SELECT COUNT(*) FROM event_points), (SELECT COALESCE(MAX(id), 0) FROM event_points),
                           (SELECT COUNT(*) FROM datasets WHERE complete = FALSE),
                           (SELECT COALESCE(SUM(row_count), 0) FROM datasets WHERE complete = FALSE),
                           (SELECT COUNT(*) FROM fusion_decisions)""", (rs, n) -> rs.getLong(3) == 0
                    ? new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(5))
                    : new Stamp(rs.getLong(1) - rs.getLong(4), -1, rs.getLong(5)));
        }

        /** The same published table, as far as the two stamps can tell. */
        boolean same(Stamp other) {
            return other != null && rows == other.rows && decisions == other.decisions
                    && (maxId < 0 || other.maxId < 0 || maxId == other.maxId);
        }

        /** Whether a snapshot holds the published table this stamp describes. */
        boolean describes(EventSnapshot s) {
            return s.size() == rows && (maxId < 0 || s.maxId() == maxId);
        }
    }
}
