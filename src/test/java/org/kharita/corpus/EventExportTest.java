package org.kharita.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each export read back by a parser, holding exactly the filtered events. */
class EventExportTest {
    @TempDir
    Path dataDir;
    EventExport export;
    final EventFilter august = EventFilter.NONE.withDates(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31));

    @BeforeEach
    void load() {
        TestCorpus c = TestCorpus.open(dataDir, FakeEngine.analyzer());
        c.ingest().ingest(IngestRequest.of("Report\nTroops fought near Plekhovo today.", LocalDate.of(2024, 8, 14)));
        byte[] csv = UcdpSample.small().getBytes(StandardCharsets.UTF_8);
        c.importer().importUcdp(new ByteArrayInputStream(csv), csv.length, "sample.csv", "t", p -> { });
        export = new EventExport(c.corpus());
    }

    @Test
    void csv_has_a_bom_acled_columns_and_only_the_filtered_rows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(august, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text);
        List<Map<String, String>> rows = it.readAll();
        assertThat(rows).hasSize(4); // Plekhovo + 3 UCDP rows in August 2024 (not Donetsk 2022)
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(EventExport.CSV_COLUMNS);
        Map<String, String> withComma = rows.stream().filter(r -> r.get("event_id_cnty").equals("UCDP-1")).findFirst().orElseThrow();
        assertThat(withComma.get("notes")).isEqualTo("Shelling reported near Sudzha, with commas");
        assertThat(withComma.get("event_type")).isEqualTo("Battles");
        assertThat(withComma.get("fatalities")).isEqualTo("3");
        assertThat(rows).anyMatch(r -> r.get("event_id_cnty").equals("UCDP-3") && r.get("time_precision").equals("3"));
        assertThat(rows).anyMatch(r -> r.get("location").equals("Plekhovo") && r.get("claimedBy").equals("Ministry of Defence"));
    }

    @Test
    void geojson_is_a_feature_collection_of_lon_lat_points() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.geoJson(august, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).hasSize(4);
        JsonNode sudzha = root.get("features").get(1);
        for (JsonNode f : root.get("features")) {
            if (f.get("properties").get("event_id_cnty").asText().equals("UCDP-1")) sudzha = f;
        }
        assertThat(sudzha.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(35.27);
        assertThat(sudzha.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(51.19);
    }

    @Test
    void kml_is_well_formed_with_one_placemark_per_event() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.kml(august, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList marks = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
        assertThat(marks.getLength()).isEqualTo(4);
        String all = doc.getDocumentElement().getTextContent();
        assertThat(all).contains("35.27,51.19").contains("Strikes somewhere in the oblast \"quoted\"");
    }

    /** OWASP's CSV-injection payloads, each the start of a text cell (headline, side, place, oblast). */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://127.0.0.1/x\",\"click\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    List<Map<String, String>> exportOf(String ucdp) throws Exception {
        Path dir = dataDir.resolve("formulas");
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        byte[] csv = ucdp.getBytes(StandardCharsets.UTF_8);
        c.importer().importUcdp(new ByteArrayInputStream(csv), csv.length, "formulas.csv", "t", p -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventExport(c.corpus()).csv(EventFilter.NONE, out);
        String text = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8);
        return new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(text).readAll();
    }

    @Test
    void csv_text_cells_that_start_like_a_formula_get_a_leading_apostrophe() throws Exception {
        StringBuilder ucdp = new StringBuilder(UcdpSample.HEADER);
        for (int i = 0; i < FORMULAS.size(); i++) {
            String f = FORMULAS.get(i);
            ucdp.append(UcdpSample.row(100 + i, 1, f, "Government of Ukraine", f, 1, f, f, 51.19, 35.27, "Russia", 1,
                    "2024-08-10", "2024-08-10", 1));
        }
        List<Map<String, String>> rows = exportOf(ucdp.toString());
        assertThat(rows).hasSize(FORMULAS.size());
        for (Map<String, String> row : rows) {
            for (String column : List.of("actor1", "location", "admin1", "notes")) {
                String cell = row.get(column);
                assertThat(cell).as(column).startsWith("'");
                // the importer may trim a leading CR or tab; what follows the apostrophe is still the payload
                assertThat(FORMULAS.stream().map(String::strip)).as(column).contains(cell.substring(1).strip());
            }
        }
    }

    @Test
    void every_owasp_lead_character_is_neutralised_in_text_columns_only() {
        for (String f : FORMULAS) {
            List<Object> row = new java.util.ArrayList<>(java.util.Collections.nCopies(EventExport.CSV_COLUMNS.size(), f));
            List<Object> safe = EventExport.neutraliseFormulas(row);
            assertThat(safe.get(EventExport.CSV_COLUMNS.indexOf("notes"))).isEqualTo("'" + f);
            assertThat(safe.get(EventExport.CSV_COLUMNS.indexOf("latitude"))).isEqualTo(f);
        }
    }

    @Test
    void csv_negative_coordinates_stay_numbers_and_plain_text_is_untouched() throws Exception {
        List<Map<String, String>> rows = exportOf(UcdpSample.HEADER + UcdpSample.row(7, 1, "Side - A", "B", "Ordinary headline",
                1, "Santiago", "Region", -33.45, -70.66, "Chile", 1, "2024-08-10", "2024-08-10", 2));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("latitude")).isEqualTo("-33.45");
        assertThat(rows.get(0).get("longitude")).isEqualTo("-70.66");
        assertThat(rows.get(0).get("actor1")).isEqualTo("Side - A");
        assertThat(rows.get(0).get("notes")).isEqualTo("Ordinary headline");
    }

    @Test
    void kml_description_is_plain_text_even_where_google_earth_renders_html() throws Exception {
        String markup = "<img src=x onerror=alert(1)> & <b>bold</b> ]]> end";
        TestCorpus c = TestCorpus.open(dataDir.resolve("kml"), FakeEngine.analyzer());
        c.ingest().ingest(IngestRequest.of("Report\nTroops fought near Plekhovo today. " + markup, LocalDate.of(2024, 8, 14)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventExport(c.corpus()).kml(EventFilter.NONE, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList descriptions = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "description");
        assertThat(descriptions.getLength()).isPositive();
        // What Google Earth hands its HTML renderer is this text; parsed as HTML it must give back the characters.
        String html = descriptions.item(0).getTextContent();
        assertThat(html).doesNotContain("<").contains("&lt;img");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).body().children()).isEmpty();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).text()).contains(markup);
    }
}
