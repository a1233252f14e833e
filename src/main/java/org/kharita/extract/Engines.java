package org.kharita.extract;

import java.util.List;

/** Builds the engine without Spring, for the CLI; the web app gets the same instance as a bean. */
public final class Engines {
    private Engines() {
    }

    public static ArticleAnalyzer createDefault() {
        GeoParser geo = (text, language, sentences) -> List.of();
        EventExtractor events = (text, language, publishedAt, sentences, mentions) -> List.of();
        return new ArticleAnalyzer(new IcuSentenceSplitter(), geo, events);
    }
}
