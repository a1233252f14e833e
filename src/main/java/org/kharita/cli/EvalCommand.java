package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.kharita.extract.Analysis;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Engines;
import org.kharita.geo.Language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code eval [GOLD.jsonl]}: runs the engine over gold-annotated articles (default
 * ../shared/dev-eval/articles.jsonl) and prints, per language, recognition P/R/F1 and resolution
 * accuracy, then the misses, so a change to a rule shows what it bought and what it cost.
 */
public final class EvalCommand {
    private EvalCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path gold = Path.of(args.length > 0 ? args[0] : "../shared/dev-eval/articles.jsonl");
        if (!Files.isReadable(gold)) {
            err.println("eval: " + gold + " is not readable (give the gold JSONL path)");
            return 2;
        }
        try {
            GeoEval eval = evaluate(gold, Engines.createDefault());
            for (String d : eval.details()) out.println("  " + d);
            for (Map.Entry<String, GeoEval.Stats> e : eval.stats().entrySet()) out.println(e.getKey() + " " + e.getValue());
            return 0;
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
    }

    public static GeoEval evaluate(Path gold, ArticleAnalyzer engine) throws IOException {
        GeoEval eval = new GeoEval();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode g = AnalysisJson.MAPPER.readTree(line);
            String pd = g.path("publication_date").asText("");
            LocalDate published = pd.length() == 10 ? LocalDate.parse(pd) : null;
            Language lang = Language.fromCode(g.path("language").asText()).orElse(null);
            Analysis a = engine.analyze(g.path("text").asText(), lang, published);
            eval.add(g, a);
        }
        return eval;
    }
}
