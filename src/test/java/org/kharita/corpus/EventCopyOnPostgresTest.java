package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.BBox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows written by COPY read back as they were given, and a failed COPY leaves its transaction's rows out. */
@ExtendWith(OnPostgres.class)
class EventCopyOnPostgresTest {
    @TempDir
    Path dir;

    static EventRow row(String text, String actor, String place) {
        return new EventRow(0, null, null, null, null, null, "x-1", "battle", LocalDate.of(2024, 8, 10),
                LocalDate.of(2024, 8, 31), DatePrecision.MONTH, place, "UA", null, "", 48.0123456789, 37.8, new BBox(47.5, 37.1, 48.5, 38.2),
                2, actor, null, "", "Wire \"A\", 2024", "https://example.org/a?b=1,2", 0, text);
    }

    @Test
    void quotes_commas_line_breaks_backslashes_empty_strings_and_nulls_read_back_as_written() {
        DataSource ds = TestDatabase.open(dir);
        EventIndex index = new EventIndex(ds);
        List<EventRow> written = List.of(
                row("He said \"retreat\", then left.\nSecond line\\n with a backslash", "قوات \"كييف\"", "Sudzha, town"),
                row("", "", null),
                row("\\N and \\. are data, not markers", null, "\""));
        index.insert(written);

        List<Long> ids = new JdbcTemplate(ds).queryForList("SELECT id FROM event_points ORDER BY id", Long.class);
        List<EventRow> read = index.rows(ids);
        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            EventRow w = written.get(i), r = read.get(i);
            assertThat(r).usingRecursiveComparison().ignoringFields("id").isEqualTo(w);
        }
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM event_points WHERE geom IS NOT NULL", Long.class))
                .as("the PostGIS point is generated for copied rows").isEqualTo(3);
    }

    @Test
    void a_copy_that_fails_mid_transaction_leaves_no_row_of_that_transaction() {
        DataSource ds = TestDatabase.open(dir);
        EventIndex index = new EventIndex(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        // a type longer than its column: the second COPY fails after the first succeeded
        EventRow tooLong = new EventRow(0, null, null, null, null, null, "x", "t".repeat(41), null, null, null, null, null,
                null, null, 1, 2, null, 1, null, null, null, null, null, null, "bad");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            index.insert(List.of(row("fine", "A", "B")));
            index.insert(List.of(tooLong));
        })).hasMessageContaining("COPY");
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM event_points", Long.class)).isZero();
    }
}
