package org.kharita.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An event as an analyst would code it, tied to the sentence it came from.
 * Field names follow ../shared/design/CONTRACT.md; fields may be added, never renamed.
 *
 * @param places            indexes into the article's mention list: the literal places it happened at
 * @param locationPrecision ACLED-style: 1 the settlement itself, 2 near it / a district, 3 a region, 4 country
 * @param group             events from one report share a group (the MoD statement naming six villages)
 */
public record Event(String id, EventType type, LocalDate date, DatePrecision datePrecision, String dateNote,
                    Sentence sentence, List<Integer> places, int locationPrecision,
                    List<Actor> actors, String claimedBy, String reportedVia,
                    Map<String, Count> counts, String group) {

    public enum DatePrecision { DAY, MONTH, YEAR }

    public enum Role { ATTACKER, TARGET, PARTY }

    public record Actor(String name, Role role) {
    }

    /**
     * A figure with its qualifier ("نحو 40" is about 40, "أكثر من 280" a lower bound) and the words
     * it was read from, so an analyst can see whose figure it is and how it was phrased.
     */
    public record Count(long value, Qualifier qualifier, String phrase) {
    }

    public enum Qualifier { EXACT, ABOUT, AT_LEAST, AT_MOST }
}
