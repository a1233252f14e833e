package org.kharita.extract;

import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

/** Turns sentences and their place mentions into events. */
public interface EventExtractor {
    /**
     * @param publishedAt the anchor for relative dates; null leaves them unresolved with a note
     */
    List<Event> extract(String text, Language language, LocalDate publishedAt,
                        List<Sentence> sentences, List<Mention> mentions);
}
