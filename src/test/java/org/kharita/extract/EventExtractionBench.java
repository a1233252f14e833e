package org.kharita.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.geo.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The event extractor alone, in microseconds per article, over the dev-eval passages, the seed and the
 * project's demo articles. Sentences and the geoparser's mentions are computed once up front, so the
 * figure is the event layer's own cost. A speed target belongs here, not in a timed unit test.
 * <p>
 * Usage (from the project root, after {@code mvn -o process-classes test-compile}):
 * {@code java -cp target/classes:target/test-classes:DEPS org.kharita.extract.EventExtractionBench [--seconds N] [--dump FILE]}.
 * {@code --dump} writes every event of every input (with the geoparser's mentions and with the gold
 * ones, with and without the publication date) instead of timing, so two versions of the extractor can
 * be diffed for identical output.
 */
public final class EventExtractionBench {
    private static final Path DEV_EVAL = Path.of("../shared/dev-eval/articles.jsonl");
    private static final Path SEED_DIR = Path.of("../shared/seed");
    /** The seed's publication date (../shared/seed/README.md): Thursday 24 October 2024. */
    private static final LocalDate SEED_PUBLISHED = LocalDate.of(2024, 10, 24);

    /** One input as the extractor sees it. */
    private record Input(String id, String text, Language language, LocalDate published, List<Sentence> sentences,
                         List<Mention> mentions, List<Mention> goldMentions) {
    }

    private EventExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        double seconds = 3;
        Path dump = null;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("--seconds")) seconds = Double.parseDouble(a.get(++i));
            else if (a.get(i).equals("--dump")) dump = Path.of(a.get(++i));
        }
        List<Input> inputs = load();
        if (inputs.isEmpty()) {
            System.err.println("no inputs: ../shared/dev-eval and ../shared/seed are absent");
            return;
        }
        EventExtractor extractor = new RuleEventExtractor();
        if (dump != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(dump), true, StandardCharsets.UTF_8)) {
                dump(extractor, inputs, out);
                dumpStages(inputs, out);
            }
            System.out.println("dumped events of " + inputs.size() + " articles to " + dump);
            return;
        }
        int chars = inputs.stream().mapToInt(i -> i.text.length()).sum();
        System.out.printf("%d articles, %d chars on average%n", inputs.size(), chars / inputs.size());
        run(extractor, inputs, seconds); // warm-up
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) rounds[r] = run(extractor, inputs, seconds);
        Arrays.sort(rounds);
        System.out.printf("event extraction: %.1f CPU us/article (median of %d rounds; min %.1f, max %.1f) = %.0f articles/s%n",
                rounds[2], rounds.length, rounds[0], rounds[4], 1e6 / rounds[2]);
    }

    /**
     * CPU microseconds per article over as many passes through the inputs as fit in {@code seconds}: the
     * thread's CPU time, not the wall clock, so that other work on a shared machine does not count.
     */
    private static double run(EventExtractor extractor, List<Input> inputs, double seconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long articles = 0, events = 0, t0 = cpu.getCurrentThreadCpuTime();
        while (System.nanoTime() < deadline) {
            for (Input in : inputs) {
                events += extractor.extract(in.text, in.language, in.published, in.sentences, in.mentions).size();
                articles++;
            }
        }
        long elapsed = cpu.getCurrentThreadCpuTime() - t0;
        if (events < 0) System.out.println(events); // keeps the results alive
        return elapsed / 1e3 / articles;
    }

    private static void dump(EventExtractor extractor, List<Input> inputs, PrintStream out) {
        for (Input in : inputs) {
            for (List<Mention> mentions : Arrays.asList(in.mentions, in.goldMentions)) {
                if (mentions == null) continue;
                for (LocalDate published : Arrays.asList(in.published, null)) {
                    out.println("== " + in.id + (mentions == in.mentions ? " geoparser" : " gold") + " published=" + published);
                    for (Event e : extractor.extract(in.text, in.language, published, in.sentences, mentions)) {
                        // Map.copyOf iterates in an order that changes from one JVM to the next: sort the counts
                        out.println(new Event(e.id(), e.type(), e.date(), e.datePrecision(), e.dateNote(), e.sentence(), e.places(),
                                e.locationPrecision(), e.actors(), e.claimedBy(), e.reportedVia(), new TreeMap<>(e.counts()), e.group()));
                    }
                }
            }
        }
    }

    /** Each stage's answer for every sentence, so that a change that cancels out in the events still shows. */
    private static void dumpStages(List<Input> inputs, PrintStream out) {
        for (Input in : inputs) {
            List<String> folded = new ArrayList<>();
            boolean[] headline = new boolean[in.sentences.size()];
            for (Sentence s : in.sentences) {
                folded.add(TextFold.fold(s.text(in.text)));
                headline[s.index()] = RuleEventExtractor.isHeadline(in.text, s);
            }
            out.println("== " + in.id + " claims " + ClaimExtractor.chains(folded, headline));
            for (Sentence s : in.sentences) {
                String sentence = s.text(in.text), f = folded.get(s.index());
                out.println("-- " + in.id + " sentence " + s.index());
                for (LocalDate published : Arrays.asList(in.published, SEED_PUBLISHED, null)) {
                    out.println("dates " + published + " " + DateResolver.find(sentence, in.language, published));
                }
                out.println("counts " + new TreeMap<>(CountExtractor.extract(sentence, in.language)));
                out.println("numbers " + NumberReader.read(f, in.language));
                out.println("cues " + EventCues.cumulative(f) + " " + EventCues.find(f, in.language));
                for (String side : Arrays.asList(null, ActorNormalizer.RUSSIA, ActorNormalizer.UKRAINE)) {
                    out.println("actors " + side + " " + ActorNormalizer.find(f, side));
                }
            }
        }
    }

    private static List<Input> load() throws IOException {
        ArticleAnalyzer analyzer = Engines.createDefault();
        SentenceSplitter splitter = new IcuSentenceSplitter();
        ObjectMapper json = new ObjectMapper();
        List<Input> out = new ArrayList<>();
        if (Files.exists(DEV_EVAL)) {
            for (String line : Files.readAllLines(DEV_EVAL, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode a = json.readTree(line);
                String text = a.get("text").asText();
                Language language = Language.fromCode(a.get("language").asText()).orElseThrow();
                LocalDate published = a.hasNonNull("publication_date") ? LocalDate.parse(a.get("publication_date").asText()) : null;
                Analysis analysis = analyzer.analyze(text, language, published);
                List<Mention> gold = EventEval.goldMentions(a.get("mentions"), text, splitter.split(text));
                out.add(new Input(a.get("id").asText(), text, language, published, analysis.sentences(), analysis.mentions(), gold));
            }
        }
        if (Files.isDirectory(SEED_DIR)) {
            try (DirectoryStream<Path> seeds = Files.newDirectoryStream(SEED_DIR, "*.txt")) {
                for (Path p : seeds) out.add(analysed(analyzer, p.getFileName().toString(), Files.readString(p), Language.AR, SEED_PUBLISHED));
            }
        }
        try (InputStream manifest = EventExtractionBench.class.getResourceAsStream("/demo/manifest.json")) {
            if (manifest != null) {
                for (JsonNode d : json.readTree(manifest)) {
                    String file = d.get("file").asText();
                    try (InputStream text = EventExtractionBench.class.getResourceAsStream("/demo/" + file)) {
                        out.add(analysed(analyzer, "demo/" + file, new String(text.readAllBytes(), StandardCharsets.UTF_8),
                                Language.fromCode(d.get("language").asText()).orElseThrow(), LocalDate.parse(d.get("publishedAt").asText())));
                    }
                }
            }
        }
        return out;
    }

    private static Input analysed(ArticleAnalyzer analyzer, String id, String text, Language language, LocalDate published) {
        Analysis analysis = analyzer.analyze(text, language, published);
        return new Input(id, text, language, published, analysis.sentences(), analysis.mentions(), null);
    }
}
