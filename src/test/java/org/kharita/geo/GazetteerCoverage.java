package org.kharita.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.geo.index.DefaultGazetteer;
import org.kharita.geo.index.NameIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many of dev-eval's gold settlements the gazetteer holds at all, whatever the finder and resolver then
 * make of them: a gold settlement mention with a coordinate counts as held when a settlement of its country
 * lies within 10 km of it under a matching name (same spelling, same Cyrillic stem, or a sound-alike of
 * similarity {@link #MIN_SOUND} or more, of the surface or of the gold English name). This separates "the
 * village is missing" from "the village is there and we chose wrong".
 *
 * <p>Usage (test classpath): {@code GazetteerCoverage [ARTICLES_JSONL [INDEX_FILE]]}; without an index file the
 * default gazetteer on the classpath. Prints held / total per split and language; it lists the missing
 * mentions of the tune split only (the held split's are not to be read).
 */
public final class GazetteerCoverage {
    static final double MIN_SOUND = 0.85;
    static final double WITHIN_KM = 10;

    private GazetteerCoverage() {
    }

    public static void main(String[] args) throws IOException {
        Path articles = Path.of(args.length > 0 ? args[0] : "../shared/dev-eval/articles.jsonl");
        Path events = articles.resolveSibling("events-gold.jsonl");
        NameIndex index;
        if (args.length > 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                index = NameIndex.read(in);
            }
        } else {
            index = DefaultGazetteer.load();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> arts = new ArrayList<>();
        for (String line : Files.readAllLines(articles)) if (!line.isBlank()) arts.add(json.readTree(line));
        Set<String> held = heldSplit(arts, events, json);
        Map<String, int[]> counts = new TreeMap<>();
        List<String> missingTune = new ArrayList<>();
        for (JsonNode a : arts) {
            String id = a.get("id").asText(), lang = a.get("language").asText();
            String split = held.contains(id) ? "held" : "tune";
            for (JsonNode m : a.get("mentions")) {
                if (!m.path("feature_type").asText().startsWith("PPL") || m.path("lat").isNull() || m.path("lat").isMissingNode()) continue;
                boolean has = holds(index, m);
                for (String key : List.of("all/all", "all/" + lang, split + "/all", split + "/" + lang)) {
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[1]++;
                    if (has) c[0]++;
                }
                if (!has && split.equals("tune")) {
                    missingTune.add(id + "\t" + m.get("surface").asText() + "\t" + m.path("name_en").asText() + "\t" + m.path("country").asText());
                }
            }
        }
        System.out.printf("gazetteer: %d places%n", index.size());
        counts.forEach((k, c) -> System.out.printf("%-10s held %3d of %3d (%.3f)%n", k, c[0], c[1], c[1] == 0 ? 0 : c[0] / (double) c[1]));
        System.out.println("missing in the tune split:");
        missingTune.forEach(s -> System.out.println("  " + s));
    }

    static boolean holds(Gazetteer g, JsonNode m) {
        double lat = m.get("lat").asDouble(), lon = m.get("lon").asDouble();
        String country = m.path("country").asText();
        for (String name : List.of(m.path("surface").asText(), m.path("name_en").asText())) {
            if (name.isBlank()) continue;
            List<Candidate> cands = new ArrayList<>(g.exact(name));
            cands.addAll(g.stem(name));
            cands.addAll(g.phonetic(name, MIN_SOUND));
            for (Candidate c : cands) {
                Place p = c.place();
                if (p.isSettlement() && (country.isEmpty() || p.country().equals(country)) && p.kmTo(lat, lon) <= WITHIN_KM) return true;
            }
        }
        return false;
    }

    /** The held-out split as scripts/dev-eval.sh draws it: among passages with gold events, every second one per language. */
    static Set<String> heldSplit(List<JsonNode> arts, Path events, ObjectMapper json) throws IOException {
        Set<String> withEvents = new TreeSet<>();
        for (String line : Files.readAllLines(events)) if (!line.isBlank()) withEvents.add(json.readTree(line).get("id").asText());
        Map<String, List<String>> byLang = new TreeMap<>();
        for (JsonNode a : arts) {
            if (withEvents.contains(a.get("id").asText())) byLang.computeIfAbsent(a.get("language").asText(), k -> new ArrayList<>()).add(a.get("id").asText());
        }
        Set<String> held = new TreeSet<>();
        for (List<String> ids : byLang.values()) {
            ids.sort(null);
            for (int k = 1; k < ids.size(); k += 2) held.add(ids.get(k));
        }
        return held;
    }
}
