package org.kharita.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A place's name fit to print in the Arabic UI, where the gazetteer has one (دارينو for Darino). The name
 * index keeps folded keys, not names, so the build writes these from the same records into
 * {@value #RESOURCE} (see {@link #line}): one line per place with an Arabic name. Looked up by place id
 * where the caller has the place (a mention's resolution), else by the stored English name and country
 * (an event row, a dataset row, a type-ahead choice), which answers only where every place of that name
 * in that country that has an Arabic name has the same one.
 */
public final class ArabicNames {
    public static final String RESOURCE = "/gazetteer/names-ar.tsv.gz";
    private static final ArabicNames NONE = new ArabicNames(Map.of(), Map.of());
    private static volatile ArabicNames instance;

    private final Map<String, String> byId;
    /** "name|country" to the Arabic name; an empty value where namesakes disagree. */
    private final Map<String, String> byName;

    ArabicNames(Map<String, String> byId, Map<String, String> byName) {
        this.byId = byId;
        this.byName = byName;
    }

    /** Loaded once per JVM at the first ask; without the resource (a build that skipped it) every name falls back. */
    public static ArabicNames load() {
        ArabicNames n = instance;
        if (n != null) return n;
        synchronized (ArabicNames.class) {
            if (instance == null) {
                try (InputStream in = ArabicNames.class.getResourceAsStream(RESOURCE)) {
                    instance = in == null ? NONE : read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }

    static ArabicNames read(InputStream gz) throws IOException {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 4 || f[3].isEmpty()) continue;
                ids.putIfAbsent(f[0], f[3]);
                names.merge(key(f[2], f[1]), f[3], (a, b) -> a.equals(b) ? a : "");
            }
        }
        return new ArabicNames(ids, names);
    }

    public Optional<String> byId(String placeId) {
        return placeId == null ? Optional.empty() : Optional.ofNullable(byId.get(placeId));
    }

    /** @param country ISO 3166 alpha-2, as event rows and places carry it */
    public Optional<String> byName(String name, String country) {
        if (name == null) return Optional.empty();
        String ar = byName.get(key(name, country));
        return ar == null || ar.isEmpty() ? Optional.empty() : Optional.of(ar);
    }

    /** The place's Arabic name by its id, else by its name and country. */
    public Optional<String> of(Place p) {
        return byId(p.id()).or(() -> byName(p.name(), p.country()));
    }

    private static String key(String name, String country) {
        return name.toLowerCase(Locale.ROOT) + "|" + (country == null ? "" : country);
    }

    /** Writes a record's line (id, country, English name, Arabic name) if it has an Arabic name; false if not. */
    public static boolean line(GazetteerRecord r, Writer w) throws IOException {
        String ar = r.names().stream().filter(ArabicNames::isArabic).findFirst().map(ArabicNames::clean).orElse("");
        String en = clean(r.place().name());
        if (ar.isEmpty() || en.isEmpty()) return false;
        w.write(clean(r.place().id()) + "\t" + clean(r.place().country()) + "\t" + en + "\t" + ar + "\n");
        return true;
    }

    /**
     * Arabic script, and none of the letters Persian, Urdu or Pashto add to it (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ):
     * GeoNames' alternate names carry no language, and a Persian spelling would read as a misspelling in
     * the Arabic UI.
     */
    public static boolean isArabic(String s) {
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("پچژگکیےٹڈڑںھۀ".indexOf(c) >= 0) return false;
            if (c >= '\u0621' && c <= '\u064A') arabic = true;
        }
        return arabic;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
