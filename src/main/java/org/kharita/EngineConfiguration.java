package org.kharita;

import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Engines;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.index.DefaultGazetteer;
import org.kharita.geo.index.Gazetteers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The one engine the viewer shares with the CLI, with the user's extra gazetteer dumps if configured. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    ArticleAnalyzer articleAnalyzer(@Value("${kharita.gazetteer.extra:}") String extra, PlaceResolver.Aliases aliases)
            throws IOException {
        List<Path> files = Arrays.stream(extra.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
        // Said before and after: the read takes seconds on a slow machine, and a silent start looks hung.
        log.info("loading the gazetteer index{}…", files.isEmpty() ? "" : " with " + files.size() + " extra GeoNames dump(s)");
        long t0 = System.nanoTime();
        var gazetteer = files.isEmpty() ? DefaultGazetteer.load() : Gazetteers.withExtras(files);
        log.info("gazetteer ready: {} places in {} ms", gazetteer.size(), (System.nanoTime() - t0) / 1_000_000);
        // Aliases: the analysts' corrections (org.kharita.corpus.Corrections), which win outright.
        return Engines.create(gazetteer, aliases);
    }
}
