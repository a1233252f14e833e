package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the GeoNames dump format (the 19 tab-separated columns of allCountries.txt, cities500.txt
 * or XX.txt) one line at a time. Names come from {@code name}, {@code asciiname} and
 * {@code alternatenames}; rows that are not populated places, areas or (for borders) spots
 * are skipped since a news geoparser never answers with a hotel or a well.
 */
public final class GeoNamesDumpReader implements GazetteerSource {
    private final Supplier<InputStream> input;
    private final String label;

    public GeoNamesDumpReader(Path file) {
        this(() -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, file.toString());
    }

    public GeoNamesDumpReader(Supplier<InputStream> input, String label) {
        this.input = input;
        this.label = label;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.get(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                GazetteerRecord rec = parse(line);
                if (rec == null) continue;
                sink.accept(rec);
            }
        } catch (RuntimeException e) {
            throw new IOException(label + ": " + e.getMessage(), e);
        }
    }

    /** One dump row, or null for rows a geoparser never answers with (or that are malformed). */
    static GazetteerRecord parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 15) return null;
        char fclass = c[6].isEmpty() ? ' ' : c[6].charAt(0);
        if (fclass != 'P' && fclass != 'A') return null;
        double lat, lon;
        try {
            lat = Double.parseDouble(c[4]);
            lon = Double.parseDouble(c[5]);
        } catch (NumberFormatException e) {
            return null;
        }
        long population = 0;
        if (!c[14].isEmpty()) {
            try {
                population = Long.parseLong(c[14]);
            } catch (NumberFormatException ignored) {
                population = 0;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(c[1]);
        if (!c[2].isEmpty()) names.add(c[2]);
        if (!c[3].isEmpty()) {
            for (String alt : c[3].split(",")) {
                if (!alt.isBlank()) names.add(alt.trim());
            }
        }
        Place p = new Place("geonames:" + c[0], c[1], lat, lon, fclass, c[7], c[8], c[10], "", population, null);
        return new GazetteerRecord(p, new ArrayList<>(names), false);
    }

    static List<String> columns(String line) {
        return List.of(line.split("\t", -1));
    }
}
