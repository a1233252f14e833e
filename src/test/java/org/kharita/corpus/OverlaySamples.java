package org.kharita.corpus;

/** Hand-made overlay files: made-up squares over eastern Ukraine, not any real front line. */
public final class OverlaySamples {
    private OverlaySamples() {
    }

    /** Two dated shapes: a 1°×1° square from 1 March 2024, then a 2°×1° MultiPolygon from 1 April 2024. */
    public static String twoMonths() {
        return """
                {"type": "FeatureCollection", "name": "test front",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
                 "features": [
                  {"type": "Feature", "properties": {"date": "2024-03-01", "layer": "test_front"},
                   "geometry": {"type": "Polygon", "coordinates": [[[36, 48], [37, 48], [37, 49], [36, 49], [36, 48]]]}},
                  {"type": "Feature", "properties": {"date": "2024-04-01", "layer": "test_front"},
                   "geometry": {"type": "MultiPolygon", "coordinates": [[[[36, 48], [38, 48], [38, 49], [36, 49], [36, 48]]]]}}
                 ]}
                """;
    }
}
