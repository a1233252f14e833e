package org.kharita.ui;

import com.vaadin.flow.router.QueryParameters;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventFilter.PlaceChoice;
import org.kharita.geo.BBox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything a permalink holds: the filter, the map view and the selection, as query parameters.
 * Parsing never throws: a parameter that does not read (forged, truncated, a reversed range) is
 * dropped with a message saying so, and the rest of the view is kept.
 *
 * <pre>
 * from, to     ISO days                 type   event type code (repeatable)
 * actor, src   substrings               prec   location precision 1-4 (repeatable)
 * q            text in the sentence     place  r|country|admin1Code|name  or  p|country||name
 * area         minLat,minLon,maxLat,maxLon          map  lat,lon,zoom
 * article      article id               event  event row id
 * lang         en | ar
 * </pre>
 */
record ViewState(EventFilter filter, MapView map, Long article, Long event, String lang) {
    static final ViewState DEFAULT = new ViewState(EventFilter.NONE, null, null, null, "en");
    private static final int MAX_TEXT = 200;
    private static final Pattern TYPE = Pattern.compile("[a-z_]{1,40}");

    record MapView(double lat, double lon, int zoom) {
    }

    record Parsed(ViewState state, List<String> problems) {
    }

    ViewState withFilter(EventFilter f) {
        return new ViewState(f, map, article, event, lang);
    }

    ViewState withMap(MapView m) {
        return new ViewState(filter, m, article, event, lang);
    }

    ViewState withSelection(Long article, Long event) {
        return new ViewState(filter, map, article, event, lang);
    }

    ViewState withLang(String l) {
        return new ViewState(filter, map, article, event, l);
    }

    QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        EventFilter f = filter;
        if (f.from() != null) p.put("from", List.of(f.from().toString()));
        if (f.to() != null) p.put("to", List.of(f.to().toString()));
        if (!f.types().isEmpty()) p.put("type", new ArrayList<>(new TreeSet<>(f.types())));
        if (f.actor() != null) p.put("actor", List.of(f.actor()));
        if (f.source() != null) p.put("src", List.of(f.source()));
        if (!f.precisions().isEmpty()) p.put("prec", new TreeSet<>(f.precisions()).stream().map(String::valueOf).toList());
        if (f.text() != null) p.put("q", List.of(f.text()));
        if (f.place() != null) {
            PlaceChoice c = f.place();
            p.put("place", List.of((c.region() ? "r|" : "p|") + nz(c.country()) + "|" + nz(c.admin1Code()) + "|" + c.name()));
        }
        if (f.area() != null) {
            BBox a = f.area();
            p.put("area", List.of(num(a.minLat()) + "," + num(a.minLon()) + "," + num(a.maxLat()) + "," + num(a.maxLon())));
        }
        if (f.minSources() > 1) p.put("sources", List.of(String.valueOf(f.minSources())));
        if (f.contested()) p.put("contested", List.of("1"));
        if (f.reports()) p.put("count", List.of("reports"));
        if (map != null) p.put("map", List.of(num(map.lat()) + "," + num(map.lon()) + "," + map.zoom()));
        if (article != null) p.put("article", List.of(String.valueOf(article)));
        if (event != null) p.put("event", List.of(String.valueOf(event)));
        if (lang != null && !"en".equals(lang)) p.put("lang", List.of(lang));
        return new QueryParameters(p);
    }

    static Parsed parse(Map<String, List<String>> params) {
        List<String> problems = new ArrayList<>();
        LocalDate from = date(first(params, "from"), "from", problems);
        LocalDate to = date(first(params, "to"), "to", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("The date range " + from + " – " + to + " ends before it starts; dates ignored.");
            from = null;
            to = null;
        }
        Set<String> types = new TreeSet<>();
        for (String t : params.getOrDefault("type", List.of())) {
            if (TYPE.matcher(t).matches()) types.add(t);
            else problems.add("Unknown event type ignored.");
        }
        Set<Integer> precisions = new TreeSet<>();
        for (String s : params.getOrDefault("prec", List.of())) {
            if (s.matches("[1-4]")) precisions.add(Integer.parseInt(s));
            else problems.add("Location precision must be 1 to 4; '" + clip(s) + "' ignored.");
        }
        PlaceChoice place = place(first(params, "place"), problems);
        BBox area = area(first(params, "area"), problems);
        MapView map = mapView(first(params, "map"), problems);
        Long article = id(first(params, "article"), "article", problems);
        Long event = id(first(params, "event"), "event", problems);
        String lang = first(params, "lang");
        if (lang != null && !lang.equals("en") && !lang.equals("ar")) {
            problems.add("Language '" + clip(lang) + "' is not offered; English is shown.");
            lang = null;
        }
        int minSources = 0;
        String sources = first(params, "sources");
        if (sources != null) {
            if (sources.matches("[1-9]")) minSources = Integer.parseInt(sources);
            else problems.add("Sources must be a number from 1 to 9; '" + clip(sources) + "' ignored.");
        }
        EventFilter filter = new EventFilter(from, to, types, text(params, "actor"), text(params, "src"), precisions,
                text(params, "q"), place, area, minSources, "1".equals(first(params, "contested")),
                "reports".equals(first(params, "count")));
        return new Parsed(new ViewState(filter, map, article, event, lang == null ? "en" : lang), problems);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank() ? null : v.get(0).strip();
    }

    private static String text(Map<String, List<String>> params, String name) {
        String s = first(params, name);
        return s == null ? null : s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static LocalDate date(String s, String name, List<String> problems) {
        if (s == null) return null;
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1800 || d.getYear() > 2200) throw new DateTimeParseException("out of range", s, 0);
            return d;
        } catch (DateTimeParseException e) {
            problems.add("'" + name + "' is not a date (YYYY-MM-DD): '" + clip(s) + "' ignored.");
            return null;
        }
    }

    private static PlaceChoice place(String s, List<String> problems) {
        if (s == null) return null;
        String[] parts = s.split("\\|", 4);
        if (parts.length != 4 || !(parts[0].equals("r") || parts[0].equals("p")) || parts[3].isBlank()
                || s.length() > 600) {
            problems.add("The place parameter does not read; place filter ignored.");
            return null;
        }
        return new PlaceChoice(parts[0].equals("r"), parts[3], emptyToNull(parts[1]), emptyToNull(parts[2]), 0);
    }

    private static BBox area(String s, List<String> problems) {
        if (s == null) return null;
        double[] v = numbers(s, 4);
        if (v == null || v[0] > v[2] || v[1] > v[3] || Math.abs(v[0]) > 90 || Math.abs(v[2]) > 90
                || Math.abs(v[1]) > 180 || Math.abs(v[3]) > 180) {
            problems.add("The drawn area does not read; area filter ignored.");
            return null;
        }
        return new BBox(v[0], v[1], v[2], v[3]);
    }

    private static MapView mapView(String s, List<String> problems) {
        if (s == null) return null;
        double[] v = numbers(s, 3);
        if (v == null || Math.abs(v[0]) > 90 || Math.abs(v[1]) > 540 || v[2] < 1 || v[2] > 18 || v[2] != Math.rint(v[2])) {
            problems.add("The map position does not read; the map shows all events instead.");
            return null;
        }
        return new MapView(v[0], v[1], (int) v[2]);
    }

    private static Long id(String s, String name, List<String> problems) {
        if (s == null) return null;
        if (!s.matches("\\d{1,15}")) {
            problems.add("'" + name + "' must be a number; '" + clip(s) + "' ignored.");
            return null;
        }
        return Long.parseLong(s);
    }

    private static double[] numbers(String s, int n) {
        String[] parts = s.split(",");
        if (parts.length != n) return null;
        double[] v = new double[n];
        try {
            for (int i = 0; i < n; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(v[i])) return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return v;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.5f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    /** A forged value is quoted back short and as text only. */
    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
