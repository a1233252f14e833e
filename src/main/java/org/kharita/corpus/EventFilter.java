package org.kharita.corpus;

import org.kharita.geo.BBox;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the analyst narrowed the events to. Every part is optional (null or empty = no constraint)
 * and all parts combine with AND; the map, timeline, list, counts and exports read the same filter.
 *
 * @param from       events that could have happened on or after this day (an interval overlapping it)
 * @param types      event type codes
 * @param actor      a substring of either actor, any case
 * @param source     a substring of the claimant, the outlet it came through, or the source
 * @param precisions location precisions (1 settlement … 4 country)
 * @param text       a substring of the event's sentence or headline, any case
 * @param place      a named place or a whole region
 * @param area       a rectangle drawn on the map
 */
public record EventFilter(LocalDate from, LocalDate to, Set<String> types, String actor, String source,
                          Set<Integer> precisions, String text, PlaceChoice place, BBox area) {
    public static final EventFilter NONE = new EventFilter(null, null, Set.of(), null, null, Set.of(), null, null, null);

    public EventFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        precisions = precisions == null ? Set.of() : Set.copyOf(precisions);
        actor = blankToNull(actor);
        source = blankToNull(source);
        text = blankToNull(text);
    }

    /** The same filter without its dates: what the timeline's histogram shows under the brush. */
    public EventFilter withoutDates() {
        return new EventFilter(null, null, types, actor, source, precisions, text, place, area);
    }

    public EventFilter withDates(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area);
    }

    public EventFilter withArea(BBox area) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area);
    }

    public EventFilter withPrecisions(Set<Integer> precisions) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area);
    }

    public EventFilter withPlace(PlaceChoice place) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A place to filter by. A region takes in everything inside it: every event whose region is
     * this one, by code where the gazetteer gave one, by name for datasets that carry only names.
     *
     * @param region     true for a first-level region (oblast, governorate), false for one named place
     * @param admin1Code the region's code within its country, null for datasets that give none
     */
    public record PlaceChoice(boolean region, String name, String country, String admin1Code, long events) {
        public String label() {
            String where = country == null || country.isBlank() ? "" : " (" + country + ")";
            return name + where + (region ? " — region" : "");
        }
    }
}
