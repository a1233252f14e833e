package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration runs on both databases, and they end with the same tables and columns. */
class MigrationParityTest {
    @TempDir
    Path dir;

    @Test
    void both_databases_hold_the_same_tables_and_columns_and_postgres_adds_only_the_indexed_geometry() {
        PostgresTestDatabase.assumeAvailable();
        Map<String, Set<String>> h2 = columns(TestDatabase.open(dir.resolve("h2")), "PUBLIC");
        TestDatabase.usePostgres(true);
        try {
            DataSource pg = TestDatabase.open(dir.resolve("pg"));
            Map<String, Set<String>> postgres = columns(pg, "public");
            postgres.remove("spatial_ref_sys"); // PostGIS's own table

            assertThat(h2).containsKeys("articles", "event_points", "corrections", "overlay_layers", "fusion_decisions");
            assertThat(postgres.keySet()).isEqualTo(h2.keySet());
            postgres.forEach((table, cols) -> {
                Set<String> extra = new TreeSet<>(cols);
                extra.removeAll(h2.get(table));
                assertThat(extra).as(table).isEqualTo(table.equals("event_points") ? Set.of("geom") : Set.of());
                assertThat(cols).as(table).containsAll(h2.get(table));
            });
            assertThat(new JdbcTemplate(pg).queryForList(
                    "SELECT indexdef FROM pg_indexes WHERE tablename = 'event_points' AND indexdef LIKE '%USING gist (geom)%'",
                    String.class)).hasSize(1);
        } finally {
            TestDatabase.usePostgres(false);
            PostgresTestDatabase.dropCreated();
        }
    }

    private static Map<String, Set<String>> columns(DataSource ds, String schema) {
        Map<String, Set<String>> byTable = new TreeMap<>();
        new JdbcTemplate(ds).query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?",
                rs -> {
                    String table = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (table.equals("flyway_schema_history") || table.endsWith("_columns") || table.startsWith("geo")
                            || table.startsWith("raster")) return;
                    byTable.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString(2).toLowerCase(Locale.ROOT));
                }, schema);
        return byTable;
    }
}
