package org.kharita.corpus;

import org.kharita.extract.Mention;
import org.kharita.extract.Sentence;
import org.kharita.geo.Language;

import java.util.List;

/** An article as the text panel shows it: its text and every span the engine marked in it. */
public record StoredArticle(ArticleSummary summary, String text, List<Sentence> sentences,
                            List<Mention> mentions, List<StoredEvent> events) {

    public boolean rightToLeft() {
        return summary.language() == Language.AR;
    }
}
