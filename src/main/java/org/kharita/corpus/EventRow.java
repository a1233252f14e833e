package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.BBox;

import java.time.LocalDate;

/**
 * One event at one place, as the list, the popups and the exports show it, from an article
 * (articleId, mentionIndex and sentenceIndex set) or from an imported dataset (datasetId, externalId).
 *
 * @param id    the row's own id (one per plotted place)
 * @param area  the region's extent for a region-level event; null for a point
 */
public record EventRow(long id, Long eventId, Long articleId, Integer mentionIndex, Integer sentenceIndex,
                       Long datasetId, String externalId, String type, LocalDate dateStart, LocalDate dateEnd,
                       DatePrecision datePrecision, String placeName, String country, String admin1Code, String admin1,
                       double lat, double lon, BBox area, int locationPrecision, String actor1, String actor2,
                       String claimedBy, String reportedVia, String source, Integer fatalities, String text) {

    public boolean fromArticle() {
        return articleId != null;
    }
}
