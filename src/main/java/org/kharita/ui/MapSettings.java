package org.kharita.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from. Empty URL: no tiles at all (tests, machines with no network); the
 * offline country outlines are drawn either way.
 */
@Component
class MapSettings {
    /** Credits for what is always on the map, whatever the tiles. */
    static final String DATA_ATTRIBUTION =
            "Land, water: Natural Earth · Boundaries: Who's On First (CC BY 4.0), geoBoundaries · Places: GeoNames (CC BY 4.0), Who's On First (CC BY 4.0)";

    private final String tileUrl;
    private final String tileAttribution;

    MapSettings(@Value("${kharita.map.tile-url:}") String tileUrl,
                @Value("${kharita.map.tile-attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl == null ? "" : tileUrl.trim();
        this.tileAttribution = tileAttribution;
    }

    String tileUrl() {
        return tileUrl;
    }

    String tileAttribution() {
        return tileUrl.isEmpty() ? "" : tileAttribution;
    }

    /** The footer line: every source whose data is on screen. */
    String attributionLine() {
        return DATA_ATTRIBUTION + (tileUrl.isEmpty() ? "" : " · Tiles: " + tileAttribution);
    }
}
