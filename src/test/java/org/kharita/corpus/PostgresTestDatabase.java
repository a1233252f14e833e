package org.kharita.corpus;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL server for the corpus tests: a database of its own per data folder, so a test that
 * "restarts" (opens its folder again) finds what it wrote, as it would in H2's file. Each is a copy of a
 * template migrated once per test JVM; a test class drops its databases when it ends ({@link #dropCreated}),
 * and databases a killed run left behind are dropped by the next run's first open.
 *
 * <p>Where the server is: {@code -Dkharita.test.postgres.url} or {@code KHARITA_TEST_POSTGRES_URL}
 * (default {@value #DEFAULT_URL}, the database the role logs in to), user and password from
 * {@code KHARITA_TEST_POSTGRES_USER} / {@code _PASSWORD} (default kharita / kharita). The role must be
 * allowed to create databases and the PostGIS extension (.ci/run makes it a superuser). With no server
 * the tests are skipped, unless {@code KHARITA_REQUIRE_POSTGRES=1}: then they fail.
 */
public final class PostgresTestDatabase {
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/kharita";
    private static final String TEMPLATE = "kharita_test_template";
    private static final Map<Path, HikariDataSource> OPEN = new LinkedHashMap<>();
    private static final List<String> CREATED = new ArrayList<>();
    private static String unavailable;
    private static boolean probed;
    private static boolean templateReady;

    private PostgresTestDatabase() {
    }

    static String url() {
        String url = System.getProperty("kharita.test.postgres.url", System.getenv("KHARITA_TEST_POSTGRES_URL"));
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    static String user() {
        return env("KHARITA_TEST_POSTGRES_USER", "kharita");
    }

    static String password() {
        return env("KHARITA_TEST_POSTGRES_PASSWORD", "kharita");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Skips the calling test when no server answers, or fails it when one is required (CI). */
    public static synchronized void assumeAvailable() {
        if (!probed) {
            probed = true;
            try (Connection c = connect(url())) {
                c.createStatement().execute("SELECT 1");
            } catch (SQLException e) {
                unavailable = "no PostgreSQL server at " + url() + " as " + user() + " (" + e.getMessage() + ")";
            }
        }
        if (unavailable == null) return;
        if ("1".equals(System.getenv("KHARITA_REQUIRE_POSTGRES"))) {
            Assertions.fail(unavailable + "; KHARITA_REQUIRE_POSTGRES=1 makes this a failure (.ci/run starts one)");
        }
        Assumptions.abort(unavailable + ": PostgreSQL tests skipped (set KHARITA_TEST_POSTGRES_URL, or run .ci/run)");
    }

    /** The database for this data folder, created and migrated at the first open in this JVM. */
    static synchronized HikariDataSource open(Path dataDir) {
        assumeAvailable();
        HikariDataSource open = OPEN.get(dataDir.toAbsolutePath());
        if (open != null) return open;
        String name = "kharita_t_" + digest(dataDir.toAbsolutePath().toString());
        if (!templateReady) createTemplate();
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        CREATED.add(name);
        HikariDataSource ds = pool(name);
        // a no-op on the template's copy, but it proves the history matches the migrations on the classpath
        migrate(ds);
        OPEN.put(dataDir.toAbsolutePath(), ds);
        return ds;
    }

    /** A database of its own, not tied to a folder: for tests that start whole apps on it. */
    public static synchronized String createDatabase(String purpose) {
        assumeAvailable();
        if (!templateReady) createTemplate();
        String name = "kharita_t_" + digest(purpose + System.nanoTime());
        admin("CREATE DATABASE " + name);
        CREATED.add(name);
        return withDatabase(url(), name);
    }

    static void migrate(javax.sql.DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    }

    private static void createTemplate() {
        List<String> drops = new ArrayList<>();
        for (String left : leftBehind()) drops.add("DROP DATABASE IF EXISTS " + left + " WITH (FORCE)");
        drops.add("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
        drops.add("CREATE DATABASE " + TEMPLATE);
        admin(drops.toArray(String[]::new));
        try (HikariDataSource ds = pool(TEMPLATE)) {
            migrate(ds);
        }
        templateReady = true;
    }

    private static List<String> leftBehind() {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(url()); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'kharita\\_t\\_%'")) {
            while (rs.next()) names.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** Closes and drops the databases opened since the last call: a test class's, when it ends. */
    public static synchronized void dropCreated() {
        OPEN.values().forEach(HikariDataSource::close);
        OPEN.clear();
        if (CREATED.isEmpty()) return;
        List<String> drops = new ArrayList<>();
        for (String name : CREATED) drops.add("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        CREATED.clear();
        admin(drops.toArray(String[]::new));
    }

    private static HikariDataSource pool(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withDatabase(url(), database));
        config.setUsername(user());
        config.setPassword(password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName(database);
        return new HikariDataSource(config);
    }

    private static void admin(String... statements) {
        try (Connection c = connect(url()); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + String.join("; ", statements), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, p);
    }

    /** The same server and options, another database: jdbc:postgresql://host:port/DB?options. */
    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String server = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return server + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
