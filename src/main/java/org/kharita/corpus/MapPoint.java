package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.time.LocalDate;

/**
 * One marker: an event at one of its literal, resolved places. An event at six villages is six
 * points sharing {@code eventId}; a metonym ("the forces of Kyiv") is never one.
 *
 * @param mentionIndex the mention in its article the place was read from
 * @param sentenceText the sentence the event came from, as the popup quotes it
 */
public record MapPoint(long eventId, long articleId, int mentionIndex, EventType type, LocalDate date,
                       DatePrecision datePrecision, String placeName, double lat, double lon,
                       int locationPrecision, int sentenceIndex, int sentenceStart, int sentenceEnd,
                       String sentenceText) {

    /** Stable across reloads, so the browser can refer back to the marker it was sent. */
    public String key() {
        return eventId + ":" + mentionIndex;
    }
}
