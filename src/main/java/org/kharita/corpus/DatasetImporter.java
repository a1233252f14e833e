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
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.Closeable;
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
 * Brings coded event datasets analysts already hold in beside the articles' events: UCDP GED as CSV
 * (the 49-column GED releases and the 41-column 19.1 layout) or GeoJSON points, and GDELT 1.0 events
 * ({@link GdeltEvents}), told apart by content ({@link DatasetFormat}). Streams the file and inserts in
 * batches, committed in chunks that stay invisible until the last one publishes the dataset: a bad row
 * anywhere leaves nothing of the file behind, and H2's file grows with the data, not with one huge
 * transaction.
 *
 * <p>UCDP mapping (GED codebook): {@code source_headline} is the event's text; {@code side_a}/{@code side_b}
 * are the actors; {@code best} the killed count; {@code type_of_violence} 1 and 2 (state-based, non-state)
 * are battles, 3 (one-sided) attacks on civilians; {@code where_prec} 1 → 1 (the place), 2, 3, 5 → 2
 * (near it, its district, between places), 4 → 3 (first-order region), 6, 7 → 4 (country, sea);
 * {@code date_prec} 1–3 → a day range from {@code date_start} to {@code date_end}, 4 → month, 5 → year.
 * The GeoJSON features carry the same columns as properties and the point as their geometry.
 */
@Service
public class DatasetImporter {
    static final Set<String> REQUIRED = Set.of("id", "type_of_violence", "side_a", "side_b", "source_headline",
            "where_prec", "adm_1", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best");
    private static final int BATCH = 1000;
    /** Rows per committed transaction: H2 keeps a transaction's undo log and page versions until it ends. */
    static final int CHUNK = 10_000;
    /**
     * Rows per committed transaction and COPY on PostgreSQL, which keeps no undo log: fewer, longer COPY
     * streams and commits (the rows are in memory meanwhile, about 1 kB each).
     */
    static final int POSTGRES_CHUNK = 50_000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatasetImporter.class);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Progress(long rows, long bytesRead, long totalBytes) {
        public double fraction() {
            return totalBytes <= 0 ? 0 : Math.min(1, (double) bytesRead / totalBytes);
        }
    }

    /**
     * @param rows    events stored
     * @param skipped rows left out on purpose (GDELT rows with no usable place or not a conflict event)
     * @param overlay  the file was a map overlay ({@link Overlays}): {@code datasetId} is its layer, {@code rows} its shapes
     */
    public record Result(long datasetId, long rows, long skipped, boolean duplicate, boolean overlay) {
        public Result(long datasetId, long rows, long skipped, boolean duplicate) {
            this(datasetId, rows, skipped, duplicate, false);
        }
    }

    private final JdbcClient jdbc;
    /** {@link #CHUNK}; tests make it small to see chunks commit without writing tens of thousands of rows. */
    private int chunkRows;
    private final boolean postgres;
    private final DataSource dataSource;
    private final EventIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Overlays overlays;

    DatasetImporter(DataSource dataSource, EventIndex index, PlatformTransactionManager transactions, Clock clock,
                    Overlays overlays) {
        this.overlays = overlays;
        this.jdbc = JdbcClient.create(dataSource);
        this.dataSource = dataSource;
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.postgres = Dialect.of(dataSource) == Dialect.POSTGRESQL;
        this.chunkRows = postgres ? POSTGRES_CHUNK : CHUNK;
    }

    DatasetImporter chunkRows(int rows) {
        this.chunkRows = rows;
        return this;
    }

    /** Imports a file of any format we read; a file imported before is recognised by its hash first. */
    public Result importFile(Path file, String analyst, Consumer<Progress> progress) throws IOException {
        String hash = sha256(file);
        Optional<Long> existing = datasetByHash(hash);
        if (existing.isPresent()) return new Result(existing.get(), 0, 0, true);
        Optional<Overlays.Layer> layer = overlays.layerByHash(hash);
        if (layer.isPresent()) return new Result(layer.get().id(), 0, 0, true, true);
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(in, Files.size(file), file.getFileName().toString(), analyst, progress);
        }
    }

    /**
     * @param totalBytes the stream's length when known (for progress), else 0
     * @throws BadInputException for a file of no format we read, or with a bad row, naming the row
     */
    public Result importStream(InputStream raw, long totalBytes, String name, String analyst, Consumer<Progress> progress) {
        MessageDigest digest = newDigest();
        CountingStream counted = new CountingStream(new DigestInputStream(raw, digest));
        BufferedInputStream in = new BufferedInputStream(counted, DatasetFormat.SNIFF_BYTES);
        try {
            DatasetFormat.Sniffed sniffed = DatasetFormat.detect(in, name);
            if (sniffed.format() == DatasetFormat.OVERLAY_GEOJSON) {
                Overlays.Imported imported = overlays.importStream(in, name, analyst, digest);
                progress.accept(new Progress(imported.layer().shapes(), counted.count, totalBytes));
                return new Result(imported.layer().id(), imported.duplicate() ? 0 : imported.layer().shapes(), 0,
                        imported.duplicate(), true);
            }
            return importEvents(sniffed, in, counted, digest, totalBytes, name, analyst, progress);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // the caller owns the stream; closing is a courtesy
            }
        }
    }

    /**
     * The rows go in committed chunks of {@link #CHUNK} into a dataset marked incomplete, invisible to every
     * reader ({@link PublishedRows}); the last transaction sets its hash and publishes it. Anything short of
     * that (a bad row, a full disk, the same file imported meanwhile) deletes what the chunks wrote; a crash
     * leaves it for {@link #discardUnfinished} at the next start.
     */
    private Result importEvents(DatasetFormat.Sniffed sniffed, InputStream in, CountingStream counted, MessageDigest digest,
                                long totalBytes, String name, String analyst, Consumer<Progress> progress) {
        long datasetId = tx.execute(status -> insertDataset(name, sniffed.format().code, analyst));
        StoreCompaction.importStarts(dataSource);
        boolean published = false;
        long[] counts = new long[2];
        List<EventRow> chunk = new ArrayList<>(BATCH);
        try {
            try (Rows rows = open(sniffed, in, name, datasetId)) {
                EventRow row;
                while ((row = rows.next()) != null) {
                    if (row == SKIPPED) {
                        counts[1]++;
                        continue;
                    }
                    counts[0]++;
                    chunk.add(row);
                    if (chunk.size() == chunkRows) writeChunk(datasetId, chunk, counts[0]);
                    // every thousand rows read, not every chunk committed: a file of a few thousand rows would
                    // otherwise sit at 0 % until it is done
                    if (counts[0] % BATCH == 0) progress.accept(new Progress(counts[0], counted.count, totalBytes));
                }
                writeChunk(datasetId, chunk, counts[0]);
            } catch (DataAccessException e) {
                // the chunk being written holds the rows since the last commit
                throw storageFailure(name, counts[0] - chunk.size() + counts[1] + 1, e);
            } catch (IOException | RuntimeException e) {
                if (e instanceof BadInputException b) throw b;
                throw new BadInputException("'" + name + "' could not be read near record " + (counts[0] + counts[1] + 1)
                        + ": " + firstLine(e.getMessage()) + "; nothing of the file was stored");
            }
            if (counts[0] == 0) {
                throw new BadInputException("'" + name + "' holds no events we can place"
                        + (counts[1] > 0 ? " (" + counts[1] + " rows skipped)" : ""));
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            try {
                Result result = tx.execute(status -> {
                    Optional<Long> existing = datasetByHash(hash);
                    if (existing.isPresent()) return new Result(existing.get(), 0, 0, true);
                    jdbc.sql("UPDATE datasets SET content_hash = ?, row_count = ? WHERE id = ?")
                            .params(hash, counts[0], datasetId).update();
                    index.publishDataset(datasetId);
                    return new Result(datasetId, counts[0], counts[1], false);
                });
                published = !result.duplicate();
                progress.accept(new Progress(counts[0], counted.count, totalBytes));
                return result;
            } catch (DataAccessException e) {
                throw storageFailure(name, counts[0] + counts[1], e);
            }
        } finally {
            if (!published) discard(datasetId);
            StoreCompaction.importEnds(dataSource);
        }
    }

    /** One chunk of rows and the dataset's count of them, committed together (the count hides them from readers). */
    private void writeChunk(long datasetId, List<EventRow> chunk, long rowsSoFar) {
        if (chunk.isEmpty()) return;
        tx.executeWithoutResult(status -> {
            // Nobody sees a chunk before the last transaction publishes the dataset, and a chunk lost in a crash
            // is deleted at the next start like any unfinished import: its commit need not wait for the disk
            // (the publishing commit does). PostgreSQL's setting, for this transaction only.
            if (postgres) jdbc.sql("SET LOCAL synchronous_commit = off").update();
            index.insertUnpublished(chunk);
            jdbc.sql("UPDATE datasets SET row_count = ? WHERE id = ?").params(rowsSoFar, datasetId).update();
        });
        chunk.clear();
        StoreCompaction.afterChunk(dataSource);
    }

    private void discard(long datasetId) {
        try {
            index.discardDataset(datasetId);
        } catch (RuntimeException e) {
            // A disk still full: the rows stay invisible, and the next start deletes them.
            log.warn("an unfinished import (dataset {}) could not be deleted now; the next start deletes it: {}", datasetId,
                    firstLine(rootMessage(e)));
        }
    }

    /**
     * Deletes what imports interrupted by a crash (kill -9, power cut) left: datasets never published.
     * Their rows were never visible; this gives their space back and lets the same file import again.
     */
    public int discardUnfinished() {
        List<Long> unfinished = index.unpublishedDatasets();
        for (long id : unfinished) {
            log.info("deleting the unfinished import of dataset {} (interrupted before it completed)", id);
            index.discardDataset(id);
        }
        return unfinished.size();
    }

    private static StorageFailure storageFailure(String name, long record, DataAccessException e) {
        // Not the file's fault (a full disk, most often): said so; what the chunks wrote is deleted.
        return new StorageFailure("'" + name + "' could not be stored: the database could not write near record "
                + record + " (" + firstLine(rootMessage(e)) + "; is the disk full?)"
                + "; nothing of the file was stored", e);
    }

    /** The database refused a write mid-import (disk full, I/O error); nothing of the file is stored. */
    public static final class StorageFailure extends RuntimeException {
        StorageFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return String.valueOf(t.getMessage());
    }

    /** The name callers used while UCDP CSV was the only format; detects the format like {@link #importFile}. */
    public Result importUcdp(Path file, String analyst, Consumer<Progress> progress) throws IOException {
        return importFile(file, analyst, progress);
    }

    /** The name callers used while UCDP CSV was the only format; detects the format like {@link #importStream}. */
    public Result importUcdp(InputStream raw, long totalBytes, String name, String analyst, Consumer<Progress> progress) {
        return importStream(raw, totalBytes, name, analyst, progress);
    }

    /** A marker for a row left out on purpose, counted apart from the events. */
    private static final EventRow SKIPPED = new EventRow(0, null, null, null, null, null, null, "", null, null,
            null, null, null, null, null, 0, 0, null, 0, null, null, null, null, null, null, "");

    /** The file's events one at a time: an event, {@link #SKIPPED}, or null after the last. */
    private interface Rows extends Closeable {
        EventRow next() throws IOException;
    }

    private static Rows open(DatasetFormat.Sniffed sniffed, InputStream in, String name, long datasetId) throws IOException {
        return switch (sniffed.format()) {
            case UCDP_CSV -> csvRows(csv(in, sniffed.separator(), null), null, name, REQUIRED, sniffed.format().label,
                    (r, line) -> row(r, datasetId, line));
            case GDELT_CSV, GDELT_EXPORT -> {
                List<String> columns = sniffed.format() == DatasetFormat.GDELT_EXPORT ? GdeltEvents.COLUMNS : null;
                yield csvRows(csv(in, sniffed.separator(), columns), columns, name, GdeltEvents.REQUIRED,
                        sniffed.format().label, (r, line) -> gdeltRow(r, datasetId, line));
            }
            case UCDP_GEOJSON -> geoJsonRows(new GeoJsonPoints(in, name), name, datasetId);
            case OVERLAY_GEOJSON -> throw new IllegalStateException("an overlay holds shapes, not event rows");
        };
    }

    /**
     * The file's records as arrays of fields (a Map per row was a tenth of the parse at a million rows),
     * seen by name through {@link Fields}. The first record is the header unless the columns are given.
     */
    private static MappingIterator<String[]> csv(InputStream in, char separator, List<String> columns) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setColumnSeparator(separator);
        // GDELT's own export: no header, no quoting (names may hold a bare quote).
        if (columns != null) b.disableQuoteChar();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).with(b.build()).readValues(reader);
    }

    private interface RowMapper {
        EventRow map(Map<String, String> r, long line);
    }

    private static Rows csvRows(MappingIterator<String[]> it, List<String> columns, String name, Set<String> required,
                                String what, RowMapper mapper) {
        return new Rows() {
            long line = 1;
            Fields fields = columns == null ? null : new Fields(columns.toArray(String[]::new));

            @Override
            public EventRow next() throws IOException {
                if (fields == null) {
                    if (!it.hasNextValue()) return null;
                    fields = new Fields(it.nextValue());
                }
                if (!it.hasNextValue()) return null;
                fields.values = it.nextValue();
                line++;
                if (fields.values.length > fields.width) {
                    // as Jackson said of a record longer than the header when it read each row into a Map
                    throw new IllegalArgumentException("Too many entries: expected at most " + fields.width
                            + " (found " + fields.values.length + ")");
                }
                if (line == 2) checkColumns(fields, required, name, what, "column");
                return mapper.map(fields, line);
            }

            @Override
            public void close() throws IOException {
                it.close();
            }
        };
    }

    /**
     * One CSV record read by column name, as the header names them: a view over the record's array that
     * the reader moves from row to row (the mappers read a row before the next is read). A column the
     * record is too short for reads as null, as it did when each row was a Map.
     */
    private static final class Fields extends java.util.AbstractMap<String, String> {
        final Map<String, Integer> index = new java.util.HashMap<>();
        final int width;
        String[] values = new String[0];

        Fields(String[] header) {
            width = header.length;
            for (int i = 0; i < header.length; i++) index.putIfAbsent(header[i], i);
        }

        @Override
        public String get(Object column) {
            Integer i = index.get(column);
            return i == null || i >= values.length ? null : values[i];
        }

        @Override
        public boolean containsKey(Object column) {
            return index.containsKey(column);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            java.util.Set<Entry<String, String>> out = new java.util.LinkedHashSet<>();
            index.forEach((k, i) -> out.add(Map.entry(k, i < values.length ? values[i] : "")));
            return out;
        }
    }

    private static Rows geoJsonRows(GeoJsonPoints features, String name, long datasetId) {
        return new Rows() {
            long n;

            @Override
            public EventRow next() throws IOException {
                GeoJsonPoints.Feature f = features.next();
                if (f == null) return null;
                n++;
                if (n == 1) checkColumns(f.properties(), REQUIRED, name, DatasetFormat.UCDP_GEOJSON.label, "property");
                if (!"Point".equals(f.geometryType())) {
                    throw new BadInputException("'" + name + "': feature " + n + " has " + (f.geometryType() == null ? "no geometry"
                            : "a " + f.geometryType() + " geometry") + ", not a point; nothing of the file was stored");
                }
                return row(f.properties(), datasetId, n);
            }

            @Override
            public void close() throws IOException {
                features.close();
            }
        };
    }

    private static void checkColumns(Map<String, String> first, Set<String> required, String name, String what, String word) {
        List<String> missing = required.stream().filter(c -> !first.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new BadInputException("'" + name + "' is not a " + what + ": no " + word + " " + String.join(", ", missing)
                    + "; nothing was stored");
        }
    }

    private static EventRow gdeltRow(Map<String, String> r, long datasetId, long line) {
        try {
            EventRow row = GdeltEvents.row(r, datasetId);
            return row == null ? SKIPPED : row;
        } catch (RuntimeException e) {
            throw new BadInputException("row " + line + " (GDELT event " + r.get("GLOBALEVENTID") + ") is not valid: "
                    + firstLine(e.getMessage()) + "; nothing of the file was stored");
        }
    }

    /**
     * Whether a file is one we import, by its content: its format is recognised and its first record
     * reads. Nothing is stored. For the one-click list of a folder's files.
     */
    public static boolean importable(Path file) {
        String name = file.getFileName().toString();
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), DatasetFormat.SNIFF_BYTES)) {
            DatasetFormat.Sniffed sniffed = DatasetFormat.detect(in, name);
            if (sniffed.format() == DatasetFormat.OVERLAY_GEOJSON) return Overlays.firstShapeReads(in, name);
            try (Rows rows = open(sniffed, in, name, 0)) {
                return rows.next() != null;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public List<String> datasetNames() {
        return jdbc.sql("SELECT name || ' (' || row_count || ' events)' FROM datasets WHERE complete = TRUE ORDER BY id")
                .query(String.class).list();
    }

    private long insertDataset(String name, String format, String analyst) {
        KeyHolder key = new GeneratedKeyHolder();
        // A placeholder hash until the whole file is read; unique so two imports can run at once.
        jdbc.sql("INSERT INTO datasets (name, format, content_hash, row_count, imported_at, imported_by, complete) VALUES (?, ?, ?, 0, ?, ?, FALSE)")
                .params(name, format, "pending-" + java.util.UUID.randomUUID(),
                        Timestamp.from(clock.instant()), analyst)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private Optional<Long> datasetByHash(String hash) {
        return jdbc.sql("SELECT id FROM datasets WHERE content_hash = ? AND complete = TRUE").param(hash).query(Long.class).optional();
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
            // GeoJSON writers may give a count as a float ("3.0").
            String headline = r.get("source_headline");
            String place = firstNonBlank(r.get("where_coordinates"), r.get("where_description"), r.get("adm_1"));
            String text = firstNonBlank(headline, r.get("conflict_name"), place);
            return new EventRow(0, null, null, null, null, datasetId, "UCDP-" + r.get("id").trim(), type.code(), start, end,
                    precision, place, Countries.iso(blankToNull(r.get("country"))), null, blankToNull(r.get("adm_1")), lat, lon, null,
                    where, blankToNull(r.get("side_a")), blankToNull(r.get("side_b")),
                    blankToNull(r.get("source_original")), blankToNull(r.get("source_office")), "UCDP GED",
                    best.isEmpty() ? null : new java.math.BigDecimal(best).intValueExact(), text == null ? "" : text);
        } catch (RuntimeException e) {
            throw new BadInputException("row " + line + " (UCDP id " + r.get("id") + ") is not valid: " + firstLine(e.getMessage())
                    + "; nothing of the file was stored");
        }
    }

    static LocalDate date(String s) {
        String t = s.trim();
        LocalDate iso = isoDay(t);
        if (iso != null) return iso;
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t, DAY_FIRST);
        }
    }

    /**
     * "2024-08-10" (and "2024-08-10 00:00:00.000"), read without a formatter: at a million rows the formatter
     * was a third of the mapping. Null for anything else, which {@link LocalDate#parse} then reads or refuses.
     */
    private static LocalDate isoDay(String t) {
        if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.length() > 10 && t.charAt(10) != ' ' && t.charAt(10) != 'T')) {
            return null;
        }
        int year = digits(t, 0, 4), month = digits(t, 5, 7), day = digits(t, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        return LocalDate.of(year, month, day);
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
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

        /** Names already looked up: a file names a few countries a million times (the key's Unicode folding was a quarter of the mapping). */
        private static final Map<String, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

        static String iso(String name) {
            if (name == null) return null;
            String seen = SEEN.get(name);
            if (seen != null) return seen;
            String code = lookUp(name);
            if (SEEN.size() < 10_000) SEEN.put(name, code);
            return code;
        }

        private static String lookUp(String name) {
            String key = key(name);
            String code = BY_NAME.get(key);
            if (code == null && key.contains("(")) code = BY_NAME.get(key.substring(0, key.indexOf('(')).strip());
            return code == null ? name : code;
        }

        private static String key(String name) {
            // Accents dropped: GDELT writes "Cote D'ivoire" where CLDR has "Côte d’Ivoire".
            String plain = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
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
