package org.kharita.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from. Empty URL: no tiles at all (tests, machines with no network); the
 * offline country outlines are drawn either way.
 */
@Component
class MapSettings {
    /**
     * Credits for what is always on the map, whatever the tiles: drawn once, in the map's corner, where they travel
     * with any screenshot of it. Short, because at small window sizes the corner sits over events; every source is
     * still named with its licence (the README has the long form).
     */
    static final String DATA_ATTRIBUTION = "Places: GeoNames, Who's On First (CC BY 4.0) · Natural Earth · geoBoundaries";

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
}
