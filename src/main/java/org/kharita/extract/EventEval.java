package org.kharita.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Event precision and recall per language on the dev-eval passages against our own event annotations
 * (src/test/resources/eval/events-dev.jsonl: article id, the character offset of the wording that
 * makes it an event, type, date, places by surface; never the article text).
 * <p>
 * The extractor is fed the passages' gold place mentions, so the figures measure the event layer and
 * not the geoparser. A predicted event is right ("strict") when its sentence holds the annotated
 * offset and type, places and date agree (the date is not checked where the annotation says it cannot
 * be known: "anyDate"); "loose" forgives the date and the sentence.
 * <p>
 * Usage: {@code EventEval [articles.jsonl] [events-dev.jsonl]}, defaults relative to the project root; without
 * arguments the extra passages ({@link #EXTRA_ARTICLES}) are scored after the dev-eval ones.
 */
public final class EventEval {
    static final Path ARTICLES = Path.of("../shared/dev-eval/articles.jsonl");
    static final Path GOLD = Path.of("src/test/resources/eval/events-dev.jsonl");
    /**
     * Short passages we wrote ourselves (no news text) for the types the dev-eval passages never show:
     * explosion, attack on civilians, protest; with their annotations, in the same two formats.
     */
    static final Path EXTRA_ARTICLES = Path.of("src/test/resources/eval/events-extra-articles.jsonl");
    static final Path EXTRA_GOLD = Path.of("src/test/resources/eval/events-extra.jsonl");

    /** Matches and totals for one language. */
    public record Score(int gold, int predicted, int strict, int loose) {
        public double precision() {
            return predicted == 0 ? 0 : (double) strict / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) strict / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(gold + o.gold, predicted + o.predicted, strict + o.strict, loose + o.loose);
        }
    }

    private record Gold(String article, int anchor, EventType type, LocalDate date, boolean anyDate, Set<String> places) {
    }

    private EventEval() {
    }

    public static void main(String[] args) throws IOException {
        List<String> paths = new ArrayList<>(List.of(args));
        verbose = paths.remove("--verbose");
        Path articles = paths.size() > 0 ? Path.of(paths.get(0)) : ARTICLES;
        Path gold = paths.size() > 1 ? Path.of(paths.get(1)) : GOLD;
        print(evaluate(articles, gold, new RuleEventExtractor()), System.out);
        if (paths.isEmpty() && Files.exists(EXTRA_ARTICLES)) {
            System.out.println();
            System.out.println("our own passages for explosion, attack_on_civilians, protest (" + EXTRA_ARTICLES + "):");
            print(evaluate(EXTRA_ARTICLES, EXTRA_GOLD, new RuleEventExtractor()), System.out);
        }
    }

    /** {@code --verbose}: list what was missed and what was wrongly found, per article. */
    private static boolean verbose;

    public static void print(Map<String, Score> scores, PrintStream out) {
        out.println("language  gold  pred  strict  P      R      F1     loose-P loose-R");
        scores.forEach((lang, s) -> out.printf("%-8s  %4d  %4d  %6d  %.3f  %.3f  %.3f  %.3f   %.3f%n", lang, s.gold, s.predicted, s.strict,
                s.precision(), s.recall(), s.f1(), s.predicted == 0 ? 0.0 : (double) s.loose / s.predicted,
                s.gold == 0 ? 0.0 : (double) s.loose / s.gold));
    }

    /** Scores per language code, plus "all". */
    public static Map<String, Score> evaluate(Path articles, Path goldFile, EventExtractor extractor) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode g = json.readTree(line);
            Set<String> places = new HashSet<>();
            g.get("places").forEach(p -> places.add(p.asText()));
            gold.add(new Gold(g.get("article").asText(), g.get("anchor").asInt(), EventType.fromCode(g.get("type").asText()),
                    g.hasNonNull("date") ? LocalDate.parse(g.get("date").asText()) : null, g.path("anyDate").asBoolean(false), places));
        }
        Map<String, Score> scores = new TreeMap<>();
        SentenceSplitter splitter = new IcuSentenceSplitter();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode a = json.readTree(line);
            String id = a.get("id").asText(), text = a.get("text").asText();
            // the articles file has grown passages this gold file does not annotate: their events are no one's error here
            if (gold.stream().noneMatch(g -> g.article.equals(id))) continue;
            Language language = Language.fromCode(a.get("language").asText()).orElseThrow();
            LocalDate published = a.hasNonNull("publication_date") ? LocalDate.parse(a.get("publication_date").asText()) : null;
            List<Sentence> sentences = splitter.split(text);
            List<Mention> mentions = goldMentions(a.get("mentions"), text, sentences);
            List<Event> predicted = extractor.extract(text, language, published, sentences, mentions);
            List<Gold> expected = gold.stream().filter(g -> g.article.equals(id)).toList();
            Score s = score(predicted, expected, mentions);
            if (verbose) explain(id, predicted, expected, mentions);
            scores.merge(language.code(), s, Score::plus);
            scores.merge("all", s, Score::plus);
        }
        return scores;
    }

    private static Score score(List<Event> predicted, List<Gold> expected, List<Mention> mentions) {
        int strict = matches(predicted, expected, mentions, true), loose = matches(predicted, expected, mentions, false);
        return new Score(expected.size(), predicted.size(), strict, loose);
    }

    private static void explain(String id, List<Event> predicted, List<Gold> expected, List<Mention> mentions) {
        Set<Gold> found = new HashSet<>();
        for (Event e : predicted) {
            Gold hit = match(e, expected, found, mentions, true);
            if (hit != null) found.add(hit);
            else System.out.printf("%s  extra   %s %s %s sentence %d %s%n", id, e.type().code(), e.date(), placesOf(e, mentions), e.sentence().index(), e.dateNote());
        }
        for (Gold g : expected) {
            if (!found.contains(g)) System.out.printf("%s  missed  %s %s %s at %d%n", id, g.type.code(), g.anyDate ? "any date" : g.date, g.places, g.anchor);
        }
    }

    private static Set<String> placesOf(Event e, List<Mention> mentions) {
        return e.places().stream().map(i -> mentions.get(i).text()).collect(Collectors.toSet());
    }

    private static Gold match(Event e, List<Gold> expected, Set<Gold> used, List<Mention> mentions, boolean strict) {
        Set<String> places = placesOf(e, mentions);
        for (Gold g : expected) {
            if (used.contains(g) || g.type != e.type() || !g.places.equals(places)) continue;
            if (strict && (!e.sentence().contains(g.anchor) || !g.anyDate && !Objects.equals(g.date, e.date()))) continue;
            return g;
        }
        return null;
    }

    /** One-to-one matching, greedy in text order (events of one sentence differ by place, so greedy is exact). */
    private static int matches(List<Event> predicted, List<Gold> expected, List<Mention> mentions, boolean strict) {
        Set<Gold> used = new HashSet<>();
        int n = 0;
        for (Event e : predicted) {
            Gold g = match(e, expected, used, mentions, strict);
            if (g == null) continue;
            used.add(g);
            n++;
        }
        return n;
    }

    /**
     * The passages' annotated mentions as a geoparser would give them. Code-point offsets become Java
     * indices; names the annotators flag as metonymy, a military grouping or part of an organisation's
     * name are not literal.
     */
    static List<Mention> goldMentions(JsonNode list, String text, List<Sentence> sentences) {
        Map<Integer, Mention> out = new LinkedHashMap<>();
        for (JsonNode m : list) {
            int start = text.offsetByCodePoints(0, m.get("start").asInt());
            int end = text.offsetByCodePoints(0, m.get("end").asInt());
            String note = m.path("note").asText("").toLowerCase();
            boolean literal = !(note.contains("metonymy") || note.contains("military grouping") || note.contains("inside organisation names"));
            String type = m.path("feature_type").asText("");
            String code = type.startsWith("PPL") ? type : switch (type) {
                case "admin1" -> "ADM1";
                case "admin2" -> "ADM2";
                case "country" -> "PCLI";
                case "river" -> "STM";
                default -> "SITE";
            };
            char featureClass = code.startsWith("PPL") ? 'P' : code.startsWith("ADM") || code.equals("PCLI") ? 'A' : 'S';
            Place place = new Place(m.path("canonical_key").asText(m.get("surface").asText()), m.path("name_en").asText(""),
                    m.path("lat").asDouble(0), m.path("lon").asDouble(0), featureClass, code, m.path("country").asText(""), "",
                    m.path("admin1").asText(""), 0, null);
            int sentence = sentences.stream().filter(s -> s.contains(start)).mapToInt(Sentence::index).findFirst().orElse(-1);
            out.put(start, new Mention(text.substring(start, end), start, end, sentence, literal, new Resolution(place, 1, List.of(), "gold")));
        }
        return new ArrayList<>(out.values());
    }
}
