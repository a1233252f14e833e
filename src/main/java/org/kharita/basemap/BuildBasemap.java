package org.kharita.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool, run by hand (not by the build): makes the committed boundary layers of the offline
 * basemap, {@code geodata/basemap/admin1.geojson.gz} and {@code admin2.geojson.gz}, from open data on
 * disk (admin-2 split by country, see {@link #writeByCountry}). Usage:
 * <pre>BuildBasemap WOF_MIRROR_DIR GEOBOUNDARIES_RUS_ADM1.geojson OUT_DIR</pre>
 * WOF_MIRROR_DIR holds bare clones {@code whosonfirst-data+whosonfirst-data-admin-XX/repo}; their
 * current regions become admin-1 and their current counties admin-2. Russia has no Who's On First
 * clone here, so its federal subjects come from geoBoundaries. geodata/basemap/PROVENANCE.md says
 * where each file came from.
 *
 * <p>Shapes are simplified with JTS's {@link TopologyPreservingSimplifier} so that a region never
 * collapses or crosses itself, then rounded to 4 decimals (about 10 m): at zoom 11 over Kursk a pixel
 * is ~50 m, so the tolerance below keeps a line within ~2-4 px of the source.
 */
public final class BuildBasemap {
    static final String[] WOF_COUNTRIES = {"ua", "sy", "lb", "ps", "ye", "sd", "mm", "il"};
    /** Degrees: admin-1 lines are drawn from zoom 5 up, admin-2 only from zoom 8 (see leaflet-map.js). */
    static final double ADMIN1_TOLERANCE = 0.002;
    static final double ADMIN2_TOLERANCE = 0.003;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory ROUNDED = new GeometryFactory(new PrecisionModel(1e4));

    private BuildBasemap() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: BuildBasemap WOF_MIRROR_DIR GEOBOUNDARIES_RUS_ADM1.geojson OUT_DIR");
            System.exit(2);
        }
        Path mirrors = Path.of(args[0]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<ObjectNode> admin1 = new ArrayList<>();
        List<ObjectNode> admin2 = new ArrayList<>();
        for (String cc : WOF_COUNTRIES) {
            Path repo = mirrors.resolve("whosonfirst-data+whosonfirst-data-admin-" + cc).resolve("repo");
            if (!Files.isDirectory(repo)) {
                System.err.println("BuildBasemap: no Who's On First clone for " + cc + " at " + repo);
                System.exit(2);
            }
            int before1 = admin1.size(), before2 = admin2.size();
            readWof(repo, cc.toUpperCase(), admin1, admin2);
            System.out.printf("%s: %d regions, %d counties%n", cc, admin1.size() - before1, admin2.size() - before2);
        }
        int before = admin1.size();
        readGeoBoundaries(Path.of(args[1]), admin1);
        System.out.printf("ru: %d federal subjects (geoBoundaries)%n", admin1.size() - before);
        write(out.resolve("admin1.geojson.gz"), admin1);
        writeByCountry(out, admin2);
    }

    /**
     * Admin-2 per country ({@code admin2-ua.geojson.gz}, ...) and {@code admin2.json} naming each file's
     * extent: a view over Kursk then fetches none of them, a view over Donetsk only Ukraine's.
     */
    static void writeByCountry(Path out, List<ObjectNode> features) throws IOException {
        java.util.Map<String, List<ObjectNode>> byCountry = new java.util.TreeMap<>();
        for (ObjectNode f : features) byCountry.computeIfAbsent(f.path("properties").path("cc").asText(), k -> new ArrayList<>()).add(f);
        ArrayNode index = JSON.createArrayNode();
        for (var e : byCountry.entrySet()) {
            String cc = e.getKey().toLowerCase(java.util.Locale.ROOT);
            write(out.resolve("admin2-" + cc + ".geojson.gz"), e.getValue());
            org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
            for (ObjectNode f : e.getValue()) {
                try {
                    env.expandToInclude(new GeoJsonReader().read(f.path("geometry").toString()).getEnvelopeInternal());
                } catch (org.locationtech.jts.io.ParseException ex) {
                    throw new IOException(ex);
                }
            }
            ObjectNode row = index.addObject();
            row.put("cc", cc);
            row.putArray("bbox").add(env.getMinY()).add(env.getMinX()).add(env.getMaxY()).add(env.getMaxX());
        }
        Files.writeString(out.resolve("admin2.json"), JSON.writeValueAsString(index));
    }

    /** Streams every Who's On First record with a polygon through {@code git cat-file --batch}. */
    static void readWof(Path gitDir, String country, List<ObjectNode> admin1, List<ObjectNode> admin2)
            throws IOException, InterruptedException {
        Process ls = new ProcessBuilder("git", "--git-dir=" + gitDir, "ls-tree", "-r", "-l", "HEAD").start();
        List<String> blobs = new ArrayList<>();
        for (String line : new String(ls.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\\s+", 5);
            // Alternate geometries (-alt-) repeat a place; points are a few kB, polygons far more.
            if (f.length == 5 && f[4].endsWith(".geojson") && !f[4].contains("-alt-") && Long.parseLong(f[3]) > 4000) {
                blobs.add(f[2]);
            }
        }
        ls.waitFor();
        Process cat = new ProcessBuilder("git", "--git-dir=" + gitDir, "cat-file", "--batch").start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = cat.getOutputStream()) {
                for (String b : blobs) in.write((b + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(cat.getInputStream(), 1 << 20))) {
            for (int i = 0; i < blobs.size(); i++) {
                String header = readLine(in);
                int size = Integer.parseInt(header.substring(header.lastIndexOf(' ') + 1));
                byte[] body = new byte[size];
                in.readFully(body);
                in.readByte();
                // Most blobs are localities: a cheap look at the bytes before parsing the whole file.
                String head = new String(body, 0, Math.min(size, body.length), StandardCharsets.UTF_8);
                boolean region = head.contains("\"wof:placetype\":\"region\"");
                boolean county = head.contains("\"wof:placetype\":\"county\"");
                if (!region && !county) continue;
                JsonNode doc = JSON.readTree(body);
                JsonNode p = doc.path("properties");
                if (p.path("mz:is_current").asInt(1) == 0 || p.path("wof:superseded_by").size() > 0) continue;
                String type = doc.path("geometry").path("type").asText();
                if (!type.endsWith("Polygon")) continue;
                ObjectNode props = JSON.createObjectNode();
                props.put("cc", country);
                props.put("en", englishName(p));
                String ar = firstOf(p, "name:ara_x_preferred");
                if (ar != null) props.put("ar", ar);
                Geometry g = new GeoJsonReader().read(doc.path("geometry").toString());
                if (region) admin1.add(feature(props, g, ADMIN1_TOLERANCE));
                else admin2.add(feature(props, g, ADMIN2_TOLERANCE));
            }
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IOException(e);
        }
        feeder.join();
        cat.waitFor();
    }

    /** geoBoundaries ADM1: {@code shapeName} (English) and {@code shapeISO} (ISO 3166-2) per feature. */
    static void readGeoBoundaries(Path file, List<ObjectNode> admin1) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile());
        try {
            for (JsonNode f : doc.path("features")) {
                ObjectNode props = JSON.createObjectNode();
                props.put("cc", f.path("properties").path("shapeISO").asText("RU-").substring(0, 2));
                props.put("en", f.path("properties").path("shapeName").asText());
                Geometry g = new GeoJsonReader().read(f.path("geometry").toString());
                admin1.add(feature(props, g, ADMIN1_TOLERANCE));
            }
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IOException(e);
        }
    }

    static ObjectNode feature(ObjectNode props, Geometry g, double tolerance) throws IOException {
        Geometry simple = GeometryPrecisionReducer.reduce(TopologyPreservingSimplifier.simplify(g, tolerance), ROUNDED.getPrecisionModel());
        GeoJsonWriter w = new GeoJsonWriter(4);
        w.setEncodeCRS(false);
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.set("properties", props);
        f.set("geometry", JSON.readTree(w.write(simple)));
        return f;
    }

    static void write(Path file, List<ObjectNode> features) throws IOException {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode arr = fc.putArray("features");
        features.forEach(arr::add);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
            JSON.writeValue(os, fc);
        }
        System.out.printf("%s: %d features, %.0f kB gzip%n", file, features.size(), Files.size(file) / 1e3);
    }

    private static String englishName(JsonNode p) {
        String en = firstOf(p, "name:eng_x_preferred");
        return en != null ? en : p.path("wof:name").asText();
    }

    private static String firstOf(JsonNode p, String key) {
        JsonNode v = p.path(key);
        return v.isArray() && v.size() > 0 ? v.get(0).asText() : null;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new IOException("git cat-file ended early");
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
