package org.kharita.basemap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The offline basemap's data, for frontend/basemap.js:
 * <ul>
 * <li>{@code /basemap/admin1.geojson}, {@code /basemap/admin2-XX.geojson} (one per country, listed with
 * their extents in {@code /basemap/admin2.json}): the committed, simplified boundary layers
 * (geodata/basemap, see its PROVENANCE.md), sent as stored, gzip, cached a day;</li>
 * <li>{@code /basemap/labels?s&w&n&e&z&lang}: the settlement names of a view ({@link PlaceLabels}) as
 * {@code {"labels": [[lat, lon, name, size]]}}, size 0 city (100k+), 1 town (10k+ or a regional
 * capital), 2 smaller, biggest first.</li>
 * </ul>
 */
@RestController
class BasemapController {
    /** admin1, and admin2-XX for each country in admin2.json: nothing else is read from the classpath. */
    /**
     * Reads the names in the background at start-up: read at the first request they held the first map
     * view's names back ~15 s on a busy 2-core machine (155 ms for a view once loaded).
     */
    BasemapController() {
        Thread t = new Thread(PlaceLabels::load, "basemap-labels-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static final java.util.regex.Pattern LAYER = java.util.regex.Pattern.compile("admin1|admin2-[a-z]{2}");

    /** Which countries have second-level borders, and each one's extent: [{cc, bbox: [s, w, n, e]}]. */
    @GetMapping("/basemap/admin2.json")
    void admin2Index(HttpServletResponse response) throws IOException {
        try (InputStream in = BasemapController.class.getResourceAsStream("/basemap/admin2.json")) {
            if (in == null) {
                response.sendError(404, "no second-level borders in this build");
                return;
            }
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/basemap/{layer}.geojson")
    void layer(@PathVariable String layer, HttpServletResponse response) throws IOException {
        if (!LAYER.matcher(layer).matches()) {
            response.sendError(404, "basemap layers: admin1, admin2-XX (see admin2.json)");
            return;
        }
        try (InputStream in = BasemapController.class.getResourceAsStream("/basemap/" + layer + ".geojson.gz")) {
            if (in == null) {
                response.sendError(404, "basemap layer " + layer + " is not in this build");
                return;
            }
            response.setContentType("application/geo+json");
            // Stored gzip: every browser takes it as it is, and the server never inflates it.
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Cache-Control", "public, max-age=86400");
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    @GetMapping("/basemap/labels")
    void labels(@RequestParam double s, @RequestParam double w, @RequestParam double n, @RequestParam double e,
                @RequestParam int z, @RequestParam(defaultValue = "en") String lang, HttpServletResponse response)
            throws IOException {
        List<PlaceLabels.Label> labels = PlaceLabels.load().inView(s, w, n, e, z);
        StringBuilder json = new StringBuilder(labels.size() * 40 + 16).append("{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            PlaceLabels.Label l = labels.get(i);
            if (i > 0) json.append(',');
            json.append(String.format(Locale.ROOT, "[%.4f,%.4f,", l.lat(), l.lon()));
            appendString(json, l.name(lang));
            json.append(',').append(size(l)).append(']');
        }
        json.append("]}");
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(json.toString());
    }

    static int size(PlaceLabels.Label l) {
        if (l.population() >= 100_000) return 0;
        return l.population() >= 10_000 || l.capital() ? 1 : 2;
    }

    private static void appendString(StringBuilder b, String s) {
        b.append('"').append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
