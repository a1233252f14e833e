package org.kharita.corpus;

import org.kharita.geo.NearestPlaces;
import org.kharita.geo.index.DefaultGazetteer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {
    /** Injected so tests can fix "now"; the lead may define the application-wide one instead. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The default gazetteer's settlements in a spatial index, for dropped pins; built at the first
     * pin (about a second), not at start-up.
     */
    @Bean
    @Lazy
    NearestPlaces nearestPlaces() {
        return NearestPlaces.of(DefaultGazetteer.load().places());
    }
}
