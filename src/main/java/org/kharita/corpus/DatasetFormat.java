package org.kharita.corpus;

import org.kharita.extract.BadInputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The coded event datasets Kharita imports, told apart by their first bytes rather than their file
 * names (an analyst's download is often renamed, and GDELT's daily files all end in {@code .CSV}
 * whatever their separator).
 *
 */
enum DatasetFormat {
    /** UCDP GED CSV: a header naming the GED columns. */
    UCDP_CSV("ucdp-ged", "UCDP GED CSV"),
    /** UCDP GED as a GeoJSON FeatureCollection of points whose properties are the GED columns. */
    UCDP_GEOJSON("ucdp-ged-geojson", "UCDP GED GeoJSON file"),
    /** GDELT 1.0 events with a header line (comma- or tab-separated), as extracts are usually shared. */
    GDELT_CSV("gdelt1", "GDELT 1.0 events file"),
    /** GDELT 1.0's own export: tab-separated, no header, 57 columns (58 from April 2013, with SOURCEURL). */
    GDELT_EXPORT("gdelt1", "GDELT 1.0 export"),
    /**
     * Not events: a GeoJSON FeatureCollection of dated polygons (a front line by month), stored as a
     * map overlay ({@link Overlays}).
     */
    OVERLAY_GEOJSON("overlay", "map overlay (dated polygons)");

    /** Enough of a file to hold any header line we know (GDELT's is about 900 characters). */
    static final int SNIFF_BYTES = 64 * 1024;
    /** The first geometry type in a GeoJSON file; "Feature" and the crs's "name" are not geometries. */
    private static final Pattern GEOMETRY_TYPE = Pattern.compile(
            "\"type\"\\s*:\\s*\"(Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)\"");
    private static final Pattern GDELT_FIRST_FIELDS = Pattern.compile("\\d+\t\\d{8}\t.*");

    /** The {@code datasets.format} value (at most 20 characters). */
    final String code;
    /** What the format is called in messages. */
    final String label;

    DatasetFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** What was found at the start of a file: the format, and for text tables their separator. */
    record Sniffed(DatasetFormat format, char separator) {
    }

    /**
     * Reads the first bytes of {@code in} and leaves the stream where it was.
     *
     * @throws BadInputException for anything that is none of the formats, in one line that says which they are
     */
    static Sniffed detect(BufferedInputStream in, String name) {
        byte[] head;
        try {
            in.mark(SNIFF_BYTES);
            head = in.readNBytes(SNIFF_BYTES);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            // Polygons are a map layer; anything else goes to the point reader, which names what it misses.
            var geometry = GEOMETRY_TYPE.matcher(trimmed);
            boolean polygons = geometry.find() && geometry.group(1).endsWith("Polygon");
            return new Sniffed(polygons ? OVERLAY_GEOJSON : UCDP_GEOJSON, ',');
        }
        String firstLine = trimmed.lines().findFirst().orElse("");
        char separator = firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> fields = List.of(firstLine.split(Pattern.quote(String.valueOf(separator)), -1));
        if (fields.contains("GLOBALEVENTID") || fields.contains("\"GLOBALEVENTID\"")) return new Sniffed(GDELT_CSV, separator);
        if (separator == '\t' && GDELT_FIRST_FIELDS.matcher(firstLine).matches()
                && (fields.size() == GdeltEvents.COLUMNS.size() - 1 || fields.size() == GdeltEvents.COLUMNS.size())) {
            return new Sniffed(GDELT_EXPORT, '\t');
        }
        if (fields.contains("type_of_violence") || fields.contains("\"type_of_violence\"")) return new Sniffed(UCDP_CSV, separator);
        throw new BadInputException("'" + name + "' is not a dataset Kharita imports (UCDP GED CSV or GeoJSON, "
                + "GDELT 1.0 events with a header or as its tab-separated export); nothing was stored");
    }
}
