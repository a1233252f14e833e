package org.kharita.ui;

/**
 * What the browser needs to draw one marker and its popup. All text goes into the popup as text,
 * never as markup.
 *
 * @param id   the map point's key, sent back in {@link LeafletMap.MarkerClickEvent}
 * @param date already formatted to its precision ("2024-10", not a fake day)
 * @param type the event type's code, also a CSS class for its symbol
 */
public record MapMarker(String id, double lat, double lon, String place, String date, String type, String sentence) {
}
