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
 * @param minSources fused events reported by at least this many independent sources (0 or 1: any)
 * @param contested  only fused events whose reports disagree (type, killed count or date)
 * @param reports    count and show every report, not each fused event once
 */
public record EventFilter(LocalDate from, LocalDate to, Set<String> types, String actor, String source,
                          Set<Integer> precisions, String text, PlaceChoice place, BBox area, int minSources,
                          boolean contested, boolean reports) {
    public static final EventFilter NONE = new EventFilter(null, null, Set.of(), null, null, Set.of(), null, null, null);

    /** A filter over reports' own fields, counting fused events. */
    public EventFilter(LocalDate from, LocalDate to, Set<String> types, String actor, String source,
                       Set<Integer> precisions, String text, PlaceChoice place, BBox area) {
        this(from, to, types, actor, source, precisions, text, place, area, 0, false, false);
    }

    public EventFilter {
        minSources = Math.max(0, minSources);
        types = types == null ? Set.of() : Set.copyOf(types);
        precisions = precisions == null ? Set.of() : Set.copyOf(precisions);
        actor = blankToNull(actor);
        source = blankToNull(source);
        text = blankToNull(text);
    }

    /** The same filter without its dates: what the timeline's histogram shows under the brush. */
    public EventFilter withoutDates() {
        return new EventFilter(null, null, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    public EventFilter withDates(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    public EventFilter withArea(BBox area) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    public EventFilter withPrecisions(Set<Integer> precisions) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    public EventFilter withPlace(PlaceChoice place) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    /** The same filter over fused events (false) or over every report (true). */
    public EventFilter withReports(boolean reports) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    public EventFilter withFusion(int minSources, boolean contested) {
        return new EventFilter(from, to, types, actor, source, precisions, text, place, area, minSources, contested, reports);
    }

    /** Whether a part of it reads fused events as a whole (how many sources, whether contested). */
    public boolean byFusedEvent() {
        return minSources > 1 || contested;
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
