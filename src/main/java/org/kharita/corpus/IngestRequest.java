package org.kharita.corpus;

import org.kharita.geo.Language;

import java.time.LocalDate;

/**
 * An article as a person hands it in: the text and what they know about it.
 *
 * @param language    null to detect it from the script
 * @param publishedAt the anchor for relative dates ("Wednesday"); null leaves them unresolved
 * @param title       null to take the first line of the text
 */
public record IngestRequest(String text, Language language, LocalDate publishedAt,
                            String outlet, String url, String title) {

    public static IngestRequest of(String text, LocalDate publishedAt) {
        return new IngestRequest(text, null, publishedAt, null, null, null);
    }
}
