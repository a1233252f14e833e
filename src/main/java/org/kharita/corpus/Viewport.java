package org.kharita.corpus;

/** The map's visible box and zoom, as Leaflet reports them; longitudes may exceed ±180 after panning. */
public record Viewport(double south, double west, double north, double east, int zoom) {
    public static final Viewport WORLD = new Viewport(-90, -180, 90, 180, 2);
}
