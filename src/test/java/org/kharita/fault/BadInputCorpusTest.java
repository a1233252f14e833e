package org.kharita.fault;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.cli.GeoparseCommand;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.IngestResult;
import org.kharita.corpus.TestCorpus;
import org.kharita.extract.ArticleText;
import org.kharita.extract.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs made to hurt, through the geoparse command and the ingest service: each is either refused
 * with one clear line and nothing stored, or stored whole as text (never as markup to run).
 */
public class BadInputCorpusTest {
    /** Name → bytes; the name's extension is the upload's (".html" is read as a web page). */
    public static final Map<String, byte[]> CORPUS = new LinkedHashMap<>();
    /** Those that must be refused; the rest are odd but legitimate text and must be stored whole. */
    public static final Map<String, String> REFUSED = new LinkedHashMap<>();

    @BeforeAll
    public static void make() {
        put("empty.txt", new byte[0], "is empty");
        put("whitespace.txt", " \n\t\r\n  \u00A0\n".getBytes(StandardCharsets.UTF_8), "is empty");
        byte[] binary = new byte[4096];
        new Random(15).nextBytes(binary);
        binary[10] = 0;
        put("binary.bin", binary, "looks binary");
        put("invalid-utf8.txt", new byte[]{'B', 'o', 'i', ' ', (byte) 0xC3, 0x28, ' ', 'v'}, "not valid UTF-8");
        byte[] utf16 = "Бои в Судже".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        put("utf16-bom.txt", withBom, "is UTF-16");
        put("over-2mb.txt", "a".repeat(ArticleText.MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII), "the limit is 2048 KB");
        put("one-1mb-line.txt", ("Shelling near Kupiansk " + "and more words ".repeat(70_000)).getBytes(StandardCharsets.UTF_8), null);
        put("nested.html", ("<html><body>" + "<div>".repeat(50_000) + "Shelling near Kupiansk today." + "</div>".repeat(50_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8), null);
        put("script.html", ("<html><head><title>Report<script>alert(1)</script></title></head><body onload=\"alert(2)\">"
                + "<p>Shelling near Kupiansk <img src=x onerror=alert(3)> yesterday.</p><script>alert(4)</script></body></html>")
                .getBytes(StandardCharsets.UTF_8), null);
        put("markup-as-text.txt", "<script>alert(1)</script> Shelling near <b onmouseover=alert(2)>Kupiansk</b> today."
                .getBytes(StandardCharsets.UTF_8), null);
        put("bidi.txt", "Shelling near \u202EKupiansk\u202C today \u2066\u2067 \u200F.".getBytes(StandardCharsets.UTF_8), null);
    }

    /** @param refusal words the refusal must hold; "" any refusal; null: must be accepted */
    static void put(String name, byte[] bytes, String refusal) {
        CORPUS.put(name, bytes);
        if (refusal != null) REFUSED.put(name, refusal);
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new GeoparseCommand(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_cli_refuses_each_bad_file_in_one_line_with_exit_2_and_reads_the_odd_ones(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, byte[]> e : CORPUS.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.write(f, e.getValue());
            Run r = cli(new byte[0], f.toString());
            if (REFUSED.containsKey(e.getKey())) {
                assertThat(r.code()).as(e.getKey()).isEqualTo(2);
                assertThat(r.err().strip().lines().count()).as(e.getKey() + ": " + r.err()).isOne();
                assertThat(r.err()).as(e.getKey()).startsWith("geoparse: ").contains(REFUSED.get(e.getKey()));
                assertThat(r.out()).as(e.getKey()).isEmpty();
            } else {
                assertThat(r.code()).as(e.getKey() + ": " + r.err()).isZero();
                assertThat(r.out()).as(e.getKey()).startsWith("{");
            }
        }
    }

    @Test
    void the_ingest_service_stores_nothing_of_a_refused_file_and_only_text_of_markup(@TempDir Path dir) throws Exception {
        TestCorpus corpus = TestCorpus.open(dir.resolve("data"), FakeEngine.analyzer());
        try (Connection c = corpus.connection()) {
            for (Map.Entry<String, byte[]> e : CORPUS.entrySet()) {
                long before = count(c, "SELECT COUNT(*) FROM articles");
                IngestRequest meta = new IngestRequest(null, null, LocalDate.of(2024, 10, 24),
                        "<img src=x onerror=alert('outlet')>", "javascript:alert('url')", null);
                if (REFUSED.containsKey(e.getKey())) {
                    try {
                        corpus.ingest().ingest(e.getValue(), e.getKey(), meta);
                        throw new AssertionError(e.getKey() + " was accepted");
                    } catch (BadInputException refused) {
                        assertThat(refused.getMessage()).as(e.getKey()).contains(REFUSED.get(e.getKey())).doesNotContain("\n");
                    }
                    assertThat(count(c, "SELECT COUNT(*) FROM articles")).as(e.getKey()).isEqualTo(before);
                } else {
                    IngestResult r = corpus.ingest().ingest(e.getValue(), e.getKey(), meta);
                    assertThat(r.duplicate()).as(e.getKey()).isFalse();
                    assertThat(count(c, "SELECT COUNT(*) FROM sentences WHERE article_id = " + r.articleId())).as(e.getKey()).isPositive();
                    String body = text(c, "SELECT body FROM articles WHERE id = " + r.articleId());
                    if (e.getKey().endsWith(".html")) {
                        // a web page's text is kept, its scripts and handlers are not
                        assertThat(body).contains("Kupiansk").doesNotContain("alert").doesNotContain("<");
                    } else {
                        assertThat(body.strip()).as(e.getKey()).isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8).strip());
                    }
                }
            }
            assertThat(count(c, "SELECT COUNT(*) FROM articles")).isEqualTo(CORPUS.size() - REFUSED.size());
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
