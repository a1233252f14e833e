package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.support.Shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The geoparse contract (../shared/design/CONTRACT.md), run as the shell runs it. */
class GeoparseCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        List<JsonNode> lines() throws IOException {
            List<JsonNode> l = new java.util.ArrayList<>();
            for (String s : out.split("\n")) if (!s.isBlank()) l.add(JSON.readTree(s));
            return l;
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new GeoparseCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_seed_gives_one_json_document_whose_offsets_point_at_the_mentions() throws IOException {
        String seed = Shared.read(Shared.SEED);
        Run r = run("", "--published", "2024-10-24", Shared.SEED.toString());
        assertThat(r.code()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.path("language").asText()).isEqualTo("ar");
        assertThat(doc.path("publishedAt").asText()).isEqualTo("2024-10-24");
        assertThat(doc.path("mentions").size()).isGreaterThanOrEqualTo(10);
        for (JsonNode m : doc.path("mentions")) {
            assertThat(seed.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
            assertThat(m.has("literal")).isTrue();
            if (!m.path("place").isNull()) {
                assertThat(m.path("place").path("confidence").asDouble()).isBetween(0.0, 1.0);
                assertThat(m.path("place").has("alternatives")).isTrue();
            }
        }
        for (JsonNode e : doc.path("events")) {
            for (JsonNode i : e.path("places")) assertThat(i.asInt()).isLessThan(doc.path("mentions").size());
        }
    }

    @Test
    void standard_input_is_read_with_a_dash() throws IOException {
        Run r = run("Fighting continued near Sudzha in Kursk Oblast.", "--lang", "en", "-");
        assertThat(r.code()).isZero();
        assertThat(r.json().path("mentions")).extracting(m -> m.path("text").asText()).contains("Sudzha", "Kursk Oblast");
    }

    @Test
    void without_a_publication_date_it_is_null() throws IOException {
        assertThat(run("Sudzha.", "-").json().path("publishedAt").isNull()).isTrue();
    }

    @Test
    void bad_input_is_one_line_on_stderr_exit_2_and_nothing_on_stdout(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xE0});
        Path binary = Files.write(dir.resolve("b.bin"), new byte[]{1, 2, 0, 4, 5});
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[3 * 1024 * 1024]);
        for (String[] args : List.of(new String[]{empty.toString()}, new String[]{latin1.toString()}, new String[]{binary.toString()},
                new String[]{big.toString()}, new String[]{dir.resolve("missing.txt").toString()}, new String[]{"--frobnicate", "x"},
                new String[]{"--published", "24/10/2024", empty.toString()}, new String[]{"--lang", "fr", "-"}, new String[]{})) {
            Run r = run("", args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void an_article_in_a_language_it_does_not_read_is_refused_with_its_name_and_exit_2() {
        Run r = run("نیروهای روسیه روز چهارشنبه به شهر خارکیف حمله کردند و چند ساختمان مسکونی را ویران کردند.", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("Persian").contains("does not read").doesNotContain("\n");
    }

    @Test
    void in_json_lines_an_unread_language_is_an_error_line_and_the_run_goes_on(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "he", "text": "צבא רוסיה תקף ביום רביעי את העיר חרקוב והרס כמה בנייני מגורים."}
                {"id": "ru", "text": "Бои в Судже."}
                """);
        Run r = run("", "--jsonl", in.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines.get(0).path("error").asText()).contains("Hebrew");
        assertThat(lines.get(1).path("language").asText()).isEqualTo("ru");
    }

    @Test
    void a_folder_gives_json_lines_with_sources_and_a_failing_file_does_not_stop_the_run(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Shelling hit Kharkiv.");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("c.txt"), "Бои в Судже.");
        Run r = run("", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("source").asText()).endsWith("a.txt");
        assertThat(lines.get(1).path("error").asText()).contains("empty");
        assertThat(lines.get(2).path("language").asText()).isEqualTo("ru");
    }

    @Test
    void json_lines_input_keeps_ids_order_and_per_article_dates(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "one", "text": "Drones struck Odesa.", "publishedAt": "2024-10-24", "language": "en"}
                not json
                {"id": "three", "text": ""}
                {"id": "four", "text": "Бои в Судже."}
                """);
        Run r = run("", "--jsonl", in.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.path("id").asText()).containsExactly("one", "null", "three", "four");
        assertThat(lines.get(0).path("publishedAt").asText()).isEqualTo("2024-10-24");
        assertThat(lines.get(1).has("error")).isTrue();
        assertThat(lines.get(2).path("error").asText()).contains("empty");
        assertThat(lines.get(3).path("mentions").size()).isEqualTo(1);
    }

    @Test
    void an_extra_gazetteer_in_geonames_format_is_used(@TempDir Path dir) throws IOException {
        Path gaz = dir.resolve("extra.txt");
        Files.writeString(gaz, String.join("\t", "999000001", "Zzyzxville", "Zzyzxville", "Зизиксвиль", "35.1", "-116.1",
                "P", "PPL", "US", "", "CA", "", "", "", "600", "", "", "America/Los_Angeles", "2024-01-01") + "\n");
        Run r = run("The convoy reached Zzyzxville at dawn.", "--gazetteer", gaz.toString(), "-");
        assertThat(r.code()).isZero();
        JsonNode m = r.json().path("mentions").get(0);
        assertThat(m.path("place").path("id").asText()).isEqualTo("geonames:999000001");
    }

    @Test
    void invalid_utf8_inside_a_json_line_is_refused_as_in_a_single_file_and_the_run_goes_on(@TempDir Path dir) throws IOException {
        byte[] latin1 = "Бои в Судже".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Path single = dir.resolve("cp1251.txt");
        Files.write(single, latin1);
        Run alone = run("", single.toString());
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("not valid UTF-8");

        java.io.ByteArrayOutputStream jsonl = new java.io.ByteArrayOutputStream();
        jsonl.writeBytes("\uFEFF{\"id\": \"one\", \"text\": \"Drones struck Odesa.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes("{\"id\": \"two\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes(latin1);
        jsonl.writeBytes("\"}\n{\"id\": \"three\", \"text\": \"Бои в Судже.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, jsonl.toByteArray());
        Run r = run("", "--jsonl", in.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("id").asText()).isEqualTo("one");
        assertThat(lines.get(0).path("mentions").size()).isEqualTo(1);
        assertThat(lines.get(1).path("error").asText()).isEqualTo("line 2 is not valid UTF-8");
        assertThat(lines.get(2).path("id").asText()).isEqualTo("three");
        assertThat(lines.get(2).path("mentions").size()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("\uFFFD");
    }

    @Test
    void a_json_line_over_the_limit_is_an_error_line_and_the_next_one_runs() {
        String huge = "{\"id\": \"big\", \"text\": \"" + "x".repeat(GeoparseCommand.MAX_JSONL_LINE_BYTES) + "\"}\n";
        Run r = run(huge + "{\"id\": \"next\", \"text\": \"Drones struck Odesa.\"}\n", "--jsonl", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out().lines().toList().get(0)).contains("line 1 is over 6 MB");
        assertThat(r.out().lines().toList().get(1)).contains("\"next\"").contains("Odesa");
    }
}
