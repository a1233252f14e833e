package org.kharita.extract;

import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

/** Everything the engine read from one article: the one object the CLI prints and the corpus stores. */
public record Analysis(String text, Language language, LocalDate publishedAt,
                       List<Sentence> sentences, List<Mention> mentions, List<Event> events) {
}
