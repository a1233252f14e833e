package org.kharita.corpus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database holds the corpus. The store's SQL is written once for both; this names the few places
 * where PostgreSQL can do better than the shared SQL (the GiST-indexed geometry, COPY, LISTEN/NOTIFY).
 */
enum Dialect {
    H2, POSTGRESQL;

    static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the corpus", e);
        }
    }

    static Dialect of(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }
}
