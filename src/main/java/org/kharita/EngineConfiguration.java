package org.kharita;

import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Engines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
    @Bean
    ArticleAnalyzer articleAnalyzer() {
        return Engines.createDefault();
    }
}
