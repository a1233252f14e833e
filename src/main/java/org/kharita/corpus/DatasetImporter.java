package org.kharita.corpus;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings coded event datasets analysts already hold in beside the articles' events: UCDP GED CSV
 * (the 49-column GED releases and the 41-column 19.1 layout). Streams the file, inserts in batches,
 * and does it all in one transaction: a bad row anywhere leaves nothing of the file behind.
 *
 * <p>Mapping (UCDP GED codebook): {@code source_headline} is the event's text; {@code side_a}/{@code side_b}
 * are the actors; {@code best} the killed count; {@code type_of_violence} 1 and 2 (state-based, non-state)
 * are battles, 3 (one-sided) attacks on civilians; {@code where_prec} 1 → 1 (the place), 2, 3, 5 → 2
 * (near it, its district, between places), 4 → 3 (first-order region), 6, 7 → 4 (country, sea);
 * {@code date_prec} 1–3 → a day range from {@code date_start} to {@code date_end}, 4 → month, 5 → year.
 */
@Service
public class DatasetImporter {
    static final Set<String> REQUIRED = Set.of("id", "type_of_violence", "side_a", "side_b", "source_headline",
            "where_prec", "adm_1", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best");
    private static final int BATCH = 1000;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Progress(long rows, long bytesRead, long totalBytes) {
        public double fraction() {
            return totalBytes <= 0 ? 0 : Math.min(1, (double) bytesRead / totalBytes);
        }
    }

    public record Result(long datasetId, long rows, boolean duplicate) {
    }

    private final JdbcClient jdbc;
    private final EventIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;

    DatasetImporter(DataSource dataSource, EventIndex index, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Result importUcdp(Path file, String analyst, Consumer<Progress> progress) throws IOException {
        String hash = sha256(file);
        Optional<Long> existing = datasetByHash(hash);
        if (existing.isPresent()) return new Result(existing.get(), 0, true);
        try (InputStream in = Files.newInputStream(file)) {
            return importUcdp(in, Files.size(file), file.getFileName().toString(), analyst, progress);
        }
    }

    /**
     * @param totalBytes the stream's length when known (for progress), else 0
     * @throws BadInputException for a file that is not UCDP GED CSV or has a bad row, naming the row
     */
    public Result importUcdp(InputStream raw, long totalBytes, String name, String analyst, Consumer<Progress> progress) {
        MessageDigest digest = newDigest();
        CountingStream counted = new CountingStream(new DigestInputStream(raw, digest));
        try {
            return tx.execute(status -> {
                long datasetId = insertDataset(name, analyst);
                long rows = 0;
                try (Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8)) {
                    MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                            .with(CsvSchema.emptySchema().withHeader()).readValues(reader);
                    List<EventRow> batch = new ArrayList<>(BATCH);
                    boolean checked = false;
                    while (it.hasNextValue()) {
                        Map<String, String> r = it.nextValue();
                        if (!checked) {
                            List<String> missing = REQUIRED.stream().filter(c -> !r.containsKey(c)).sorted().toList();
                            if (!missing.isEmpty()) {
                                throw new BadInputException("'" + name + "' is not a UCDP GED CSV file: no column "
                                        + String.join(", ", missing));
                            }
                            checked = true;
                        }
                        rows++;
                        batch.add(row(r, datasetId, rows + 1));
                        if (batch.size() == BATCH) {
                            index.insert(batch);
                            batch.clear();
                            progress.accept(new Progress(rows, counted.count, totalBytes));
                        }
                    }
                    index.insert(batch);
                } catch (IOException | RuntimeException e) {
                    if (e instanceof BadInputException b) throw b;
                    throw new BadInputException("'" + name + "' could not be read as CSV near row " + (rows + 1) + ": "
                            + firstLine(e.getMessage()));
                }
                if (rows == 0) throw new BadInputException("'" + name + "' holds no events");
                String hash = HexFormat.of().formatHex(digest.digest());
                Optional<Long> existing = datasetByHash(hash);
                if (existing.isPresent()) {
                    status.setRollbackOnly();
                    return new Result(existing.get(), 0, true);
                }
                jdbc.sql("UPDATE datasets SET content_hash = ?, row_count = ? WHERE id = ?")
                        .params(hash, rows, datasetId).update();
                progress.accept(new Progress(rows, counted.count, totalBytes));
                return new Result(datasetId, rows, false);
            });
        } finally {
            try {
                counted.close();
            } catch (IOException ignored) {
                // the caller owns the stream; closing is a courtesy
            }
        }
    }

    public List<String> datasetNames() {
        return jdbc.sql("SELECT name || ' (' || row_count || ' events)' FROM datasets ORDER BY id").query(String.class).list();
    }

    private long insertDataset(String name, String analyst) {
        KeyHolder key = new GeneratedKeyHolder();
        // A placeholder hash until the whole file is read; unique so two imports can run at once.
        jdbc.sql("INSERT INTO datasets (name, format, content_hash, row_count, imported_at, imported_by) VALUES (?, ?, ?, 0, ?, ?)")
                .params(name, "ucdp-ged", "pending-" + java.util.UUID.randomUUID(),
                        Timestamp.from(clock.instant()), analyst)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private Optional<Long> datasetByHash(String hash) {
        return jdbc.sql("SELECT id FROM datasets WHERE content_hash = ?").param(hash).query(Long.class).optional();
    }

    static EventRow row(Map<String, String> r, long datasetId, long line) {
        try {
            double lat = Double.parseDouble(r.get("latitude").trim());
            double lon = Double.parseDouble(r.get("longitude").trim());
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new IllegalArgumentException("coordinates out of range");
            LocalDate start = date(r.get("date_start"));
            LocalDate end = r.get("date_end") == null || r.get("date_end").isBlank() ? start : date(r.get("date_end"));
            if (end.isBefore(start)) end = start;
            DatePrecision precision = switch (r.get("date_prec").trim()) {
                case "4" -> DatePrecision.MONTH;
                case "5" -> DatePrecision.YEAR;
                default -> DatePrecision.DAY;
            };
            int where = switch (r.get("where_prec").trim()) {
                case "1" -> 1;
                case "4" -> 3;
                case "6", "7" -> 4;
                default -> 2;
            };
            EventType type = "3".equals(r.get("type_of_violence").trim()) ? EventType.ATTACK_ON_CIVILIANS : EventType.BATTLE;
            String best = r.get("best").trim();
            String headline = r.get("source_headline");
            String place = firstNonBlank(r.get("where_coordinates"), r.get("where_description"), r.get("adm_1"));
            String text = firstNonBlank(headline, r.get("conflict_name"), place);
            return new EventRow(0, null, null, null, null, datasetId, "UCDP-" + r.get("id").trim(), type.code(), start, end,
                    precision, place, Countries.iso(blankToNull(r.get("country"))), null, blankToNull(r.get("adm_1")), lat, lon, null,
                    where, blankToNull(r.get("side_a")), blankToNull(r.get("side_b")),
                    blankToNull(r.get("source_original")), blankToNull(r.get("source_office")), "UCDP GED",
                    best.isEmpty() ? null : Integer.parseInt(best), text == null ? "" : text);
        } catch (RuntimeException e) {
            throw new BadInputException("row " + line + " (UCDP id " + r.get("id") + ") is not valid: " + firstLine(e.getMessage())
                    + "; nothing of the file was stored");
        }
    }

    static LocalDate date(String s) {
        String t = s.trim();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t, DAY_FIRST);
        }
    }

    /**
     * UCDP names countries in words ("Ukraine", "Myanmar (Burma)", "DR Congo (Zaire)") where the
     * articles' events carry ISO 3166 alpha-2 codes; one code per country keeps filters, the list
     * and the exports from holding the same country twice. English names come from
     * java.util.Locale (CLDR); the aliases cover the Gleditsch-Ward names UCDP uses that CLDR spells
     * otherwise. A name matched by neither is kept as it is.
     */
    static final class Countries {
        private static final Map<String, String> BY_NAME = byName();

        private Countries() {
        }

        static String iso(String name) {
            if (name == null) return null;
            String key = key(name);
            String code = BY_NAME.get(key);
            if (code == null && key.contains("(")) code = BY_NAME.get(key.substring(0, key.indexOf('(')).strip());
            return code == null ? name : code;
        }

        private static String key(String name) {
            return name.strip().replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
        }

        private static Map<String, String> byName() {
            Map<String, String> m = new java.util.HashMap<>();
            for (String code : java.util.Locale.getISOCountries()) {
                m.put(key(new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH)), code);
            }
            m.putAll(Map.ofEntries(
                    Map.entry("dr congo", "CD"), Map.entry("congo", "CG"), Map.entry("ivory coast", "CI"),
                    Map.entry("bosnia-herzegovina", "BA"), Map.entry("united states of america", "US"),
                    Map.entry("kingdom of eswatini", "SZ"), Map.entry("swaziland", "SZ"), Map.entry("macedonia, fyr", "MK"),
                    Map.entry("czech republic", "CZ"), Map.entry("turkey", "TR"), Map.entry("palestine", "PS"),
                    Map.entry("kosovo", "XK"), Map.entry("russia (soviet union)", "RU"), Map.entry("myanmar (burma)", "MM"),
                    Map.entry("cambodia (kampuchea)", "KH"), Map.entry("east timor", "TL"), Map.entry("burma", "MM")));
            return Map.copyOf(m);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest d = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
