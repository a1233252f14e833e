package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.Geo;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TheatreLayerTest {
    private static final Path REFERENCE = Path.of("../shared/reference/border_gazetteer.tsv");
    /** PROVENANCE.md, "Known wrong rows": flagged plausible or not, their coordinates must not be used. */
    private static final Set<String> KNOWN_WRONG = Set.of("gnpc:RU:307813", "gnpc:RU:307835", "gnpc:RU:307818", "gnpc:RU:307420");
    private final GeodataFiles files = GeodataFiles.directory(Path.of("geodata"));

    @Test
    void every_coordinate_lies_within_2_km_of_the_reference_where_the_reference_has_the_place() throws Exception {
        assumeTrue(Files.exists(REFERENCE), "../shared/reference absent: the coordinate check needs the reference gazetteer");
        List<String[]> ref = trustworthyReferenceRows();
        List<String> far = new ArrayList<>();
        int compared = 0;
        for (Map<String, String> row : new TheatreLayer(files).rows()) {
            double lat = Double.parseDouble(row.get("lat")), lon = Double.parseDouble(row.get("lon"));
            List<String> cyrillic = new ArrayList<>(Tsv.list(row.get("names_ru")));
            cyrillic.addAll(Tsv.list(row.get("names_uk")));
            // several same-named villages in one oblast: the reference "has the place" when one of them is near
            double nearest = Double.MAX_VALUE;
            String nearestId = null;
            for (String[] r : ref) {
                if (!r[2].equals(row.get("country")) || !r[3].equals(row.get("admin1_code"))) continue;
                if (cyrillic.stream().noneMatch(n -> sameName(n, r[4]))) continue;
                double km = Geo.km(lat, lon, Double.parseDouble(r[0]), Double.parseDouble(r[1]));
                if (km < nearest) {
                    nearest = km;
                    nearestId = r[5];
                }
            }
            if (nearestId == null) continue;
            if (row.get("note").startsWith("APPROXIMATE")) continue; // placed at a district seat, said so
            compared++;
            if (nearest > 2.0) far.add(row.get("id") + " is " + Math.round(nearest) + " km from " + nearestId);
        }
        assertThat(far).as("theatre rows far from the reference").isEmpty();
        assertThat(compared).as("rows the reference could check").isGreaterThan(40);
    }

    @Test
    void every_row_names_the_source_of_its_coordinate_and_approximate_ones_say_so() throws Exception {
        for (Map<String, String> row : new TheatreLayer(files).rows()) {
            assertThat(row.get("coord_source")).as(row.get("id")).isNotBlank();
            int precision = Integer.parseInt(row.get("precision_km"));
            if (precision > 5) assertThat(row.get("note")).as(row.get("id")).startsWith("APPROXIMATE");
        }
    }

    @Test
    void seed_villages_are_curated_records_with_their_arabic_renderings() throws Exception {
        List<GazetteerRecord> records = new ArrayList<>();
        new TheatreLayer(files).forEach(records::add);
        GazetteerRecord plekhovo = records.stream().filter(r -> r.place().id().equals("kharita:plekhovo-sudzhansky")).findFirst().orElseThrow();
        assertThat(plekhovo.curated()).isTrue();
        assertThat(plekhovo.names()).contains("Плёхово", "Plekhovo", "بليخوفو");
        assertThat(plekhovo.place().admin1()).isEqualTo("Kursk Oblast");
        assertThat(records).extracting(r -> r.place().id()).doesNotHaveDuplicates();
        assertThat(records.stream().filter(r -> r.names().contains("Новоивановка")).count())
                .as("the Sudzhansky Novoivanovka only; others come from GeoNames").isEqualTo(1);
    }

    private static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return s.toLowerCase().replace('ё', 'е').replace('і', 'и').replace('ї', 'и').replace('є', 'е').trim();
    }

    /** lat, lon, country, admin1, name, gaz_id of every reference row a coordinate may be checked against. */
    private static List<String[]> trustworthyReferenceRows() throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(REFERENCE, StandardCharsets.UTF_8)) {
            List<String> cols = List.of(r.readLine().split("\t", -1));
            int id = cols.indexOf("gaz_id"), lat = cols.indexOf("latitude"), lon = cols.indexOf("longitude"),
                    cc = cols.indexOf("country_code"), a1 = cols.indexOf("admin1_code"), q = cols.indexOf("coord_quality"),
                    name = cols.indexOf("name"), ru = cols.indexOf("name_ru"), uk = cols.indexOf("name_uk");
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c[q].contains("SUSPECT") || c[q].contains("unchecked") || KNOWN_WRONG.contains(c[id])) continue;
                List<String> names = new ArrayList<>(List.of(c[name]));
                names.addAll(Tsv.list(c[ru]));
                names.addAll(Tsv.list(c[uk]));
                for (String n : names) out.add(new String[]{c[lat], c[lon], c[cc], c[a1], n, c[id]});
            }
        }
        return out;
    }
}
