package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.kharita.extract.Analysis;
import org.kharita.extract.Mention;
import org.kharita.geo.Geo;
import org.kharita.geo.Place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores geoparse output against gold place annotations (the ../shared/dev-eval/ schema) with the
 * definitions of ../shared/tools/eval_geoparse.py, so the figures we print are the figures the
 * product is judged by: recognition P/R/F1 by span overlap, acc10 for settlements with a gold
 * coordinate, region and country accuracy, metonyms plotted.
 */
public final class GeoEval {
    private static final String[] OPTIONAL_NOTE_WORDS = {"inside", "part of", "road", "organisation", "channel", "grouping",
            "abbreviation", "site tag", "dateline", "named line", "caption", "military axis", "direction"};

    public static final class Stats {
        int articles, tp, fp, fn, pplGold, pplOk, regionGold, regionOk, countryGold, countryOk, metonyms, metonymsPlotted,
                namesakeGold, namesakeOk;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Double acc10() {
            return pplGold == 0 ? null : (double) pplOk / pplGold;
        }

        public Double regionAcc() {
            return regionGold == 0 ? null : (double) regionOk / regionGold;
        }

        public Double countryAcc() {
            return countryGold == 0 ? null : (double) countryOk / countryGold;
        }

        public int metonymsPlotted() {
            return metonymsPlotted;
        }

        /** Share of the gold names that must not be pinned (or not near a wrong namesake) that were not; null when none. */
        public Double namesakesAvoided() {
            return namesakeGold == 0 ? null : (double) namesakeOk / namesakeGold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "articles=%d P=%.3f R=%.3f F1=%.3f acc10=%s (n=%d) region_acc=%s country_acc=%s metonyms_plotted=%d/%d namesakes_avoided=%d/%d",
                    articles, precision(), recall(), f1(), fmt(acc10()), pplGold, fmt(regionAcc()), fmt(countryAcc()), metonymsPlotted, metonyms,
                    namesakeOk, namesakeGold);
        }

        private static String fmt(Double d) {
            return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
        }
    }

    private final Map<String, Stats> stats = new LinkedHashMap<>();
    private final List<String> details = new ArrayList<>();

    public Map<String, Stats> stats() {
        return stats;
    }

    public List<String> details() {
        return details;
    }

    public void add(JsonNode gold, Analysis pred) {
        String lang = gold.path("language").asText("?");
        String id = gold.path("id").asText();
        List<Mention> pms = pred.mentions();
        for (String key : List.of(lang, "all")) stats.computeIfAbsent(key, k -> new Stats()).articles++;
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold.path("mentions")) {
            int gs = g.path("start").asInt(), ge = g.path("end").asInt();
            int match = -1;
            for (int i = 0; i < pms.size(); i++) {
                if (gs < pms.get(i).end() && pms.get(i).start() < ge) {
                    match = i;
                    break;
                }
            }
            boolean optional = optional(g);
            boolean metonym = g.path("note").asText("").toLowerCase(Locale.ROOT).contains("metonym");
            String ft = g.path("feature_type").asText("");
            String kind = ft.startsWith("PPL") && !g.path("lat").isNull() && g.has("lat") && !metonym ? "ppl"
                    : ft.equals("admin1") && !metonym ? "region" : ft.equals("country") && !metonym ? "country" : null;
            for (String key : List.of(lang, "all")) {
                Stats s = stats.get(key);
                if (kind != null && !optional) {
                    switch (kind) {
                        case "ppl" -> s.pplGold++;
                        case "region" -> s.regionGold++;
                        default -> s.countryGold++;
                    }
                }
                if (metonym) s.metonyms++;
                if (namesakeGold(g)) {
                    s.namesakeGold++;
                    // a name not found pins nothing: no wrong pin, though recognition already counted the miss
                    Place pinned = match >= 0 && pms.get(match).resolved() ? pms.get(match).resolution().place() : null;
                    String wrong = pinned == null ? null : namesakeError(g, pinned);
                    if (wrong == null) s.namesakeOk++;
                    else if (key.equals("all")) details.add(id + " " + g.path("surface").asText() + ": " + wrong);
                }
                if (match < 0) {
                    if (!optional) {
                        s.fn++;
                        if (key.equals("all")) details.add(id + " " + g.path("surface").asText() + ": not found");
                    }
                    continue;
                }
                used.add(match);
                s.tp++;
                Mention p = pms.get(match);
                Place place = p.resolved() ? p.resolution().place() : null;
                if (metonym && p.literal()) s.metonymsPlotted++;
                if (optional || kind == null) continue;
                switch (kind) {
                    case "ppl" -> {
                        if (place != null) {
                            double d = Geo.km(g.path("lat").asDouble(), g.path("lon").asDouble(), place.lat(), place.lon());
                            if (d <= 10) s.pplOk++;
                            else if (key.equals("all")) details.add(String.format(Locale.ROOT, "%s %s: %s is %.0f km off", id, g.path("surface").asText(), place.name(), d));
                        } else if (key.equals("all")) {
                            details.add(id + " " + g.path("surface").asText() + ": unresolved");
                        }
                    }
                    case "region" -> {
                        String goldAdmin = fold(g.path("admin1").asText("")).replace("oblast", "");
                        goldAdmin = goldAdmin.substring(0, Math.min(5, goldAdmin.length()));
                        boolean ok = place != null && place.featureCode().toUpperCase(Locale.ROOT).startsWith("ADM1")
                                && place.country().equals(g.path("country").asText())
                                && fold(place.name() + " " + place.admin1()).contains(goldAdmin);
                        if (ok) s.regionOk++;
                        else if (key.equals("all")) details.add(id + " " + g.path("surface").asText() + ": region gold "
                                + g.path("admin1").asText() + ", got " + (place == null ? "nothing" : place.name() + " " + place.featureCode()));
                    }
                    default -> {
                        if (place != null && place.country().equals(g.path("country").asText())) s.countryOk++;
                    }
                }
            }
        }
        for (int i = 0; i < pms.size(); i++) {
            Mention p = pms.get(i);
            if (used.contains(i) || !p.literal()) continue;
            boolean overlapsGold = false;
            for (JsonNode g : gold.path("mentions")) {
                if (g.path("start").asInt() < p.end() && p.start() < g.path("end").asInt()) overlapsGold = true;
            }
            if (overlapsGold) continue;
            for (String key : List.of(lang, "all")) stats.get(key).fp++;
            details.add(id + " extra mention " + p.text());
        }
    }

    /**
     * Gold for a village the gazetteer lacks, whose true coordinate we cannot check offline: {@code "expect":
     * "unresolved"} (any pin is wrong) or {@code "far_namesake_of": [lat, lon]} (or a list of such points) with an optional {@code "far_km"}
     * (default {@value #FAR_NAMESAKE_KM}): a pin that close to that namesake is wrong.
     */
    private static boolean namesakeGold(JsonNode g) {
        return "unresolved".equals(g.path("expect").asText()) || g.path("far_namesake_of").isArray();
    }

    static final double FAR_NAMESAKE_KM = 50;

    /** Why this pin breaks a namesake gold, or null when it does not. */
    private static String namesakeError(JsonNode g, Place pinned) {
        if ("unresolved".equals(g.path("expect").asText())) {
            return String.format(Locale.ROOT, "expected unresolved, pinned at %s (%.2f, %.2f)", pinned.name(), pinned.lat(), pinned.lon());
        }
        JsonNode far = g.path("far_namesake_of");
        // one point [lat, lon] or several [[lat, lon], ...] when the name has more than one wrong namesake
        List<JsonNode> points = new ArrayList<>();
        if (far.get(0).isArray()) far.forEach(points::add);
        else points.add(far);
        double limit = g.path("far_km").asDouble(FAR_NAMESAKE_KM);
        for (JsonNode pt : points) {
            double d = Geo.km(pt.get(0).asDouble(), pt.get(1).asDouble(), pinned.lat(), pinned.lon());
            if (d <= limit) return String.format(Locale.ROOT, "pinned at %s, %.0f km from a wrong namesake", pinned.name(), d);
        }
        return null;
    }

    private static boolean optional(JsonNode g) {
        String note = g.path("note").asText("").toLowerCase(Locale.ROOT);
        for (String w : OPTIONAL_NOTE_WORDS) if (note.contains(w)) return true;
        return false;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) if (Character.isLetterOrDigit(d.charAt(i))) b.append(d.charAt(i));
        return b.toString();
    }
}
