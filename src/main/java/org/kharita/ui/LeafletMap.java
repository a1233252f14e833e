package org.kharita.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own thin Leaflet map, wrapped as Vaadin wraps its Map: the server keeps the state, sends
 * changes in one batch per round trip ({@link ClientBatch}), and the browser's clicks come back as
 * typed events. Markers are clustered (leaflet.markercluster); country outlines from world-atlas
 * (Natural Earth) are drawn under any tiles, so the map reads without a network.
 */
@Tag("kharita-leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@JsModule("./leaflet-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.Default.css")
public class LeafletMap extends com.vaadin.flow.component.Component implements HasSize {
    private final ClientBatch batch = new ClientBatch(this, this::fullState);
    private Map<String, Object> options = op("options");
    private List<MapMarker> markers = List.of();

    /**
     * @param tileUrl         a Leaflet URL template, or empty for no tiles (offline, tests)
     * @param dataAttribution credits for the data drawn on the map, always shown
     */
    public void setLayers(String tileUrl, String tileAttribution, String dataAttribution) {
        Map<String, Object> o = op("options");
        o.put("tileUrl", tileUrl == null ? "" : tileUrl.trim());
        o.put("tileAttribution", tileAttribution == null ? "" : tileAttribution);
        o.put("dataAttribution", dataAttribution == null ? "" : dataAttribution);
        options = o;
        batch.add(o);
    }

    public void setMarkers(List<MapMarker> markers) {
        this.markers = List.copyOf(markers);
        Map<String, Object> o = op("markers");
        o.put("markers", this.markers);
        batch.add(o);
    }

    public List<MapMarker> getMarkers() {
        return markers;
    }

    /** Zooms to show every marker. */
    public void fitMarkers() {
        batch.add(op("fit"));
    }

    /** Brings a marker into view, out of its cluster, and opens its popup. */
    public void focusMarker(String id) {
        Map<String, Object> o = op("focus");
        o.put("id", id);
        batch.add(o);
    }

    public void flyTo(double lat, double lon, int zoom) {
        Map<String, Object> o = op("flyTo");
        o.put("lat", lat);
        o.put("lon", lon);
        o.put("zoom", zoom);
        batch.add(o);
    }

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    List<Map<String, Object>> pendingChanges() {
        return batch.pending();
    }

    private List<Map<String, Object>> fullState() {
        List<Map<String, Object>> state = new ArrayList<>();
        state.add(options);
        Map<String, Object> m = op("markers");
        m.put("markers", markers);
        state.add(m);
        state.add(op("fit"));
        return state;
    }

    private static Map<String, Object> op(String name) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", name);
        return o;
    }

    /** A marker was clicked in the browser. */
    @DomEvent("kharita-marker-click")
    public static class MarkerClickEvent extends ComponentEvent<LeafletMap> {
        private final String markerId;

        public MarkerClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient);
            this.markerId = markerId;
        }

        public String getMarkerId() {
            return markerId;
        }
    }
}
