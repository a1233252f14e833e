package org.kharita.geo.gazetteer;

import org.kharita.geo.BBox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Extents of countries and first-level regions, derived in one pass over a GeoNames dump from the
 * populated places it holds — so no region extent is ever typed by hand. The box of a region is the
 * box of its towns (a little smaller than its border), its point the PPLA/PPLC seat when the dump has
 * one, else the mean of its towns.
 */
final class Cities500Extents {
    /** Running extent of one area; a few thousand of these cover the world. */
    static final class Extent {
        double minLat = 90, minLon = 180, maxLat = -90, maxLon = -180, sumLat, sumLon;
        long count;
        String seatName;
        double seatLat, seatLon;
        String seatCode;

        void add(double lat, double lon) {
            minLat = Math.min(minLat, lat);
            maxLat = Math.max(maxLat, lat);
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
            sumLat += lat;
            sumLon += lon;
            count++;
        }

        void seat(String name, String code, double lat, double lon) {
            // the capital (PPLC) outranks a regional seat within the same region (Moscow city, Kyiv city)
            if (seatName != null && "PPLC".equals(seatCode)) return;
            seatName = name;
            seatCode = code;
            seatLat = lat;
            seatLon = lon;
        }

        BBox bbox() {
            return new BBox(minLat, minLon, maxLat, maxLon);
        }

        double pointLat() {
            return seatName != null ? seatLat : sumLat / count;
        }

        double pointLon() {
            return seatName != null ? seatLon : sumLon / count;
        }
    }

    private final Map<String, Extent> admin1 = new HashMap<>();
    private final Map<String, Extent> countries = new HashMap<>();

    static Cities500Extents read(InputStream in) throws IOException {
        Cities500Extents e = new Cities500Extents();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) e.accept(line);
        }
        return e;
    }

    void accept(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 15 || !"P".equals(c[6])) return;
        double lat, lon;
        try {
            lat = Double.parseDouble(c[4]);
            lon = Double.parseDouble(c[5]);
        } catch (NumberFormatException e) {
            return;
        }
        String cc = c[8];
        countries.computeIfAbsent(cc, k -> new Extent()).add(lat, lon);
        if (c[10].isEmpty() || "00".equals(c[10])) return;
        Extent region = admin1.computeIfAbsent(cc + "." + c[10], k -> new Extent());
        region.add(lat, lon);
        if ("PPLA".equals(c[7]) || "PPLC".equals(c[7])) region.seat(c[1], c[7], lat, lon);
    }

    Optional<Extent> admin1(String country, String code) {
        return Optional.ofNullable(admin1.get(country + "." + code));
    }

    Optional<Extent> country(String cca2) {
        return Optional.ofNullable(countries.get(cca2));
    }
}
