package org.kharita.corpus;

import org.kharita.geo.BBox;

import java.util.List;
import java.util.Optional;

/**
 * What the viewer asks of a filter, answered either from the in-memory {@link EventSnapshot} or, on a node that
 * holds none, by the database ({@link DatabaseFilters}); {@link EventIndex} picks one.
 */
interface FilterAnswers {
    long count(EventFilter filter);

    /** The box holding every matching event, empty when none match. */
    Optional<BBox> extent(EventFilter filter);

    /** Events per start day, undated events left out, days ascending. */
    List<DayCount> histogram(EventFilter filter);

    /** Row ids of one page of the list, newest first. */
    List<Long> page(EventFilter filter, int offset, int limit);

    /** The matching events in the viewport: one by one when few, grid clusters of the zoom's size otherwise. */
    MapData map(EventFilter filter, Viewport view);

    /** Places and regions whose name starts with the prefix, most events first. */
    List<EventFilter.PlaceChoice> places(String prefix, int limit);
}
