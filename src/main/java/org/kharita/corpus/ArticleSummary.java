package org.kharita.corpus;

import org.kharita.geo.Language;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the corpus list. */
public record ArticleSummary(long id, String title, String outlet, String url, LocalDate publishedAt,
                             Language language, Instant ingestedAt, int eventCount) {
}
