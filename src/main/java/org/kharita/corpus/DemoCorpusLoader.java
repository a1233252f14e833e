package org.kharita.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.geo.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A new user opens the viewer on a map that already shows something: the team's own demo articles
 * (src/main/resources/demo) are ingested when the corpus is empty. Never on top of a corpus that
 * holds anything, so an analyst's data is not mixed with demo data.
 */
@Component
@ConditionalOnProperty(name = "kharita.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCorpusLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCorpusLoader.class);
    private static final String DIR = "demo/";

    record Entry(String file, String language, LocalDate publishedAt, String outlet, String url, String title) {
    }

    private final Corpus corpus;
    private final IngestService ingest;
    private final ObjectMapper json;

    DemoCorpusLoader(Corpus corpus, IngestService ingest, ObjectMapper json) {
        this.corpus = corpus;
        this.ingest = ingest;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!corpus.isEmpty()) return;
        List<Entry> entries;
        try (InputStream in = new ClassPathResource(DIR + "manifest.json").getInputStream()) {
            entries = List.of(json.readValue(in, Entry[].class));
        }
        log.info("empty corpus: ingesting {} demo articles (kharita.demo.enabled=false turns this off)…", entries.size());
        int k = 0;
        for (Entry e : entries) {
            byte[] bytes;
            try (InputStream in = new ClassPathResource(DIR + e.file()).getInputStream()) {
                bytes = in.readAllBytes();
            }
            IngestRequest meta = new IngestRequest(null, Language.fromCode(e.language()).orElse(null),
                    e.publishedAt(), e.outlet(), e.url(), e.title());
            IngestResult r = ingest.ingest(bytes, e.file(), meta);
            log.info("demo article {}/{}: {} stored as #{}", ++k, entries.size(), e.file(), r.articleId());
        }
    }
}
