package org.kharita.fuse;

/**
 * One report of an event at one place, as fusion sees it.
 *
 * @param id        the stored row's id; a fused event is named by the smallest id among its reports
 * @param key       stable across re-ingest and re-fusion (an article event and mention, a dataset row):
 *                  what an analyst's split or merge decision refers to
 * @param origin    the article or dataset it came from: reports of one origin never fuse unless they
 *                  name the same place (one sentence naming a village twice), rows of one dataset never
 * @param source    who published it (outlet, or the dataset's name): independent sources are counted by it
 * @param firstDay  epoch day of the first day it could be ({@link #UNDATED} when nothing is known)
 * @param lastDay   epoch day of the last day it could be
 * @param precision location precision, 1 settlement, 2 near or district, 3 region, 4 country
 * @param region    the first-level region (region-level reports fuse within it), null when unknown
 * @param placeId   the gazetteer entry an article's place was resolved to; null for a dataset row
 */
public record Report(long id, String key, String origin, String source, String type, int firstDay, int lastDay,
                     double lat, double lon, int precision, String country, String region, Integer fatalities,
                     String placeId) {
    public static final int UNDATED = Integer.MIN_VALUE;

    public Report(long id, String key, String origin, String source, String type, int firstDay, int lastDay,
                  double lat, double lon, int precision, String country, String region, Integer fatalities) {
        this(id, key, origin, source, type, firstDay, lastDay, lat, lon, precision, country, region, fatalities, null);
    }

    public boolean dated() {
        return firstDay != UNDATED && lastDay != UNDATED;
    }
}
