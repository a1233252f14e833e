package org.kharita.geo;

/**
 * One gazetteer entry. {@code id} is namespaced by its source ("geonames:524901",
 * "kharita:darino-sudzha" for the curated theatre layer) so an analyst can trace every answer.
 *
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ADM1, PCLI, ...)
 * @param admin1Code  GeoNames admin1 code within the country ("41" is Kursk Oblast in RU)
 * @param admin1      the first-level region's English name ("Kursk Oblast"), empty when unknown
 * @param bbox        the extent of an area feature (country, region), null for points
 */
public record Place(String id, String name, double lat, double lon, char featureClass, String featureCode,
                    String country, String admin1Code, String admin1, long population, BBox bbox) {

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** Administrative areas, and the regions, seas and landforms (L, H, T) that reporting names as places. */
    public boolean isArea() {
        return featureClass == 'A' || featureClass == 'L' || featureClass == 'H' || featureClass == 'T';
    }

    public boolean isSettlement() {
        return featureClass == 'P';
    }

    /**
     * A village of the bulk Who's On First layer (org.kharita.geo.gazetteer.WofLayer) that nobody counted: most of
     * that layer, and the namesakes it brings, so its name alone is weak evidence.
     */
    public boolean isUncountedVillage() {
        return population == 0 && id.startsWith("wof:");
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** Great-circle distance in km; haversine is plenty at the scales a resolver compares. */
    public double kmTo(double otherLat, double otherLon) {
        return Geo.km(lat, lon, otherLat, otherLon);
    }
}
