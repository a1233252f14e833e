package org.kharita.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * A corpus stored before the viewer's index existed gets its articles' events indexed on start-up;
 * then the index's in-memory snapshot is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventIndexBackfill implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(EventIndexBackfill.class);
    private final EventIndex index;
    private final TransactionTemplate tx;

    EventIndexBackfill(EventIndex index, PlatformTransactionManager transactions) {
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> missing = index.articlesMissingFromIndex();
        for (long id : missing) {
            tx.executeWithoutResult(s -> {
                index.deleteArticle(id);
                index.insertArticle(id);
            });
        }
        if (!missing.isEmpty()) log.info("indexed the events of {} articles for the viewer", missing.size());
        if (!index.countsFusedEvents()) {
            log.info("viewer filters answered by the database (kharita.viewer.snapshot=false): reports are counted, not fused events");
            return;
        }
        // the first filter change should not wait for the table to be read
        long t = System.nanoTime();
        index.warm();
        log.info("viewer snapshot read in {} ms", (System.nanoTime() - t) / 1_000_000);
    }
}
