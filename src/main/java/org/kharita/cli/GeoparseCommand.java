package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kharita.extract.Analysis;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.ArticleText;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Engines;
import org.kharita.geo.Language;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.index.Gazetteers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code geoparse}: the engine without the web server (../shared/design/CONTRACT.md). One article
 * in, one JSON document out; several files, a folder or --jsonl give JSON Lines, one per article,
 * and a failing article is reported on its line while the run goes on.
 */
public final class GeoparseCommand {
    static final String USAGE = "usage: geoparse [--published YYYY-MM-DD] [--lang ar|en|ru|uk|auto] "
            + "[--gazetteer PATH]... (FILE|DIR|-)... | --jsonl FILE|-";

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public GeoparseCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** @return the process exit code: 0 ok, 1 some articles of a batch failed, 2 bad input */
    public int run(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (BadInputException e) {
            stderr.println("geoparse: " + e.getMessage());
            return 2;
        }
        try {
            if (o.jsonl != null) return runJsonl(o);
            List<Path> files = o.inputs.size() == 1 && o.inputs.get(0).equals("-") ? List.of() : expand(o.inputs);
            boolean batch = o.inputs.size() > 1 || (files.size() == 1 && Files.isDirectory(Path.of(o.inputs.get(0))))
                    || files.size() > 1;
            if (!batch) {
                String what = o.inputs.get(0).equals("-") ? "standard input" : o.inputs.get(0);
                byte[] bytes = o.inputs.get(0).equals("-") ? readLimited(stdin, what) : readFile(Path.of(o.inputs.get(0)));
                String text = ArticleText.decode(bytes, what);
                Analysis a = engine(o).analyze(text, o.language, o.published);
                print(AnalysisJson.of(a));
                return 0;
            }
            ArticleAnalyzer engine = engine(o);
            int failed = 0;
            for (Path f : files) {
                ObjectNode line;
                try {
                    String text = ArticleText.decode(readFile(f), f.toString());
                    line = AnalysisJson.of(engine.analyze(text, o.language, o.published));
                    line.put("source", f.toString());
                } catch (BadInputException | IOException e) {
                    failed++;
                    stderr.println("geoparse: " + f + ": " + e.getMessage());
                    line = AnalysisJson.MAPPER.createObjectNode().put("source", f.toString()).put("error", e.getMessage());
                }
                print(line);
            }
            return failed > 0 ? 1 : 0;
        } catch (BadInputException e) {
            stderr.println("geoparse: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("geoparse: " + e.getMessage());
            return 2;
        }
    }

    /** A JSON line carries one article; its escapes (\\uXXXX is six bytes a character) may triple it. */
    static final int MAX_JSONL_LINE_BYTES = 3 * ArticleText.MAX_BYTES;

    private int runJsonl(Options o) throws IOException {
        ArticleAnalyzer engine = engine(o);
        int failed = 0;
        // Lines are cut as bytes and decoded one by one, strictly, so that a record with invalid UTF-8
        // gets the error a single file with the same bytes gets, and the records after it still run.
        try (InputStream in = new BufferedInputStream(o.jsonl.equals("-") ? stdin : Files.newInputStream(Path.of(o.jsonl)))) {
            JsonLines lines = new JsonLines(in, MAX_JSONL_LINE_BYTES);
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                int n = lines.number();
                ObjectNode out;
                String id = null;
                try {
                    if (lines.overlong()) {
                        throw new BadInputException("line " + n + " is over " + MAX_JSONL_LINE_BYTES / (1024 * 1024) + " MB");
                    }
                    String line = ArticleText.strictUtf8(bytes, "line " + n);
                    if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                    if (line.isBlank()) continue;
                    JsonNode doc = AnalysisJson.MAPPER.readTree(line);
                    id = doc.hasNonNull("id") ? doc.get("id").asText() : null;
                    if (!doc.hasNonNull("text")) throw new BadInputException("line " + n + " has no \"text\"");
                    String text = ArticleText.check(doc.get("text").asText(), "line " + n);
                    LocalDate published = doc.hasNonNull("publishedAt") ? date(doc.get("publishedAt").asText()) : o.published;
                    Language lang = doc.hasNonNull("language") ? language(doc.get("language").asText()) : o.language;
                    out = AnalysisJson.of(engine.analyze(text, lang, published));
                } catch (BadInputException | IOException e) {
                    failed++;
                    String msg = e instanceof IOException ? "line " + n + " is not JSON" : e.getMessage();
                    stderr.println("geoparse: " + msg);
                    out = AnalysisJson.MAPPER.createObjectNode().put("error", msg);
                }
                ObjectNode withId = AnalysisJson.MAPPER.createObjectNode();
                if (id != null) withId.put("id", id);
                else withId.putNull("id");
                withId.setAll(out);
                print(withId);
            }
        }
        return failed > 0 ? 1 : 0;
    }

    /**
     * One document and its line end, streamed to standard output: a 2 MB article's document made into one String
     * first (chars, then a UTF-16 copy, then bytes) ran out of memory at -Xmx256m after the analysis had finished.
     */
    private void print(com.fasterxml.jackson.databind.JsonNode doc) throws IOException {
        STREAMED.writeValue(stdout, doc);
        stdout.println();
    }

    /** Leaves standard output open after each document, for the next line of JSON Lines. */
    private static final com.fasterxml.jackson.databind.ObjectWriter STREAMED = AnalysisJson.MAPPER.writer()
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Lines of a byte stream, without their \n or \r\n; a line over the limit is skipped to its end and flagged. */
    static final class JsonLines {
        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        /** Read in blocks: a byte at a time through a BufferedInputStream took a few % of the whole run. */
        private final byte[] block = new byte[1 << 16];
        private int pos, len;
        private int number;
        private boolean overlong;

        JsonLines(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        byte[] next() throws IOException {
            buf.reset();
            overlong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    pos = 0;
                    len = Math.max(0, in.read(block, 0, block.length));
                    if (len == 0) break;
                }
                any = true;
                int end = pos;
                while (end < len && block[end] != '\n') end++;
                int take = Math.min(end - pos, limit - buf.size());
                buf.write(block, pos, take);
                if (take < end - pos) overlong = true;
                pos = end < len ? end + 1 : end;
                if (end < len) break;
            }
            if (!any) return null;
            number++;
            byte[] line = buf.toByteArray();
            if (line.length > 0 && line[line.length - 1] == '\r') return Arrays.copyOf(line, line.length - 1);
            return line;
        }

        int number() {
            return number;
        }

        boolean overlong() {
            return overlong;
        }
    }

    private static ArticleAnalyzer engine(Options o) throws IOException {
        if (o.gazetteers.isEmpty()) return Engines.createDefault();
        try {
            return Engines.create(Gazetteers.withExtras(o.gazetteers), PlaceResolver.Aliases.NONE);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static List<Path> expand(List<String> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String s : inputs) {
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static byte[] readFile(Path p) throws IOException {
        if (!Files.exists(p)) throw new BadInputException(p + " does not exist");
        if (!Files.isReadable(p) || Files.isDirectory(p)) throw new BadInputException(p + " is not a readable file");
        if (Files.size(p) > ArticleText.MAX_BYTES) {
            throw new BadInputException(p + " is " + Files.size(p) / 1024 + " KB; the limit is "
                    + ArticleText.MAX_BYTES / 1024 + " KB per article");
        }
        return Files.readAllBytes(p);
    }

    private static byte[] readLimited(InputStream in, String what) throws IOException {
        byte[] b = in.readNBytes(ArticleText.MAX_BYTES + 1);
        if (b.length > ArticleText.MAX_BYTES) {
            throw new BadInputException(what + " is over the limit of " + ArticleText.MAX_BYTES / 1024 + " KB per article");
        }
        return b;
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("\"" + s + "\" is not a date of the form YYYY-MM-DD");
        }
    }

    static Language language(String s) {
        if (s.equalsIgnoreCase("auto")) return null;
        return Language.fromCode(s).orElseThrow(() -> new BadInputException("unknown language \"" + s + "\" (ar, en, ru, uk or auto)"));
    }

    static final class Options {
        LocalDate published;
        Language language;
        String jsonl;
        final List<Path> gazetteers = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--published" -> o.published = date(value(args, ++i, a));
                    case "--lang" -> o.language = language(value(args, ++i, a));
                    case "--jsonl" -> o.jsonl = value(args, ++i, a);
                    case "--gazetteer" -> o.gazetteers.add(Path.of(value(args, ++i, a)));
                    default -> {
                        if (a.startsWith("--")) throw new BadInputException("unknown option " + a + "; " + USAGE);
                        o.inputs.add(a);
                    }
                }
            }
            if (o.jsonl == null && o.inputs.isEmpty()) throw new BadInputException("no input given; " + USAGE);
            if (o.jsonl != null && !o.inputs.isEmpty()) throw new BadInputException("--jsonl takes no other inputs; " + USAGE);
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new BadInputException(option + " needs a value");
            return args[i];
        }
    }
}
