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
}
