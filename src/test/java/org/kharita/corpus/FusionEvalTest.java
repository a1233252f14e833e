package org.kharita.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.Engines;
import org.kharita.fuse.ClusterScores;
import org.kharita.fuse.Fuser;
import org.kharita.fuse.Report;
import org.kharita.geo.Geo;
import org.kharita.geo.Language;
import org.kharita.support.Shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fusion against a gold clustering: the demo story in three languages plus two opposed claims, read by the
 * real engine and fused by the store (gold by key in src/test/resources/fusion/gold-clusters.json); and the
 * located, dated gold events of ../shared/dev-eval beside the real UCDP rows of ../shared/events-real, fused
 * as reports (gold: each a distinct occurrence). Prints pairwise precision and recall of merges, B-cubed
 * F1, per language pair; holds B-cubed F1 ≥ 0.9 and no merge of settlements more than 25 km apart.
 */
class FusionEvalTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);

    @TempDir
    Path dataDir;

    @Test
    void the_demo_story_and_opposed_claims_fuse_as_the_gold_clustering_says() throws IOException {
        TestCorpus c = TestCorpus.open(dataDir, Engines.createDefault());
        Map<String, String> docOfArticle = new HashMap<>();
        for (String lang : List.of("en", "ar", "ru")) {
            docOfArticle.put(String.valueOf(ingest(c, "/demo/" + lang + "-duma-kursk.txt", lang, "demo " + lang)), lang);
        }
        docOfArticle.put(String.valueOf(ingest(c, "/fusion/ru-mod-darino-captured.txt", "en", "wire A")), "wireA");
        docOfArticle.put(String.valueOf(ingest(c, "/fusion/uk-genstaff-darino-repelled.txt", "en", "wire B")), "wireB");
        JsonNode goldFile;
        try (InputStream in = getClass().getResourceAsStream("/fusion/gold-clusters.json")) {
            goldFile = JSON.readTree(in).get("clusters");
        }
        Map<String, String> gold = new LinkedHashMap<>(), system = new LinkedHashMap<>(), docOf = new HashMap<>();
        Corpus corpus = c.corpus();
        List<EventRow> rows = corpus.events(EventFilter.NONE.withReports(true), 0, 10_000);
        for (EventRow r : rows) {
            String doc = docOfArticle.get(String.valueOf(r.articleId()));
            String item = doc + ":" + r.placeName() + "#" + r.id();
            JsonNode g = goldFile.get(doc + ":" + r.placeName());
            gold.put(item, g == null ? item : g.asText());
            system.put(item, String.valueOf(corpus.fusedId(r.id())));
            docOf.put(item, doc);
        }
        ClusterScores all = ClusterScores.of(gold, system);
        print("demo + claims (" + rows.size() + " reports)", all);
        for (String[] pair : new String[][]{{"en", "ar"}, {"en", "ru"}, {"ar", "ru"}, {"wireA", "wireB"}, {"en", "wireA"}}) {
            ClusterScores p = ClusterScores.of(gold, system, (a, b) -> docOf.get(a).equals(pair[0]) && docOf.get(b).equals(pair[1]));
            // B-cubed is over items, not pairs: only the pairwise figures are per language pair
            System.out.printf("FUSION   pairs %s–%s: merges gold %d, made %d, right %d; pair P %.3f R %.3f%n", pair[0], pair[1],
                    p.goldPairs(), p.systemPairs(), p.correctPairs(), p.pairPrecision(), p.pairRecall());
        }
        assertThat(all.bcubedF1()).isGreaterThanOrEqualTo(0.9);
        assertNoFarMerges(rows.stream().map(r -> new double[]{corpus.fusedId(r.id()), r.lat(), r.lon(),
                r.locationPrecision()}).toList());
    }

    @Test
    void real_gold_events_and_ucdp_rows_are_not_merged_where_they_are_distinct() throws IOException {
        Path articles = Shared.require(Shared.DEV_EVAL);
        Path events = Shared.require(Shared.ROOT.resolve("dev-eval/events-gold.jsonl"));
        Map<String, Map<String, double[]>> coords = new HashMap<>();
        for (String line : Files.readAllLines(articles)) {
            JsonNode a = JSON.readTree(line);
            Map<String, double[]> byOffset = new HashMap<>();
            for (JsonNode m : a.get("mentions")) {
                if (m.hasNonNull("lat")) byOffset.put(m.get("start").asInt() + ":" + m.get("end").asInt(),
                        new double[]{m.get("lat").asDouble(), m.get("lon").asDouble()});
            }
            coords.put(a.get("id").asText(), byOffset);
        }
        List<Report> reports = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>(), langOf = new HashMap<>();
        long id = 1;
        for (String line : Files.readAllLines(events)) {
            JsonNode passage = JSON.readTree(line);
            String pid = passage.get("id").asText();
            for (JsonNode e : passage.get("events")) {
                if (e.path("optional").asBoolean() || !e.hasNonNull("date") || !"day".equals(e.path("datePrecision").asText())) continue;
                int day = (int) LocalDate.parse(e.get("date").asText()).toEpochDay();
                Map<String, Boolean> seen = new HashMap<>();
                for (JsonNode r : e.get("realisations")) {
                    for (JsonNode p : r.get("places")) {
                        double[] at = coords.get(pid).get(p.get("start").asInt() + ":" + p.get("end").asInt());
                        String place = p.get("surface").asText();
                        if (at == null || seen.put(place, true) != null) continue;
                        String key = e.get("eid").asText() + ":" + place;
                        // the gazetteer entry stands in as the rounded coordinate of the gold mention
                        String placeId = Math.round(at[0] * 100) + "," + Math.round(at[1] * 100);
                        reports.add(new Report(id++, key, "a" + pid, pid, e.get("type").asText(), day, day, at[0], at[1], 1,
                                null, null, null, placeId));
                        // one gold event naming one place by two spellings is one report of it
                        gold.put(key, e.get("eid").asText() + "@" + placeId);
                        langOf.put(key, passage.get("language").asText());
                    }
                }
            }
        }
        int located = reports.size();
        long dataset = 1;
        try (var files = Files.list(Shared.ROOT.resolve("events-real"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("ucdp_ged.*\\.csv")).sorted().toList()) {
                for (Report r : ucdp(f, dataset++, id)) {
                    reports.add(r);
                    gold.put(r.key(), r.key());
                    langOf.put(r.key(), "ucdp");
                    id = r.id() + 1;
                }
            }
        }
        Fuser fuser = new Fuser();
        Map<Long, Long> fused = fuser.fuseAll(reports);
        Map<String, String> system = new LinkedHashMap<>();
        for (Report r : reports) system.put(r.key(), String.valueOf(fused.get(r.id())));
        ClusterScores s = ClusterScores.of(gold, system);
        Map<String, List<String>> merged = new HashMap<>();
        system.forEach((k, v) -> merged.computeIfAbsent(v, x -> new ArrayList<>()).add(k));
        merged.values().stream().filter(m -> m.size() > 1).forEach(m -> System.out.println("FUSION   merged: " + m));
        print("dev-eval gold events (" + located + ") + UCDP rows (" + (reports.size() - located) + ")", s);
        assertThat(s.systemPairs()).as("merges of reports gold keeps apart").isEqualTo(s.correctPairs());
        assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.9);
    }

    /** UCDP rows as the importer reads them, for fusion: day interval, place, precision. */
    static List<Report> ucdp(Path csv, long dataset, long firstId) throws IOException {
        List<Report> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var schema = com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();
            var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class).with(schema)
                    .<Map<String, String>>readValues(in);
            long id = firstId;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                int where = Integer.parseInt(row.get("where_prec"));
                int precision = where == 1 ? 1 : where <= 3 || where == 5 ? 2 : where == 4 ? 3 : 4;
                String type = "3".equals(row.get("type_of_violence")) ? "attack_on_civilians" : "battle";
                int first = (int) LocalDate.parse(row.get("date_start").substring(0, 10)).toEpochDay();
                int last = (int) LocalDate.parse(row.get("date_end").substring(0, 10)).toEpochDay();
                out.add(new Report(id++, "d" + dataset + ":UCDP-" + row.get("id"), "d" + dataset, "UCDP GED", type, first,
                        Math.max(first, last), Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
                        precision, row.get("country"), row.get("adm_1"), null));
            }
        }
        return out;
    }

    /** No fused event joins settlement-precise reports more than 25 km apart. Rows: fused id, lat, lon, precision. */
    static void assertNoFarMerges(List<double[]> rows) {
        for (double[] a : rows) {
            for (double[] b : rows) {
                if (a[0] != b[0] || a[3] > 1 || b[3] > 1) continue;
                assertThat(Geo.km(a[1], a[2], b[1], b[2])).as("settlements merged apart").isLessThanOrEqualTo(25);
            }
        }
    }

    static long ingest(TestCorpus c, String resource, String lang, String outlet) throws IOException {
        try (InputStream in = FusionEvalTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return c.ingest().ingest(new IngestRequest(text, Language.fromCode(lang).orElseThrow(), PUBLISHED, outlet, null, null))
                    .articleId();
        }
    }

    static void print(String what, ClusterScores s) {
        System.out.printf("FUSION %s: merges gold %d, made %d, right %d; pair P %.3f R %.3f; B-cubed P %.3f R %.3f F1 %.3f%n",
                what, s.goldPairs(), s.systemPairs(), s.correctPairs(), s.pairPrecision(), s.pairRecall(),
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    }
}
