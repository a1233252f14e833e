package org.kharita.corpus;

import org.kharita.extract.Analysis;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.ArticleText;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Optional;

/**
 * Takes an article in and keeps it: check, analyse, store. The analysis runs before the
 * transaction opens (it may take a while and touches no rows); the article and everything read from
 * it are then written in one transaction, so a failure part-way leaves nothing behind.
 */
@Service
public class IngestService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestService.class);
    static final int MAX_TITLE = 200;

    private final ArticleAnalyzer analyzer;
    private final CorpusStore store;
    private final EventIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;

    /** What one article may cost the engine; a 2 MB dossier once took minutes. */
    static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(2);
    /** Analyses run here so that the caller can stop waiting; daemon threads do not hold the JVM at exit. */
    private static final ExecutorService ANALYSES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "article-analysis");
        t.setDaemon(true);
        return t;
    });

    IngestService(ArticleAnalyzer analyzer, CorpusStore store, EventIndex index, PlatformTransactionManager transactions,
                  Clock clock) {
        this.analyzer = analyzer;
        this.store = store;
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Value("${kharita.ingest.time-budget:PT2M}")
    void setTimeBudget(Duration budget) {
        this.timeBudget = budget;
    }

    /**
     * The engine's reading of one article, within the time budget or refused with a message. A
     * refused analysis is interrupted, and the engine's loops end it at the next sentence or name
     * (geo.Interruption), so its thread is free again instead of reading on to the end.
     */
    private Analysis analyse(String text, IngestRequest request) {
        Future<Analysis> f = ANALYSES.submit(() -> analyzer.analyze(text, request.language(), request.publishedAt()));
        try {
            return f.get(timeBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            log.warn("an article of {} characters took over {} s to read; refused", text.length(), timeBudget.toSeconds());
            throw new BadInputException("the article (" + Math.max(1, text.length() / 1024) + " K characters) took longer than "
                    + (timeBudget.toMillis() < 1000 ? timeBudget.toMillis() + " ms" : timeBudget.toSeconds() + " s") + " to read, the limit per article; nothing was stored. Split it into shorter articles");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the article", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * @throws BadInputException for an empty, binary or oversized text, with a message fit for the user
     */
    public IngestResult ingest(IngestRequest request) {
        String text = ArticleText.check(request.text(), "the article");
        String hash = ContentHash.of(text);
        Optional<Long> existing = store.findByHash(hash);
        if (existing.isPresent()) return new IngestResult(existing.get(), true);

        Analysis analysis = analyse(text, request);
        String title = title(request, text);
        log.debug("storing '{}': {} mentions, {} events", title, analysis.mentions().size(), analysis.events().size());
        try {
            Long id = tx.execute(status -> {
                long articleId = store.insertArticle(hash, title, request, analysis, clock.instant());
                store.insertSentences(articleId, analysis.sentences());
                store.insertMentions(articleId, analysis.mentions());
                List<Event> events = analysis.events();
                for (int i = 0; i < events.size(); i++) store.insertEvent(articleId, i, events.get(i));
                index.insertArticle(articleId);
                return articleId;
            });
            return new IngestResult(id, false);
        } catch (DuplicateKeyException raced) {
            // Another request stored the same text between our lookup and our insert.
            return store.findByHash(hash).map(id -> new IngestResult(id, true)).orElseThrow(() -> raced);
        }
    }

    /** Byte upload path: the same checks as the CLI (UTF-8, not binary, not too big) before anything else. */
    public IngestResult ingest(byte[] bytes, String fileName, IngestRequest metadata) {
        String what = fileName == null ? "the file" : "'" + fileName + "'";
        String text = ArticleText.decode(bytes, what);
        String title = metadata.title();
        if (HtmlText.isHtml(fileName, text)) {
            // a saved web page: its text is stored, never its markup (scripts and handlers are dropped unread)
            HtmlText.Page page = HtmlText.read(text);
            text = ArticleText.check(page.text(), what + " (its text)");
            if (title == null) title = page.title();
        }
        return ingest(new IngestRequest(text, metadata.language(), metadata.publishedAt(), metadata.outlet(),
                metadata.url(), title));
    }

    static String title(IngestRequest request, String text) {
        String given = request.title();
        if (given != null && !given.isBlank()) return clip(given.strip());
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return clip(firstLine.isEmpty() ? "(untitled)" : firstLine);
    }

    private static String clip(String s) {
        return s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE - 1) + "…";
    }
}
