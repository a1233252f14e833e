package org.kharita.ui;

import java.time.LocalDate;

/**
 * One event on the timeline.
 *
 * @param end null for a day-precise event (a point); the last day of the month or year otherwise,
 *            so imprecise dates show as the range they are
 */
public record TimelineItem(String id, LocalDate start, LocalDate end, String label, String title, String type) {
}
