package org.kharita.corpus;

import java.util.List;

/**
 * What the map needs for one view, and no more: either the events in the viewport one by one
 * (few enough to draw and spread), or grid clusters with their counts.
 *
 * @param total    events matching the filter in the viewport
 * @param points   compact points, or empty when {@code clusters} is used
 * @param clusters grid cells: centroid and count, or empty when {@code points} is used
 */
public record MapData(long total, List<Point> points, List<Cluster> clusters) {

    /**
     * @param id        a report's row id: the fused event's first matching report when counting fused events
     * @param area      [minLat, minLon, maxLat, maxLon] for a region-level event, else null
     * @param sources   independent sources reporting the fused event (1 when counting reports)
     * @param contested its reports disagree
     */
    public record Point(long id, double lat, double lon, String type, int precision, double[] area, int sources,
                        boolean contested) {
        public Point(long id, double lat, double lon, String type, int precision, double[] area) {
            this(id, lat, lon, type, precision, area, 1, false);
        }
    }

    /** @param samePlace every event in the cell is at one coordinate (a city-level centroid) */
    public record Cluster(double lat, double lon, long count, String type, boolean samePlace) {
    }
}
