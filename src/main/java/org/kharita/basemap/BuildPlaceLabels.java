package org.kharita.basemap;

import org.kharita.geo.ArabicNames;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.Place;
import org.kharita.geo.gazetteer.DefaultGazetteerSources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (Maven, process-classes, after the gazetteer index): the settlements of the default
 * gazetteer's sources with the name to print on the map in each UI language, packed into the jar as
 * {@code basemap/labels.tsv.gz}. The name index keeps folded keys, not names fit to print, so the
 * display names are taken here from the same records. Usage: {@code BuildPlaceLabels GEODATA_DIR OUT_FILE INDEX_FILE [NAMES_FILE]};
 * skipped while the outputs are newer than the index (the index is rebuilt whenever geodata changes). In the same
 * pass over the sources, NAMES_FILE gets every place's Arabic name by id ({@link ArabicNames}), for the UI's
 * popups, list and dialogs.
 */
public final class BuildPlaceLabels {
    /** A label further than this from its place misleads more than it orients. */
    static final double MAX_KM = 3;

    private BuildPlaceLabels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: BuildPlaceLabels GEODATA_DIR OUT_FILE INDEX_FILE [NAMES_FILE]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path index = Path.of(args[2]);
        Path namesOut = args.length == 4 ? Path.of(args[3]) : null;
        if (newer(out, index) && (namesOut == null || newer(namesOut, index))) {
            System.out.println("map labels up to date: " + out);
            return;
        }
        Files.createDirectories(out.getParent());
        if (namesOut != null) Files.createDirectories(namesOut.getParent());
        int[] n = {0, 0};
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
             Writer names = namesOut == null ? Writer.nullWriter()
                     : new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(namesOut)), StandardCharsets.UTF_8)) {
            Set<String> vague = vaguelyPlaced(Path.of(args[0]).resolve("theatre/settlements.tsv"));
            DefaultGazetteerSources.fromDirectory(Path.of(args[0])).forEach(r -> {
                try {
                    // every place, vaguely placed or not: a popup names the village even where the map would not
                    if (ArabicNames.line(r, names)) n[1]++;
                    if (vague.contains(r.place().id())) return;
                    String line = line(r);
                    if (line == null) return;
                    w.write(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                n[0]++;
            });
        }
        System.out.printf("map labels: %d settlements, %.1f MB -> %s; %d Arabic place names%n", n[0], Files.size(out) / 1e6, out, n[1]);
    }

    /**
     * Curated villages whose point is only their district seat (precision_km over {@value #MAX_KM}): the
     * resolver may use them, but a name printed there would name the wrong place.
     */
    static Set<String> vaguelyPlaced(Path theatre) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(theatre)) return ids;
        List<String> lines = Files.readAllLines(theatre, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id"), km = header.indexOf("precision_km");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length <= Math.max(id, km) || f[km].isBlank()) continue;
            if (Double.parseDouble(f[km].strip()) > MAX_KM) ids.add(f[id]);
        }
        return ids;
    }

    private static boolean newer(Path file, Path than) throws IOException {
        return Files.exists(file) && Files.exists(than) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
    }

    /** lat, lon, population, English name, Arabic name (may be empty); null for what is not a settlement. */
    static String line(GazetteerRecord r) {
        Place p = r.place();
        if (!p.isSettlement() || clean(p.name()).isEmpty()) return null;
        String ar = r.names().stream().filter(BuildPlaceLabels::isArabic).findFirst().orElse("");
        return String.format(java.util.Locale.ROOT, "%.5f\t%.5f\t%d\t%s\t%s\t%s%n", p.lat(), p.lon(), p.population(),
                p.featureCode(), clean(p.name()), clean(ar));
    }

    static boolean isArabic(String s) {
        return ArabicNames.isArabic(s);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
