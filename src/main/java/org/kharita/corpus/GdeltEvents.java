package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GDELT 1.0 event rows as the viewer's events (GDELT 1.0 Event Database codebook and the CAMEO 1.1b3
 * manual). GDELT is machine-coded from news: it has no fatalities and no text of its own, so the
 * row's text says where and what CAMEO coded ("Algiers, Alger, Algeria: Use conventional military
 * force (CAMEO 190)"), which is all the list can honestly show.
 *
 * <p>Type: CAMEO roots 17–20 (material conflict) and 14 (protest), refined by the event code where our
 * taxonomy has a closer type; docs/EVENT_TYPES.md holds the table. Other roots (statements, appeals,
 * cooperation) are not conflict events and are skipped. Place: {@code ActionGeo_*}, where the event
 * happened; its {@code ActionGeo_Type} gives our precision: 1 country → 4, 2 US state and 5 world
 * first-order region → 3, 3 US city and 4 world city or landmark → 1. A row with type 0 (GDELT could
 * not say what the point is) or without coordinates is skipped. Date: {@code SQLDATE}, to the day.
 */
final class GdeltEvents {
    /** GDELT 1.0's export columns in order; the files before April 2013 stop before SOURCEURL. */
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
            "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    static final Set<String> REQUIRED = Set.of("GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor2Name", "EventCode",
            "EventRootCode", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long");

    /** CAMEO 1.1b3 names of the codes under the roots we import (the manual's wording, shortened). */
    private static final Map<String, String> CAMEO = Map.ofEntries(
            Map.entry("14", "Protest"), Map.entry("140", "Engage in political dissent"),
            Map.entry("141", "Demonstrate or rally"), Map.entry("142", "Conduct hunger strike"),
            Map.entry("143", "Conduct strike or boycott"), Map.entry("144", "Obstruct passage, block"),
            Map.entry("145", "Protest violently, riot"),
            Map.entry("17", "Coerce"), Map.entry("170", "Coerce"), Map.entry("171", "Seize or damage property"),
            Map.entry("1711", "Confiscate property"), Map.entry("1712", "Destroy property"),
            Map.entry("172", "Impose administrative sanctions"), Map.entry("1721", "Impose restrictions on political freedoms"),
            Map.entry("1722", "Ban political parties or politicians"), Map.entry("1723", "Impose curfew"),
            Map.entry("1724", "Impose state of emergency or martial law"),
            Map.entry("173", "Arrest, detain, or charge with legal action"), Map.entry("174", "Expel or deport individuals"),
            Map.entry("175", "Use tactics of violent repression"),
            Map.entry("18", "Assault"), Map.entry("180", "Use unconventional violence"),
            Map.entry("181", "Abduct, hijack, or take hostage"), Map.entry("182", "Physically assault"),
            Map.entry("1821", "Sexually assault"), Map.entry("1822", "Torture"), Map.entry("1823", "Kill by physical assault"),
            Map.entry("183", "Conduct suicide, car, or other non-military bombing"),
            Map.entry("1831", "Carry out suicide bombing"), Map.entry("1832", "Carry out car bombing"),
            Map.entry("1833", "Carry out roadside bombing"), Map.entry("184", "Use as human shield"),
            Map.entry("185", "Attempt to assassinate"), Map.entry("186", "Assassinate"),
            Map.entry("19", "Fight"), Map.entry("190", "Use conventional military force"),
            Map.entry("191", "Impose blockade, restrict movement"), Map.entry("192", "Occupy territory"),
            Map.entry("193", "Fight with small arms and light weapons"), Map.entry("194", "Fight with artillery and tanks"),
            Map.entry("195", "Employ aerial weapons"),
            Map.entry("1951", "Employ precision-guided aerial munitions"),
            Map.entry("1952", "Employ remotely piloted aerial munitions"), Map.entry("196", "Violate ceasefire"),
            Map.entry("20", "Use unconventional mass violence"), Map.entry("200", "Use unconventional mass violence"),
            Map.entry("201", "Engage in mass expulsion"), Map.entry("202", "Engage in mass killings"),
            Map.entry("203", "Engage in ethnic cleansing"), Map.entry("204", "Use weapons of mass destruction"),
            Map.entry("2041", "Use chemical, biological, or radiological weapons"),
            Map.entry("2042", "Detonate nuclear weapons"));

    private GdeltEvents() {
    }

    /** Our type for a CAMEO event code under an imported root; null for a root we do not import. */
    static EventType type(String root, String code) {
        return switch (root) {
            case "14" -> EventType.PROTEST;
            case "17" -> code.startsWith("175") ? EventType.ATTACK_ON_CIVILIANS : EventType.OTHER;
            case "18" -> code.startsWith("183") ? EventType.EXPLOSION : EventType.ATTACK_ON_CIVILIANS;
            case "19" -> code.startsWith("1952") ? EventType.DRONE_STRIKE
                    : code.startsWith("192") ? EventType.TERRITORY_CHANGE
                    : code.startsWith("194") ? EventType.SHELLING
                    : code.startsWith("195") ? EventType.AIR_STRIKE
                    : EventType.BATTLE;
            case "20" -> EventType.ATTACK_ON_CIVILIANS;
            default -> null;
        };
    }

    /** The CAMEO name of a code, else of its base (first three digits), else of its root. */
    static String describe(String code) {
        for (int len = code.length(); len >= 2; len--) {
            String d = CAMEO.get(code.substring(0, len));
            if (d != null) return d;
        }
        return "CAMEO event";
    }

    /** Our location precision for an {@code ActionGeo_Type}; 0 for type 0 and anything unknown. */
    static int precision(String geoType) {
        return switch (geoType) {
            case "1" -> 4;
            case "2", "5" -> 3;
            case "3", "4" -> 1;
            default -> 0;
        };
    }

    /**
     * One row as an event, or null for a row skipped on purpose (no coordinates, ActionGeo_Type 0, a
     * root that is not a conflict event).
     *
     * @throws RuntimeException for a row that cannot be read (a bad date or coordinate)
     */
    static EventRow row(Map<String, String> r, long datasetId) {
        String root = value(r.get("EventRootCode"));
        String code = value(r.get("EventCode"));
        if (root == null || code == null) throw new IllegalArgumentException("no CAMEO event code");
        root = root.length() == 1 ? "0" + root : root;
        EventType type = type(root, code);
        int precision = precision(String.valueOf(value(r.get("ActionGeo_Type"))));
        String latText = value(r.get("ActionGeo_Lat"));
        String lonText = value(r.get("ActionGeo_Long"));
        if (type == null || precision == 0 || latText == null || lonText == null) return null;
        double lat = Double.parseDouble(latText);
        double lon = Double.parseDouble(lonText);
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new IllegalArgumentException("coordinates out of range");
        LocalDate day = LocalDate.parse(r.get("SQLDATE").strip(), DateTimeFormatter.BASIC_ISO_DATE);
        String fullName = value(r.get("ActionGeo_FullName"));
        String[] parts = fullName == null ? new String[0] : fullName.split(",\\s*");
        String place = parts.length == 0 ? null : parts[0];
        String country = parts.length == 0 ? null : DatasetImporter.Countries.iso(parts[parts.length - 1]);
        String admin1 = parts.length >= 3 ? parts[parts.length - 2] : parts.length == 2 && precision == 3 ? parts[0] : null;
        String what = describe(code) + " (CAMEO " + code + ")";
        return new EventRow(0, null, null, null, null, datasetId, "GDELT-" + r.get("GLOBALEVENTID").strip(), type.code(),
                day, day, DatePrecision.DAY, place, country, null, admin1, lat, lon, null, precision,
                value(r.get("Actor1Name")), value(r.get("Actor2Name")), null, value(r.get("SOURCEURL")), "GDELT", null,
                fullName == null ? what : fullName + ": " + what);
    }

    /** GDELT writes a missing value as an empty field or, in R-made extracts, as "NA". */
    private static String value(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() || "NA".equals(t) ? null : t;
    }
}
