package org.kharita.ui;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.StoredArticle;
import org.kharita.corpus.TestCorpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A 2 MB article opens with its first page of text, and the rest comes as it is read. */
class LongArticleTextTest {
    @Test
    void a_two_megabyte_article_opens_in_pages_and_a_far_sentence_is_rendered_on_demand(@TempDir Path dir) {
        StringBuilder text = new StringBuilder("A very long dossier\n");
        // Long sentences, each naming forty places. As "the forces of Kyiv" the fake engine reads them as an army (a
        // metonym): as many spans as a real dossier, and no events, whose storage is not what is tested here.
        for (int i = 0; text.length() < 1_950_000; i++) {
            text.append("Report ").append(i).append(": fighting again");
            for (int k = 0; k < 40; k++) text.append(", and the forces of Kyiv");
            text.append(". ");
        }
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        long id = c.ingest().ingest(IngestRequest.of(text.toString(), LocalDate.of(2024, 8, 14))).articleId();
        StoredArticle article = c.corpus().article(id).orElseThrow();
        assertThat(article.mentions().size()).isGreaterThan(29_703); // the 1.9 MB article that took 166 s

        ArticleTextPanel panel = new ArticleTextPanel();
        long t0 = System.nanoTime();
        panel.show(article, ArticleTextPanel.Links.NONE);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Element body = panel.getElement().getChild(0);
        int firstPage = spans(body);
        assertThat(firstPage).as("mention spans on the first page").isBetween(100, ArticleTextPanel.PAGE_MENTIONS + 40);
        assertThat(millis).as("first page built in").isLessThan(3_000);
        Element more = body.getChild(body.getChildCount() - 1);
        assertThat(more.getClassList()).contains(ArticleTextPanel.MORE);
        assertThat(more.getText()).startsWith("Show more of the article (").endsWith("KB of text left)");

        int last = article.sentences().size() - 1;
        panel.highlightSentence(last);
        assertThat(panel.highlightedSentence()).isEqualTo(last);
        assertThat(panel.sentenceElement(last)).isNotNull();
        assertThat(spans(body)).isEqualTo(article.mentions().size());
        // Every character is on the page once all of it is rendered, and in order.
        assertThat(body.getTextRecursively()).isEqualTo(article.text());
    }

    private static int spans(Element e) {
        AtomicInteger n = new AtomicInteger();
        e.getChildren().forEach(child -> {
            if (child.getClassList().contains(ArticleTextPanel.MENTION)) n.incrementAndGet();
            else n.addAndGet(spans(child));
        });
        return n.get();
    }
}
