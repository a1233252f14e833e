package org.kharita.ui;

import java.time.LocalDate;
import java.util.List;

/**
 * One event on the timeline.
 *
 * @param end null for a day-precise event (a point); the last day of the month or year otherwise,
 *            so imprecise dates show as the range they are
 * @param rows  the map rows of the event (one per place), for the linked hover in the browser
 */
public record TimelineItem(String id, LocalDate start, LocalDate end, String label, String title, String type,
                           List<Long> rows) {
}
