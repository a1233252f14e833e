package org.kharita.corpus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What the corpus holds, as the viewer reads it. */
@Service
public class Corpus {
    private final CorpusStore store;

    Corpus(CorpusStore store) {
        this.store = store;
    }

    public List<ArticleSummary> articles() {
        return store.articles();
    }

    public boolean isEmpty() {
        return store.countArticles() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<StoredArticle> article(long id) {
        return store.summary(id).map(summary -> new StoredArticle(summary, store.body(id), store.sentences(id),
                store.mentions(id), store.events(id)));
    }

    public List<MapPoint> mapPoints() {
        return store.mapPoints();
    }

    public List<TimelineEntry> timeline() {
        return store.timeline();
    }
}
