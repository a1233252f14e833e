package org.kharita.extract;

import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

/** The one thin pipeline: sentences, then places, then events. Shared by the CLI and the viewer. */
public final class ArticleAnalyzer {
    private final SentenceSplitter splitter;
    private final GeoParser geoParser;
    private final EventExtractor events;

    public ArticleAnalyzer(SentenceSplitter splitter, GeoParser geoParser, EventExtractor events) {
        this.splitter = splitter;
        this.geoParser = geoParser;
        this.events = events;
    }

    /** @param language null to detect it from the script */
    public Analysis analyze(String text, Language language, LocalDate publishedAt) {
        ArticleText.check(text, "the article");
        Language lang = language != null ? language : Language.detect(text);
        List<Sentence> sentences = splitter.split(text);
        List<Mention> mentions = geoParser.parse(text, lang, sentences);
        List<Event> found = events.extract(text, lang, publishedAt, sentences, mentions);
        return new Analysis(text, lang, publishedAt, sentences, mentions, found);
    }
}
