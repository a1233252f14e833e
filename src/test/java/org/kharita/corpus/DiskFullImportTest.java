package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A disk that fills half-way through an import: a message that says so, and nothing of the file stored. */
class DiskFullImportTest {
    @TempDir
    Path dir;

    /** The real database, whose batch writes fail with H2's own words once {@code healthy} batches went through. */
    static DataSource fillingUpAfter(DataSource real, int healthy) {
        AtomicInteger batches = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (p, m, a) -> {
                    Object r = invoke(real, m, a);
                    return r instanceof Connection c ? connection(c, batches, healthy) : r;
                });
    }

    private static Connection connection(Connection real, AtomicInteger batches, int healthy) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (p, m, a) -> {
                    Object r = invoke(real, m, a);
                    if (!(r instanceof PreparedStatement ps)) return r;
                    return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(), new Class<?>[]{PreparedStatement.class},
                            (p2, m2, a2) -> {
                                if (m2.getName().equals("executeBatch") && batches.incrementAndGet() > healthy) {
                                    throw new SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "08000", 90028);
                                }
                                return invoke(ps, m2, a2);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void a_disk_that_fills_mid_import_stores_nothing_says_why_and_the_file_imports_later() throws Exception {
        Path file = dir.resolve("ucdp.csv");
        UcdpSample.synthetic(file, 5_000);
        DataSource real = TestDatabase.open(dir.resolve("data"));
        DatasetImporter full = TestDatabase.importer(fillingUpAfter(real, 2));
        assertThatThrownBy(() -> full.importFile(file, "tester", p -> { }))
                .isInstanceOf(DatasetImporter.StorageFailure.class)
                .hasMessageContaining("'ucdp.csv' could not be stored")
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing of the file was stored")
                .hasMessageNotContaining("\n");
        try (Connection c = real.getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM datasets) + (SELECT COUNT(*) FROM event_points)");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        DatasetImporter.Result later = TestDatabase.importer(real).importFile(file, "tester", p -> { });
        assertThat(later.duplicate()).isFalse();
        assertThat(later.rows()).isEqualTo(5_000);
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void a_disk_that_fills_after_chunks_were_committed_deletes_them_and_stores_nothing() throws Exception {
        Path file = dir.resolve("ucdp.csv");
        UcdpSample.synthetic(file, 5_000);
        DataSource real = TestDatabase.open(dir.resolve("data"));
        // chunks of 1,000 rows in batches of 1,000: the fourth chunk's batch fails, three are committed by then
        DatasetImporter full = TestDatabase.importer(fillingUpAfter(real, 3)).chunkRows(1_000);
        long[] committed = {0};
        assertThatThrownBy(() -> full.importFile(file, "tester", p -> committed[0] = p.rows()))
                .isInstanceOf(DatasetImporter.StorageFailure.class)
                .hasMessageContaining("near record 3001")
                .hasMessageContaining("nothing of the file was stored");
        assertThat(committed[0]).isEqualTo(3_000);
        try (Connection c = real.getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM datasets) + (SELECT COUNT(*) FROM event_points)");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(TestDatabase.importer(real).importFile(file, "tester", p -> { }).rows()).isEqualTo(5_000);
    }
}
