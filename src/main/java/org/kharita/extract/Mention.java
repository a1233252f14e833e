package org.kharita.extract;

import org.kharita.geo.Resolution;

/**
 * One occurrence of a place name. Immutable, and tied to the exact characters
 * ({@code text == article.substring(start, end)}) so the map, the timeline and the highlighted
 * article all point at the same span.
 *
 * @param literal    false when the name stands for a government or army ("the forces of Kyiv")
 * @param resolution null when the name was recognised but could not be resolved
 */
public record Mention(String text, int start, int end, int sentence, boolean literal, Resolution resolution) {
    public boolean resolved() {
        return resolution != null && resolution.place() != null;
    }
}
