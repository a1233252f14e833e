package org.kharita.clavin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.novetta.clavin.GeoParser;
import com.novetta.clavin.GeoParserFactory;
import com.novetta.clavin.gazetteer.GeoName;
import com.novetta.clavin.resolver.ResolvedLocation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * CLAVIN read through the same JSON Lines contract as our {@code geoparse --jsonl}: one {@code {"id", "text"}} per
 * input line, one result per output line with {@code mentions} (offsets into the text, the resolved GeoNames row) and
 * no events, since CLAVIN finds none. Both programs then differ only in the engine, which is what a comparison of
 * articles per CPU-second or of accuracy on the same scorer needs.
 *
 * <p>Usage: {@code java -jar clavin-beside.jar INDEX_DIR < in.jsonl > out.jsonl}
 */
public final class ClavinGeoparse {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -jar clavin-beside.jar INDEX_DIR < in.jsonl > out.jsonl");
            System.exit(2);
        }
        // fuzzy matching off, as CLAVIN's own defaults for a server: it only adds misspelled-name guesses
        GeoParser parser = GeoParserFactory.getDefault(args[0], 1, 1, false);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode article = json.readTree(line);
                String text = article.path("text").asText();
                ObjectNode result = json.createObjectNode();
                result.set("id", article.get("id"));
                ArrayNode mentions = result.putArray("mentions");
                for (ResolvedLocation r : parser.parse(text)) {
                    int start = r.getLocation().getPosition();
                    String name = r.getLocation().getText();
                    ObjectNode m = mentions.addObject();
                    m.put("text", name).put("start", start).put("end", start + name.length()).put("literal", true);
                    GeoName g = r.getGeoname();
                    if (g == null) {
                        m.putNull("place");
                        continue;
                    }
                    m.putObject("place")
                            .put("id", "geonames:" + g.getGeonameID())
                            .put("name", g.getName())
                            .put("lat", g.getLatitude())
                            .put("lon", g.getLongitude())
                            .put("featureCode", String.valueOf(g.getFeatureCode()))
                            .put("country", String.valueOf(g.getPrimaryCountryCode()))
                            .put("confidence", r.getConfidence());
                }
                result.putArray("events");
                out.write(json.writeValueAsString(result));
                out.newLine();
            }
        }
    }
}
