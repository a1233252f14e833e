package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.time.LocalDate;

/** An event as the timeline shows it; only events with a date are listed. */
public record TimelineEntry(long eventId, long articleId, EventType type, LocalDate date,
                            DatePrecision datePrecision, int sentenceIndex, String sentenceText) {
}
