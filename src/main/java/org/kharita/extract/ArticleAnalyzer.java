package org.kharita.extract;

import org.kharita.geo.Interruption;
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

    /**
     * @param language null to detect it from the script
     * @throws BadInputException when detection finds a language the engine does not read (Persian, Hebrew, Turkish):
     *                           read as Arabic or English it would yield confident nonsense; naming a language forces it
     */
    public Analysis analyze(String text, Language language, LocalDate publishedAt) {
        ArticleText.check(text, "the article");
        Language lang = language != null ? language : supported(text);
        List<Sentence> sentences = splitter.split(text);
        Interruption.check();
        List<Mention> mentions = geoParser.parse(text, lang, sentences);
        Interruption.check();
        List<Event> found = events.extract(text, lang, publishedAt, sentences, mentions);
        return new Analysis(text, lang, publishedAt, sentences, mentions, found);
    }

    private static Language supported(String text) {
        Language.Identified id = Language.identify(text);
        if (!id.supported()) {
            throw new BadInputException("the article reads as " + id.unsupported()
                    + ", which Kharita does not read (it reads Arabic, English, Russian and Ukrainian; name one of them to force it)");
        }
        return id.language();
    }
}
