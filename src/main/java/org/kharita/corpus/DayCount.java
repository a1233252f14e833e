package org.kharita.corpus;

import java.time.LocalDate;

/** How many events start on a day; the timeline's histogram is made of these. */
public record DayCount(LocalDate day, long count) {
}
