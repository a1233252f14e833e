package org.kharita.extract;

import org.kharita.geo.Gazetteer;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.index.DefaultGazetteer;


/** Builds the engine without Spring, for the CLI; the web app gets the same instance as a bean. */
public final class Engines {
    private Engines() {
    }

    public static ArticleAnalyzer createDefault() {
        return create(DefaultGazetteer.load(), PlaceResolver.Aliases.NONE);
    }

    public static ArticleAnalyzer create(Gazetteer gazetteer, PlaceResolver.Aliases aliases) {
        GeoParser geo = new DefaultGeoParser(gazetteer, new PlaceResolver(aliases));
        EventExtractor events = new RuleEventExtractor();
        return new ArticleAnalyzer(new IcuSentenceSplitter(), geo, events);
    }
}
