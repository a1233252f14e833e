package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.DefaultGeoParser;
import org.kharita.extract.IcuSentenceSplitter;
import org.kharita.geo.Candidate;
import org.kharita.geo.ChoiceTrainer;
import org.kharita.geo.ChoiceWeights;
import org.kharita.geo.Gazetteer;
import org.kharita.geo.Geo;
import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.index.DefaultGazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code train [--lopo OUT.jsonl] [GOLD.jsonl]}: fits the resolver's candidate-choice weights ({@link ChoiceWeights})
 * on gold passages (default ../shared/dev-eval/articles.jsonl) and prints them in the resource's text form; the
 * shipped {@code choice-weights.txt} is this output, bit for bit. The evidence is what the rule-weighted resolver
 * measures for every candidate of every name it was given, against its final choices; the label is whether the gold
 * accepts the candidate, by the scorer's own tests (a settlement within 10 km, the region of that name, the country).
 *
 * <p>{@code --lopo OUT.jsonl} judges the method rather than the weights: for each passage, weights fitted on all the
 * others geoparse it, and OUT holds the {@code geoparse --jsonl} lines of those held-out runs, for the shared scorer.
 */
public final class TrainCommand {
    /**
     * The penalties pulling each weight towards its rule value that {@link #fit} chooses among, by the likelihood
     * of passages left out of the fit (inner folds over the training passages only: the judged passage plays no part).
     */
    static final double[] LAMBDAS = {0.1, 0.3, 1, 3, 10, 30, 100};
    static final int INNER_FOLDS = 6;
    static final double SETTLEMENT_KM = 10;

    private TrainCommand() {
    }

    /** One gold passage, with the names its rule-weighted run weighed. */
    private record Passage(String id, String text, Language language, LocalDate published, List<ChoiceTrainer.Group> groups) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String lopo = null;
        Path gold = Path.of("../shared/dev-eval/articles.jsonl");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lopo") && i + 1 < args.length) lopo = args[++i];
            else if (args[i].startsWith("-")) {
                err.println("train: unknown option " + args[i] + " (usage: train [--lopo OUT.jsonl] [GOLD.jsonl])");
                return 2;
            } else gold = Path.of(args[i]);
        }
        if (!Files.isReadable(gold)) {
            err.println("train: " + gold + " is not readable (give the gold JSONL path)");
            return 2;
        }
        try {
            Gazetteer gazetteer = DefaultGazetteer.load();
            List<Passage> passages = passages(gold, gazetteer);
            if (lopo == null) {
                out.print(fit(passages, null).write());
                return 0;
            }
            StringBuilder lines = new StringBuilder();
            for (Passage held : passages) {
                ChoiceWeights w = fit(passages, held.id());
                ArticleAnalyzer engine = new ArticleAnalyzer(new IcuSentenceSplitter(),
                        new DefaultGeoParser(gazetteer, new PlaceResolver(PlaceResolver.Aliases.NONE, w, null)),
                        (text, language, publishedAt, sentences, mentions) -> List.of());
                ObjectNode line = AnalysisJson.MAPPER.createObjectNode().put("id", held.id());
                line.setAll(AnalysisJson.of(engine.analyze(held.text(), held.language(), held.published())));
                lines.append(AnalysisJson.MAPPER.writeValueAsString(line)).append('\n');
            }
            Files.writeString(Path.of(lopo), lines, StandardCharsets.UTF_8);
            err.println("train: " + passages.size() + " leave-one-out runs written to " + lopo);
            return 0;
        } catch (IOException e) {
            err.println("train: " + e.getMessage());
            return 2;
        }
    }

    /** Weights fitted on every passage but {@code leftOut} (null: all of them). */
    static ChoiceWeights fit(List<Passage> passages, String leftOut) {
        List<Passage> train = new ArrayList<>();
        for (Passage p : passages) if (!p.id().equals(leftOut)) train.add(p);
        double lambda = chooseLambda(train);
        List<ChoiceTrainer.Group> groups = groups(train, -1);
        double[] w = new ChoiceTrainer(lambda, ChoiceTrainer.rulePrior()).fit(groups);
        return new ChoiceWeights("clogit-l2-" + lambda + "-n" + groups.size(), w, 1.0);
    }

    /** The penalty whose fits best predict the passages they did not see, passage k in inner fold k mod INNER_FOLDS. */
    private static double chooseLambda(List<Passage> train) {
        double best = LAMBDAS[0], bestLoss = Double.MAX_VALUE;
        for (double lambda : LAMBDAS) {
            double loss = 0;
            for (int fold = 0; fold < INNER_FOLDS; fold++) {
                double[] w = new ChoiceTrainer(lambda, ChoiceTrainer.rulePrior()).fit(groups(train, fold));
                List<ChoiceTrainer.Group> out = new ArrayList<>();
                for (int k = fold; k < train.size(); k += INNER_FOLDS) out.addAll(train.get(k).groups());
                loss += new ChoiceTrainer(0, ChoiceTrainer.rulePrior()).loss(out, w);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = lambda;
            }
        }
        return best;
    }

    /** The groups of every passage but those of inner fold {@code fold} (-1: all). */
    private static List<ChoiceTrainer.Group> groups(List<Passage> train, int fold) {
        List<ChoiceTrainer.Group> out = new ArrayList<>();
        for (int k = 0; k < train.size(); k++) if (fold < 0 || k % INNER_FOLDS != fold) out.addAll(train.get(k).groups());
        return out;
    }

    private static List<Passage> passages(Path gold, Gazetteer gazetteer) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode g = AnalysisJson.MAPPER.readTree(line);
            String text = g.path("text").asText();
            String pd = g.path("publication_date").asText("");
            LocalDate published = pd.length() == 10 ? LocalDate.parse(pd) : null;
            Language lang = Language.fromCode(g.path("language").asText()).orElse(null);
            List<ChoiceTrainer.Group> groups = new ArrayList<>();
            // the resolver may run twice on an article (again once metonyms are known): the last run is the answer
            PlaceResolver.FeatureSink sink = (queries, cands, feats) -> {
                groups.clear();
                for (int i = 0; i < queries.size(); i++) {
                    ChoiceTrainer.Group grp = labelled(g, text, queries.get(i), cands.get(i), feats.get(i));
                    if (grp != null) groups.add(grp);
                }
            };
            ArticleAnalyzer engine = new ArticleAnalyzer(new IcuSentenceSplitter(),
                    new DefaultGeoParser(gazetteer, new PlaceResolver(PlaceResolver.Aliases.NONE, ChoiceWeights.RULES, sink)),
                    (t, language, publishedAt, sentences, mentions) -> List.of());
            engine.analyze(text, lang, published);
            out.add(new Passage(g.path("id").asText(), text, lang, published, List.copyOf(groups)));
        }
        return out;
    }

    /** The name's candidates labelled by the gold mention it overlaps; null when the gold cannot tell them apart. */
    private static ChoiceTrainer.Group labelled(JsonNode article, String text, PlaceResolver.Query q, List<Candidate> cands,
                                                List<double[]> feats) {
        if (cands.size() < 2 || q.start() < 0) return null;
        for (JsonNode m : article.path("mentions")) {
            // gold offsets count code points, ours UTF-16 units
            int start = text.offsetByCodePoints(0, m.path("start").asInt());
            int end = text.offsetByCodePoints(0, m.path("end").asInt());
            if (!(start < q.end() && q.start() < end)) continue;
            // a metonym ("Kyiv said") still names its place: the capital, not the oblast, is the right candidate
            boolean[] right = new boolean[cands.size()];
            int n = 0;
            for (int k = 0; k < cands.size(); k++) {
                right[k] = accepts(m, cands.get(k).place());
                if (right[k]) n++;
            }
            if (n == 0 || n == cands.size()) return null;
            return new ChoiceTrainer.Group(feats.toArray(double[][]::new), right);
        }
        return null;
    }

    /**
     * The scorer's tests (tools/eval_geoparse.py), held to the gold's kind: a settlement within 10 km (an oblast whose
     * point lies near its capital is not the capital), the region of the name, the country.
     */
    static boolean accepts(JsonNode gold, Place p) {
        String ft = gold.path("feature_type").asText("");
        if (ft.startsWith("PPL") && gold.hasNonNull("lat")) {
            return p.isSettlement() && Geo.km(gold.path("lat").asDouble(), gold.path("lon").asDouble(), p.lat(), p.lon()) <= SETTLEMENT_KM;
        }
        if (ft.equals("admin1")) {
            String key = fold(gold.path("admin1").asText("")).replace("oblast", "");
            key = key.substring(0, Math.min(5, key.length()));
            return p.isAdmin1() && p.country().equals(gold.path("country").asText()) && fold(p.name() + " " + p.admin1()).contains(key);
        }
        if (ft.equals("country")) return p.isCountry() && p.country().equals(gold.path("country").asText());
        return false;
    }

    /** The scorer's fold: compatibility-decomposed, lower case, letters and digits only. */
    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        d.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
