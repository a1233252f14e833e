package org.kharita.corpus;

/**
 * A small UCDP GED file written for the tests in the GED 24.1 column layout. The rows are made up
 * (no UCDP text is copied); coordinates are those of real towns (GeoNames): Sudzha 51.19/35.27,
 * Kursk 51.73/36.19, Donetsk 48.02/37.80.
 */
public final class UcdpSample {
    public static final String HEADER = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,"
            + "conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
            + "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,"
            + "source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,"
            + "longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,"
            + "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n";

    private UcdpSample() {
    }

    /** One row; the caller picks what the tests look at. */
    public static String row(int id, int violence, String sideA, String sideB, String headline, int wherePrec,
                             String place, String adm1, double lat, double lon, String country, int datePrec,
                             String start, String end, int best) {
        return String.join(",", String.valueOf(id), "X-" + id, start.substring(0, 4), "1", "Clear",
                String.valueOf(violence), "1", "1", "\"Test: conflict\"", "1", "1", "\"dyad\"", "1", "1", quote(sideA),
                "2", "2", quote(sideB), "1", "\"\"\"Wire,2024-08-10,Made-up headline\"\"\"", "Wire Office", start,
                quote(headline), "Test source", String.valueOf(wherePrec), quote(place), quote(place), quote(adm1), "",
                String.valueOf(lat), String.valueOf(lon), "\"POINT (" + lon + " " + lat + ")\"", "1", country, "1",
                "Europe", "1", String.valueOf(datePrec), start, end, "0", "0", "0", String.valueOf(best),
                String.valueOf(best), String.valueOf(best), String.valueOf(best), "1", "") + "\n";
    }

    /** Four events: two at Sudzha (Kursk oblast, August 2024), one oblast-level in Kursk, one in Donetsk 2022. */
    public static String small() {
        return HEADER
                + row(1, 1, "Government of Russia", "Government of Ukraine", "Shelling reported near Sudzha, with commas", 1,
                "Sudzha town", "Kursk oblast", 51.19, 35.27, "Russia", 1, "2024-08-10", "2024-08-10", 3)
                + row(2, 1, "Government of Russia", "Government of Ukraine", "Clashes at the Sudzha checkpoint", 1,
                "Sudzha town", "Kursk oblast", 51.19, 35.27, "Russia", 1, "2024-08-12", "2024-08-12", 0)
                + row(3, 3, "Government of Ukraine", "Civilians", "Strikes somewhere in the oblast \"quoted\"", 4,
                "Kursk oblast", "Kursk oblast", 51.73, 36.19, "Russia", 4, "2024-08-01", "2024-08-31", 1)
                + row(4, 1, "Government of Ukraine", "DPR", "Fighting in Donetsk city", 2,
                "Donetsk city", "Donetsk oblast", 48.02, 37.80, "Ukraine", 1, "2022-05-03", "2022-05-03", 5);
    }

    /** {@code rows} made-up events spread over eastern Ukraine and 2022-2024, written as a GED CSV file. */
    public static void synthetic(java.nio.file.Path file, int rows) throws java.io.IOException {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
            w.write(HEADER);
            java.time.LocalDate first = java.time.LocalDate.of(2022, 2, 24);
            for (int i = 1; i <= rows; i++) {
                String day = first.plusDays(i % 1000).toString();
                w.write(row(i, 1 + i % 3, "Government of Russia", "Government of Ukraine", "Synthetic event number " + i,
                        1 + i % 4, "Place " + (i % 5000), "Oblast " + (i % 20), 47.0 + (i % 3000) / 1000.0,
                        35.0 + (i % 4000) / 1000.0, "Ukraine", 1, day, day, i % 7));
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
