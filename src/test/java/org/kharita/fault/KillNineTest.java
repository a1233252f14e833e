package org.kharita.fault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.IngestResult;
import org.kharita.corpus.TestCorpus;
import org.kharita.corpus.UcdpSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the app in the middle of each kind of write: a dataset import, an article ingest, a
 * correction, an overlay delete. After a restart the app starts and answers, each write is there
 * whole or not at all, and the same file imports again.
 */
class KillNineTest {
    @TempDir
    Path dir;
    final List<AppProcess> children = new ArrayList<>();

    @AfterEach
    void noChildLeft() throws InterruptedException {
        for (AppProcess p : children) p.close();
    }

    AppProcess track(AppProcess p) {
        children.add(p);
        return p;
    }

    Path data() {
        return dir.resolve("data");
    }

    /** The restart: the viewer starts on the data a kill left, and its map page answers 200; then a clean stop. */
    void restartAnswers(String name) throws Exception {
        AppProcess again = track(AppProcess.viewer(name, data()));
        int port = again.awaitStarted();
        assertThat(AppProcess.status(port, "/")).isEqualTo(200);
        again.stop();
    }

    /** FaultChild doing {@code action} on {@code file}. */
    AppProcess child(String name, String action, Path file, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--kharita.data-dir=" + data(), "--kharita.demo.enabled=false"));
        all.addAll(List.of(args));
        return track(AppProcess.start(name, FaultChild.class.getName(),
                List.of("-Dfault.action=" + action, "-Dfault.file=" + file), all.toArray(String[]::new)));
    }

    /**
     * Kills the app once it says {@code signal}, restarts it on the same data and checks that it answers.
     * @return whether the app had said {@code done} (the write finished) before it died
     */
    boolean killAtAndRestart(AppProcess app, String signal, String done, String name) throws Exception {
        app.await(Pattern.compile(signal), AppProcess.START);
        app.kill9();
        boolean finished = done != null && app.said(Pattern.compile(done));
        restartAnswers(name + "-restart");
        return finished;
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data().resolve("kharita").toAbsolutePath(), "sa", "");
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void a_dataset_import_killed_half_way_leaves_nothing_and_the_file_imports_again() throws Exception {
        int rows = 60_000;
        Path file = dir.resolve("ucdp-synthetic.csv");
        UcdpSample.synthetic(file, rows);
        AppProcess app = track(AppProcess.viewer("import-killed", data(), "--kharita.import.files=" + file));
        boolean finished = killAtAndRestart(app, "\\d+0% read, \\d+ rows", "events imported", "import");
        assertThat(finished).as("the kill came before the import ended").isFalse();
        try (Connection c = db()) {
            assertThat(count(c, "SELECT COUNT(*) FROM datasets")).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM event_points WHERE dataset_id IS NOT NULL")).isZero();
        }
        DatasetImporter.Result again = TestCorpus.open(data(), FakeEngine.analyzer()).importer().importFile(file, "test", p -> { });
        assertThat(again.duplicate()).isFalse();
        assertThat(again.rows()).isEqualTo(rows);
    }

    @Test
    void an_article_ingest_killed_half_way_is_whole_or_absent_and_ingests_again() throws Exception {
        Path article = dir.resolve("long-article.txt");
        StringBuilder text = new StringBuilder("A long report\n");
        String[] towns = {"Kupiansk", "Pokrovsk", "Kharkiv", "Sumy", "Kherson", "Zaporizhzhia", "Bakhmut", "Avdiivka"};
        // Long enough that storing it takes a moment (about 800 mentions), short enough for the engine on a busy machine.
        for (int i = 0; text.length() < 25_000; i++) {
            text.append("On Monday Russian forces shelled ").append(towns[i % towns.length])
                    .append(", killing ").append(1 + i % 5).append(" civilians, officials said. ");
        }
        Files.writeString(article, text);
        AppProcess app = child("ingest-killed", "ingest", article, "--logging.level.org.kharita.corpus.IngestService=DEBUG",
                "--kharita.ingest.time-budget=PT10M");
        // The analysis reads without writing; the kill comes once the store begins.
        boolean finished = killAtAndRestart(app, "storing 'A long report'", "FAULT ingest-done", "ingest");
        long articles;
        try (Connection c = db()) {
            articles = count(c, "SELECT COUNT(*) FROM articles");
            assertThat(articles).isBetween(0L, 1L);
            if (finished) assertThat(articles).isOne();
            if (articles == 1) {
                assertThat(count(c, "SELECT COUNT(*) FROM sentences")).isPositive();
                assertThat(count(c, "SELECT COUNT(*) FROM mentions")).isPositive();
            } else {
                for (String table : List.of("sentences", "mentions", "events", "event_points")) {
                    assertThat(count(c, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
                }
            }
        }
        IngestResult again = TestCorpus.open(data(), FakeEngine.analyzer()).ingest()
                .ingest(Files.readAllBytes(article), article.getFileName().toString(),
                        new IngestRequest(null, null, LocalDate.of(2024, 10, 24), "fault", null, null));
        assertThat(again.duplicate()).isEqualTo(articles == 1);
    }

    @Test
    void corrections_killed_in_a_run_each_move_the_mention_and_its_record_together() throws Exception {
        Path article = dir.resolve("short-article.txt");
        Files.writeString(article, "Shelling in Kupiansk\nOn Monday Russian forces shelled Kupiansk, killing two civilians.");
        killAtAndRestart(child("correct-killed", "correct", article), "FAULT corrected \\d+ 20$", null, "correct");
        try (Connection c = db()) {
            long corrections = count(c, "SELECT COUNT(*) FROM corrections");
            assertThat(corrections).isGreaterThanOrEqualTo(21);
            // The last correction on record is where the mention is, and where its events are plotted.
            double lastLat;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT new_lat FROM corrections ORDER BY id DESC LIMIT 1")) {
                rs.next();
                lastLat = rs.getDouble(1);
            }
            assertThat(lastLat).isEqualTo(48.0 + (corrections - 1) * 1e-4, org.assertj.core.data.Offset.offset(1e-9));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT lat FROM mentions WHERE idx = 0")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(lastLat);
            }
            assertThat(count(c, "SELECT COUNT(*) FROM event_points WHERE mention_idx = 0 AND lat <> " + lastLat)).isZero();
        }
    }

    @Test
    void an_overlay_delete_killed_half_way_is_whole_or_gone_and_the_file_imports_again() throws Exception {
        Path overlay = dir.resolve("big-overlay.geojson");
        StringBuilder g = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        LocalDate day = LocalDate.of(2015, 1, 1);
        int shapes = 3000;
        for (int i = 0; i < shapes; i++) {
            double x = 36 + (i % 100) / 100.0;
            g.append(i == 0 ? "" : ",").append("{\"type\": \"Feature\", \"properties\": {\"date\": \"").append(day.plusDays(i))
                    .append("\", \"layer\": \"big\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[").append(x)
                    .append(", 48], [").append(x + 1).append(", 48], [").append(x + 1).append(", 49], [").append(x)
                    .append(", 49], [").append(x).append(", 48]]]}}");
        }
        Files.writeString(overlay, g.append("]}"));
        boolean finished = killAtAndRestart(child("overlay-killed", "overlay-delete", overlay), "FAULT delete-begin",
                "FAULT delete-done", "overlay");
        long layers;
        try (Connection c = db()) {
            layers = count(c, "SELECT COUNT(*) FROM overlay_layers");
            if (finished) assertThat(layers).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM overlay_shapes")).isEqualTo(layers * shapes);
            if (layers == 1) assertThat(count(c, "SELECT shape_count FROM overlay_layers")).isEqualTo(shapes);
        }
        DatasetImporter.Result again = TestCorpus.open(data(), FakeEngine.analyzer()).importer().importFile(overlay, "test", p -> { });
        assertThat(again.overlay()).isTrue();
        assertThat(again.duplicate()).isEqualTo(layers == 1);
    }
}
